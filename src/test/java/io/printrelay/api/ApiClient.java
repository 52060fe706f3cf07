package io.printrelay.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A plain HTTP client for the Order Desk API, sending the same headers an Order Desk SDK sends. */
public class ApiClient {

    public record Response(int status, HttpHeaders headers, JsonNode body) {
        public String message() {
            return body.path("message").asText();
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final String storeId;
    private final String apiKey;

    public ApiClient(int port, String storeId, String apiKey) {
        this.baseUrl = "http://127.0.0.1:" + port + "/api/v2";
        this.storeId = storeId;
        this.apiKey = apiKey;
    }

    public static ApiClient sandbox(int port) {
        return new ApiClient(port, "1", "sandbox-api-key");
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response post(String path, String json) {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response put(String path, String json) {
        return send(request(path).PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    /** The folder id an order is in now. */
    public int folderOf(String orderId) {
        return get("/orders/" + orderId).body().path("order").path("folder_id").asInt();
    }

    /** The notes of an order's history, oldest first. */
    public java.util.List<String> history(String orderId) {
        java.util.List<String> notes = new java.util.ArrayList<>();
        get("/orders/" + orderId + "?get_order_history=1").body().path("order").path("order_history")
                .forEach(note -> notes.add(note.path("note").asText()));
        return notes;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json");
        if (storeId != null) {
            builder.header("ORDERDESK-STORE-ID", storeId);
        }
        if (apiKey != null) {
            builder.header("ORDERDESK-API-KEY", apiKey);
        }
        return builder;
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            return new Response(response.statusCode(), response.headers(),
                    body == null || body.isBlank() ? MAPPER.nullNode() : MAPPER.readTree(body));
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
