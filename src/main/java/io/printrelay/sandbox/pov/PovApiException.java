package io.printrelay.sandbox.pov;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A refusal of the simulated POV, answered in the envelope POV clients see: {@code {"error": "…"}}, with further
 * fields where the client needs them (the existing {@code order_id} of a duplicate reference).
 */
public class PovApiException extends RuntimeException {

    private final int statusCode;
    private final Map<String, String> details;

    public PovApiException(int statusCode, String message) {
        this(statusCode, message, Map.of());
    }

    private PovApiException(int statusCode, String message, Map<String, String> details) {
        super(message);
        this.statusCode = statusCode;
        this.details = details;
    }

    static PovApiException badRequest(String message) {
        return new PovApiException(400, message);
    }

    static PovApiException unprocessable(String message) {
        return new PovApiException(422, message);
    }

    static PovApiException notFound(String message) {
        return new PovApiException(404, message);
    }

    /** 409 naming the order that has the reference already, so that a client can tell its earlier send got through. */
    static PovApiException duplicateReference(String reference, String existingOrderId) {
        return new PovApiException(409, "Duplicate reference " + reference, Map.of("order_id", existingOrderId));
    }

    public int statusCode() {
        return statusCode;
    }

    Map<String, String> body() {
        Map<String, String> body = new LinkedHashMap<>(body(getMessage()));
        body.putAll(details);
        return body;
    }

    static Map<String, String> body(String message) {
        return Map.of("error", message);
    }
}
