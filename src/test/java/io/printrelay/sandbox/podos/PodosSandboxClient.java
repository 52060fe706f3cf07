package io.printrelay.sandbox.podos;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Talks to the simulated podOS the way a podOS client does: {@code ?project=} on every path and the token as a
 * bearer. {@link #send} leaves both to the caller.
 */
class PodosSandboxClient {

    /** The raw body is kept: a broken page is not JSON. */
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

    static final String PROJECT = "printrelay-sandbox";
    static final String TOKEN = "sandbox-podos-token";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;

    PodosSandboxClient(int port) {
        this.baseUrl = "http://127.0.0.1:" + port + "/sandbox/podos/v1";
    }

    Response get(String path) {
        return send(authorized(path).GET());
    }

    Response post(String path, Object json) {
        return send(authorized(path).POST(HttpRequest.BodyPublishers.ofString(json.toString())));
    }

    /** {@code path} with {@code project} added and the bearer token. */
    HttpRequest.Builder authorized(String path) {
        String separator = path.contains("?") ? "&" : "?";
        return unauthorized(path + separator + "project=" + PROJECT).header("Authorization", "Bearer " + TOKEN);
    }

    /** {@code path} exactly as given, no token. */
    HttpRequest.Builder unauthorized(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", "application/json");
    }

    Response send(HttpRequest.Builder request) {
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
