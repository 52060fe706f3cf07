package io.printrelay.api;

import java.util.LinkedHashMap;
import java.util.Map;

/** Order Desk's response envelope: {@code {"status":"success"|"error","message":…}} plus named payloads. */
public final class Envelope {

    private Envelope() {
    }

    public static Map<String, Object> success(String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "success");
        if (message != null) {
            body.put("message", message);
        }
        return body;
    }

    public static Map<String, Object> success(String message, String key, Object payload) {
        Map<String, Object> body = success(message);
        body.put(key, payload);
        return body;
    }

    public static Map<String, Object> error(String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "error");
        body.put("message", message);
        return body;
    }
}
