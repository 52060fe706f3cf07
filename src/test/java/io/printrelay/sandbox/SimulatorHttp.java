package io.printrelay.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The plain HTTP under the simulators' test clients: a request out, status and raw body back. The raw body is
 * kept because some answers are broken on purpose (a page that is not JSON).
 */
public final class SimulatorHttp {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** An answer of a simulator whose errors read {@code {"error": …}}. */
    public record Response(int status, String body) {

        public JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (JsonProcessingException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        public String error() {
            return json().path("error").asText();
        }
    }

    private final HttpClient http = HttpClient.newHttpClient();

    public Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
