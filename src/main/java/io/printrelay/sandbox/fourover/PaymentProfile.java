package io.printrelay.sandbox.fourover;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A saved card as {@code GET /paymentprofiles} lists it: the token pays for an order, the card stays at 4over. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PaymentProfile(String profileToken, String lastFour, String type) {
}
