package io.printrelay.sandbox.fourover;

import java.util.LinkedHashMap;
import java.util.Map;

/** A refusal of the simulated 4over, answered in the envelope 4over clients see: {@code {status, status_code, message}}. */
public class FourOverApiException extends RuntimeException {

    private final int statusCode;

    public FourOverApiException(int statusCode, String message) {
        super(message);
        this.statusCode = statusCode;
    }

    static FourOverApiException badRequest(String message) {
        return new FourOverApiException(400, message);
    }

    static FourOverApiException notFound(String message) {
        return new FourOverApiException(404, message);
    }

    public int statusCode() {
        return statusCode;
    }

    Map<String, Object> body() {
        return body(statusCode, getMessage());
    }

    static Map<String, Object> body(int statusCode, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "error");
        body.put("status_code", statusCode);
        body.put("message", message);
        return body;
    }
}
