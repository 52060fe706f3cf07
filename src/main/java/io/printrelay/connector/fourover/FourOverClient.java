package io.printrelay.connector.fourover;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.printrelay.fulfilment.OutcomeUnknownException;
import io.printrelay.fulfilment.VendorHttp;
import io.printrelay.fulfilment.VendorUnavailableException;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

/**
 * Signed HTTP calls to 4over. Every request carries both the query parameters and the Authorization header, as
 * the known-good clients do. The base URL is {@code base-url} when set (the sandbox sets it to its simulator), else
 * 4over's sandbox (test mode) or production (live mode).
 */
@Component
public class FourOverClient {

    static final String VENDOR = "4over";
    static final String PRODUCTION = "https://api.4over.com";
    static final String SANDBOX = "https://sandbox-api.4over.com";

    private final FourOverProperties properties;
    private final FourOverSigner signer;
    private final Environment environment;
    private final VendorHttp http;
    private final ObjectMapper mapper;

    public FourOverClient(FourOverProperties properties, Environment environment, VendorHttp http,
                          ObjectMapper mapper) {
        this.properties = properties;
        this.signer = new FourOverSigner(properties.publicKey(), properties.privateKey());
        this.environment = environment;
        this.http = http;
        this.mapper = mapper;
    }

    /** Read at each call, not bound once: the sandbox's address is only known once the web server has its port. */
    public String baseUrl() {
        String configured = environment.getProperty("printrelay.vendors.fourover.base-url", "");
        if (!configured.isBlank()) {
            return configured.replaceAll("/+$", "");
        }
        return properties.live() ? PRODUCTION : SANDBOX;
    }

    /** {@code POST /orders}: sent once; an answer that never came is an unknown outcome, not a retry. */
    public VendorHttp.Response createOrder(String json) throws OutcomeUnknownException {
        return http.sendOnce(VENDOR, request("POST", "/orders")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public VendorHttp.Response status(String jobId) {
        return http.send(VENDOR, request("GET", "/orders/" + encode(jobId) + "/status").GET().build());
    }

    public VendorHttp.Response tracking(String jobId) {
        return http.send(VENDOR, request("GET", "/orders/" + encode(jobId) + "/tracking").GET().build());
    }

    public VendorHttp.Response cancel(String jobId) {
        return http.send(VENDOR, request("DELETE", "/orders/" + encode(jobId)).DELETE().build());
    }

    public VendorHttp.Response paymentProfiles() {
        return http.send(VENDOR, request("GET", "/paymentprofiles").GET().build());
    }

    public JsonNode json(VendorHttp.Response response) {
        try {
            return response.body() == null || response.body().isBlank() ? mapper.nullNode()
                    : mapper.readTree(response.body());
        } catch (IOException e) {
            throw new VendorUnavailableException("4over answered HTTP " + response.status() + " with unreadable JSON: "
                    + abbreviate(response.body()), e);
        }
    }

    /** The message of an error answer, JSON or not: for notes and logs, never a reason to fail again. */
    public String messageOf(VendorHttp.Response response) {
        try {
            return json(response).path("message").asText(abbreviate(response.body()));
        } catch (VendorUnavailableException notJson) {
            return abbreviate(response.body());
        }
    }

    private HttpRequest.Builder request(String method, String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl() + path + "?" + signer.queryParameters(method)))
                .header("Authorization", signer.authorizationHeader(method))
                .header("Accept", "application/json")
                .timeout(properties.requestTimeout());
    }

    static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8);
    }
}
