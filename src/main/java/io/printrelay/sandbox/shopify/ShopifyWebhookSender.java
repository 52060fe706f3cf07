package io.printrelay.sandbox.shopify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.printrelay.api.WebhookSignature;
import org.springframework.core.env.Environment;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/**
 * What the simulated Shopify does when an order is placed: an {@code orders/create} webhook to PrintRelay's own
 * {@code /webhooks/shopify/orders-create} on this process's port, signed as Shopify signs (base64 HMAC-SHA256 of
 * the raw body with the app's secret), with Shopify's headers.
 */
public class ShopifyWebhookSender {

    static final String PATH = "/webhooks/shopify/orders-create";

    /** What PrintRelay answered to one delivery. */
    public record Delivery(String webhookId, int status, String body) {
    }

    private final ShopifySimulatorProperties properties;
    private final Environment environment;
    private final ObjectMapper mapper;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public ShopifyWebhookSender(ShopifySimulatorProperties properties, Environment environment, ObjectMapper mapper) {
        this.properties = properties;
        this.environment = environment;
        this.mapper = mapper;
    }

    public Delivery send(ShopifySimOrder order) {
        return send(order, UUID.randomUUID().toString());
    }

    /** The same webhook id again is what Shopify sends when it delivers a webhook a second time. */
    public Delivery send(ShopifySimOrder order, String webhookId) {
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(new ShopifySimJson(mapper).restOrder(order));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                        + environment.getProperty("local.server.port", "8080") + PATH))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("X-Shopify-Topic", "orders/create")
                .header("X-Shopify-Shop-Domain", properties.shopDomain())
                .header("X-Shopify-API-Version", "2025-01")
                .header("X-Shopify-Webhook-Id", webhookId)
                .header("X-Shopify-Hmac-Sha256", WebhookSignature.of(properties.webhookSecret(), body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Delivery(webhookId, answer.statusCode(), answer.body());
        } catch (IOException e) {
            return new Delivery(webhookId, 0, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Delivery(webhookId, 0, "interrupted");
        }
    }
}
