package io.printrelay.sandbox.pov;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** One parcel of a shipped POV order: {@code {"tracking_number","carrier","mail_class"}}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PovShipment(String trackingNumber, String carrier, String mailClass) {
}
