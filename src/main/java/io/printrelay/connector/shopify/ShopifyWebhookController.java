package io.printrelay.connector.shopify;

import io.printrelay.api.Envelope;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * {@code POST /webhooks/shopify/orders-create}: HTTP glue only. The raw bytes and Shopify's headers go to the
 * route {@code direct:shopify-webhook}, which verifies, reads and takes the order in; its decision is the answer.
 * Fulfilment runs after the intake's hand-off, so Shopify is answered well within its 5 s.
 */
@RestController
public class ShopifyWebhookController {

    private final ProducerTemplate camel;

    public ShopifyWebhookController(ProducerTemplate camel) {
        this.camel = camel;
    }

    @PostMapping(path = "/webhooks/shopify/orders-create", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> ordersCreate(
            @RequestBody(required = false) byte[] body,
            @RequestHeader(name = "X-Shopify-Hmac-Sha256", required = false) String signature,
            @RequestHeader(name = "X-Shopify-Webhook-Id", required = false) String webhookId,
            @RequestHeader(name = "X-Shopify-Topic", required = false) String topic) {
        Exchange done = camel.request("direct:shopify-webhook", exchange -> {
            exchange.getMessage().setBody(body == null ? new byte[0] : body);
            exchange.getMessage().setHeader("X-Shopify-Hmac-Sha256", signature);
            exchange.getMessage().setHeader("X-Shopify-Webhook-Id", webhookId);
            exchange.getMessage().setHeader("X-Shopify-Topic", topic);
        });
        ShopifyDelivery delivery = done.getProperty("shopifyDelivery", ShopifyDelivery.class);
        if (done.getException() != null || delivery == null || delivery.status() == 0) {
            // the intake did not finish (the store unreachable, PrintRelay stopping): Shopify delivers it again
            return ResponseEntity.status(503).body(Envelope.error("Shopify order not stored yet; deliver again"));
        }
        return ResponseEntity.status(delivery.status()).body(delivery.status() < 300
                ? Envelope.success(delivery.message()) : Envelope.error(delivery.message()));
    }
}
