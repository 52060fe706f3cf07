package io.printrelay.sandbox.pov;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a POV order stands; in JSON lower case with underscores ({@code "in_production"}). */
public enum PovOrderStatus {
    RECEIVED, IN_PRODUCTION, SHIPPED, CANCELED;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Exactly as POV writes it: {@code "Shipped"} is not a status. */
    public static Optional<PovOrderStatus> of(String value) {
        return Arrays.stream(values()).filter(status -> status.value().equals(value)).findFirst();
    }
}
