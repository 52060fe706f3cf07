package io.printrelay.connector.podos;

import io.printrelay.fulfilment.VendorHttp;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;

/** HTTP to podOS: the token in the Authorization header, the project on every call. */
@Component
public class PodosClient {

    static final String SOURCE = "podOS";

    private final PodosProperties properties;
    private final Environment environment;
    private final VendorHttp http;

    public PodosClient(PodosProperties properties, Environment environment, VendorHttp http) {
        this.properties = properties;
        this.environment = environment;
        this.http = http;
    }

    /** Read at each call, not bound once: the sandbox's address is only known once the web server has its port. */
    public String baseUrl() {
        String configured = environment.getProperty("printrelay.sources.podos.base-url", "");
        return configured.isBlank() ? PodosApi.PRODUCTION : configured.replaceAll("/+$", "");
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
