package io.printrelay.sandbox.podos;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/** The statuses a podOS order goes through; in JSON they are lower case ({@code "processing"}). */
public enum PodosOrderStatus {
    PENDING, PROCESSING, COMPLETE, CANCELED;

    @JsonValue
    public String value() {
        return name().toLowerCase();
    }

    /** Exactly as podOS writes it: {@code "Processing"} is not a status. */
    public static Optional<PodosOrderStatus> of(String value) {
        return Arrays.stream(values()).filter(status -> status.value().equals(value)).findFirst();
    }
}
