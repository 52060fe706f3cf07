package io.printrelay.connector.pov;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.printrelay.config.MissingSettingException;
import io.printrelay.fulfilment.OutcomeUnknownException;
import io.printrelay.fulfilment.VendorHttp;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

/**
 * HTTP to POV, as assumed (POV's API is not public; see the README): {@code POST /orders},
 * {@code GET /orders/{id}} and {@code GET /orders?reference=}, every call naming the customer id.
 */
@Component
public class PovClient {

    static final String VENDOR = "POV";

    private final PovProperties properties;
    private final Environment environment;
    private final VendorHttp http;
    private final ObjectMapper mapper;

    public PovClient(PovProperties properties, Environment environment, VendorHttp http, ObjectMapper mapper) {
        this.properties = properties;
        this.environment = environment;
        this.http = http;
        this.mapper = mapper;
    }

    /** Read at each call, not bound once: the sandbox's address is only known once the web server has its port. */
    public String baseUrl() {
        String configured = environment.getProperty("printrelay.vendors.pov.base-url", "");
        if (!configured.isBlank()) {
            return configured.replaceAll("/+$", "");
        }
        throw new MissingSettingException("printrelay.vendors.pov.base-url", "must be set: POV's API address is not"
                + " public, ask POV for it");
    }

    public VendorHttp.Response createOrder(String json) throws OutcomeUnknownException {
        return http.sendOnce(VENDOR, request(baseUrl() + "/orders").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public VendorHttp.Response order(String povOrderId) {
        return http.send(VENDOR, request(baseUrl() + "/orders/" + encode(povOrderId) + "?customer_id="
                + encode(properties.customerId())).GET().build());
    }

    public VendorHttp.Response orderByReference(String reference) {
        return http.send(VENDOR, request(baseUrl() + "/orders?customer_id=" + encode(properties.customerId())
                + "&reference=" + encode(reference)).GET().build());
    }

    /** The answer's JSON, or an empty object when it has none (an error page, a proxy's HTML). */
    public JsonNode json(VendorHttp.Response response) {
        try {
            return response.body() == null || response.body().isBlank() ? mapper.createObjectNode()
                    : mapper.readTree(response.body());
        } catch (IOException e) {
            return mapper.createObjectNode().put("error", abbreviate(response.body()));
        }
    }

    private HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json")
                .timeout(properties.requestTimeout());
    }

    static String abbreviate(String text) {
        return text == null ? "" : text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
