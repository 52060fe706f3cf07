package io.printrelay.sandbox.podos;

import java.util.Map;

/** A refusal of the simulated podOS, answered in the envelope podOS clients see: {@code {"error": "…"}}. */
public class PodosApiException extends RuntimeException {

    private final int statusCode;

    public PodosApiException(int statusCode, String message) {
        super(message);
        this.statusCode = statusCode;
    }

    static PodosApiException badRequest(String message) {
        return new PodosApiException(400, message);
    }

    static PodosApiException notFound(String message) {
        return new PodosApiException(404, message);
    }

    public int statusCode() {
        return statusCode;
    }

    Map<String, String> body() {
        return body(getMessage());
    }

    static Map<String, String> body(String message) {
        return Map.of("error", message);
    }
}
