package io.printrelay.sandbox.woocommerce;

import io.printrelay.api.WebhookSignature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The shop's webhook {@code order.created}, pointed at this PrintRelay's own {@code /webhooks/woocommerce}: the
 * order's REST JSON, signed as Woo signs ({@code X-WC-Webhook-Signature}, base64 HMAC-SHA256 of the body with the
 * webhook's secret), with Woo's {@code X-WC-Webhook-*} headers. A delivery id is new for every delivery.
 */
public class WooCommerceWebhookSender {

    private static final Logger log = LoggerFactory.getLogger(WooCommerceWebhookSender.class);
    static final String WEBHOOK_ID = "1";

    /** What PrintRelay answered a delivery. */
    public record Delivered(String deliveryId, int status, String body) {
    }

    private final WooCommerceSimulatorProperties properties;
    private final Environment environment;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicLong deliveries = new AtomicLong();

    public WooCommerceWebhookSender(WooCommerceSimulatorProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    public Delivered orderCreated(String orderJson) {
        return send(orderJson, String.valueOf(deliveries.incrementAndGet()));
    }

    /** The same delivery again, as Woo does when an answer was slow (same delivery id). */
    public Delivered redeliver(String orderJson, String deliveryId) {
        return send(orderJson, deliveryId);
    }

    private Delivered send(String orderJson, String deliveryId) {
        String port = environment.getProperty("local.server.port");
        byte[] body = orderJson.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/webhooks/woocommerce"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("User-Agent", "WooCommerce/9.4.2 Hookshot (WordPress/6.7.1)")
                .header("X-WC-Webhook-Source", "http://127.0.0.1:" + port + WooCommerceSimulatorConfiguration.BASE_PATH
                        + "/")
                .header("X-WC-Webhook-Topic", "order.created")
                .header("X-WC-Webhook-Resource", "order")
                .header("X-WC-Webhook-Event", "created")
                .header("X-WC-Webhook-ID", WEBHOOK_ID)
                .header("X-WC-Webhook-Delivery-ID", deliveryId)
                .header("X-WC-Webhook-Signature", WebhookSignature.of(properties.webhookSecret(), body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Delivered(deliveryId, answer.statusCode(), answer.body());
        } catch (IOException e) {
            log.warn("WooCommerce simulator: webhook delivery {} failed: {}", deliveryId, e.toString());
            return new Delivered(deliveryId, 0, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Delivered(deliveryId, 0, "interrupted");
        }
    }
}
