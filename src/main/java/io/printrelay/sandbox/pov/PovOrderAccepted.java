package io.printrelay.sandbox.pov;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** The 201 answer to {@code POST /orders}: POV's id for the order, always {@code received} at first. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PovOrderAccepted(String orderId, PovOrderStatus status, String reference) {
}
