package io.printrelay.sandbox.pov;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Talks to the simulated POV the way a POV client does: JSON bodies, the customer id in the body of a POST and as
 * {@code ?customer_id=} on a GET (left to the caller, so that tests can get it wrong).
 */
class PovSandboxClient {

    record Response(int status, String body) {

        JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (JsonProcessingException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        String error() {
            return json().path("error").asText();
        }
    }

    static final String CUSTOMER_ID = "pov-sandbox-customer";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;

    PovSandboxClient(int port) {
        this.baseUrl = "http://127.0.0.1:" + port + "/sandbox/pov";
    }

    Response get(String path) {
        return send(request(path).GET(), null);
    }

    Response post(String path, Object json) {
        return post(path, json, null);
    }

    /** With a {@code timeout}, a late answer throws (an {@link UncheckedIOException} around the timeout). */
    Response post(String path, Object json, Duration timeout) {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(json.toString())), timeout);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", "application/json");
    }

    private Response send(HttpRequest.Builder request, Duration timeout) {
        if (timeout != null) {
            request.timeout(timeout);
        }
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
