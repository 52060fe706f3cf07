package io.printrelay.sandbox.fourover;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.printrelay.connector.fourover.FourOverSigner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Talks to the simulated 4over the way a 4over client does: every request signed for its method, with both the
 * query parameters and the Authorization header. {@link #send} leaves the signing to the caller.
 */
class FourOverSandboxClient {

    record Response(int status, JsonNode body) {
        String message() {
            return body.path("message").asText();
        }
    }

    static final String PUBLIC_KEY = "sandbox-4over-public-key";
    static final String PRIVATE_KEY = "sandbox-4over-private-key";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final FourOverSigner signer;

    FourOverSandboxClient(int port, String publicKey, String privateKey) {
        this.baseUrl = "http://127.0.0.1:" + port + "/sandbox/4over";
        this.signer = new FourOverSigner(publicKey, privateKey);
    }

    static FourOverSandboxClient sandbox(int port) {
        return new FourOverSandboxClient(port, PUBLIC_KEY, PRIVATE_KEY);
    }

    Response get(String path) {
        return send(signed("GET", path).GET());
    }

    Response post(String path, Object json) {
        return send(signed("POST", path).POST(HttpRequest.BodyPublishers.ofString(json.toString())));
    }

    Response delete(String path) {
        return send(signed("DELETE", path).DELETE());
    }

    /** A request to {@code path} with nothing added: the caller signs it (or not). */
    HttpRequest.Builder unsigned(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", "application/json");
    }

    HttpRequest.Builder signed(String method, String path) {
        String separator = path.contains("?") ? "&" : "?";
        return unsigned(path + separator + signer.queryParameters(method))
                .header("Authorization", signer.authorizationHeader(method));
    }

    Response send(HttpRequest.Builder request) {
        return send(request, null);
    }

    Response send(HttpRequest.Builder request, Duration timeout) {
        if (timeout != null) {
            request.timeout(timeout);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            return new Response(response.statusCode(),
                    body == null || body.isBlank() ? MAPPER.nullNode() : MAPPER.readTree(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
