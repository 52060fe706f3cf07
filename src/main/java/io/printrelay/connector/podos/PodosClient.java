package io.printrelay.connector.podos;

import io.printrelay.fulfilment.VendorHttp;
import io.printrelay.sandbox.SandboxUrls;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;

/** HTTP to podOS: the token in the Authorization header, the project on every call. */
@Component
public class PodosClient {

    static final String SOURCE = "podOS";

    private final PodosProperties properties;
    private final SandboxUrls sandbox;
    private final VendorHttp http;

    public PodosClient(PodosProperties properties, SandboxUrls sandbox, VendorHttp http) {
        this.properties = properties;
        this.sandbox = sandbox;
        this.http = http;
    }

    public String baseUrl() {
        if (properties.baseUrl() != null && !properties.baseUrl().isBlank()) {
            return properties.baseUrl().replaceAll("/+$", "");
        }
        return sandbox.enabled() ? sandbox.base("/sandbox/podos/v1") : PodosApi.PRODUCTION;
    }

    public VendorHttp.Response listOrders(List<String> statuses, String createdAfter, String pageToken) {
        return http.send(SOURCE, request(PodosApi.listUrl(baseUrl(), properties.project(), statuses, createdAfter,
                pageToken)).GET().build());
    }

    public VendorHttp.Response getOrder(String podosOrderId) {
        return http.send(SOURCE, request(PodosApi.orderUrl(baseUrl(), properties.project(), podosOrderId)).GET()
                .build());
    }

    public VendorHttp.Response postFulfilment(String podosOrderId, String json) {
        return http.send(SOURCE, request(PodosApi.fulfilmentUrl(baseUrl(), properties.project(), podosOrderId))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + properties.apiToken())
                .header("Accept", "application/json")
                .timeout(properties.requestTimeout());
    }
}
