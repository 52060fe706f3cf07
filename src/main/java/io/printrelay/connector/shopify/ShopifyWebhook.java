package io.printrelay.connector.shopify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.printrelay.api.WebhookSignature;
import io.printrelay.order.ImportResult;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The steps of the shopify-webhook route: the signature checked against the raw bytes before anything parses them
 * (a wrong or missing one is 401 and nothing is read), a redelivery (an {@code X-Shopify-Webhook-Id} seen already)
 * answered 200 and dropped, the body read as an order (one that is not: 400, naming why; it is signed, so it is
 * Shopify's or the app's bug and there is nothing to keep), and the answer once the intake stored it.
 */
@Component("shopifyWebhook")
public class ShopifyWebhook {

    private static final Logger log = LoggerFactory.getLogger(ShopifyWebhook.class);
    /** Webhook ids remembered for redeliveries; the store's (source, source id) uniqueness is the real guard. */
    static final int REMEMBERED_DELIVERIES = 10_000;

    private final ShopifyProperties properties;
    private final ShopifyOrderReader reader;
    private final ObjectMapper mapper;
    private final Set<String> delivered = Collections.newSetFromMap(Collections.synchronizedMap(
            new LinkedHashMap<>(1024, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > REMEMBERED_DELIVERIES;
                }
            }));

    public ShopifyWebhook(ShopifyProperties properties, ShopifyOrderReader reader, ObjectMapper mapper) {
        this.properties = properties;
        this.reader = reader;
        this.mapper = mapper;
    }

    /** The raw body and Shopify's headers, as the controller handed them over. */
    public ShopifyDelivery delivery(byte[] body, @Header("X-Shopify-Hmac-Sha256") String signature,
                                    @Header("X-Shopify-Webhook-Id") String webhookId,
                                    @Header("X-Shopify-Topic") String topic) {
        return new ShopifyDelivery(body, signature, webhookId, topic);
    }

    /**
     * The signature, and before it the switch: with the import off (the live profile's default) the webhook takes
     * nothing, whatever it is signed with (the sandbox's secret is public).
     */
    public void verify(ShopifyDelivery delivery) {
        if (!properties.enabled()) {
            delivery.answer(404, "The Shopify import is off (printrelay.sources.shopify.enabled)");
            return;
        }
        if (!WebhookSignature.matches(properties.webhookSecret(), delivery.body(), delivery.signature())) {
            log.warn("Shopify webhook {} refused: {} X-Shopify-Hmac-Sha256 (check printrelay.sources.shopify"
                    + ".webhook-secret against the app's client secret)", idOf(delivery),
                    delivery.signature() == null || delivery.signature().isBlank() ? "no" : "a wrong");
            delivery.answer(401, "Shopify webhook signature (X-Shopify-Hmac-Sha256) missing or wrong");
        }
    }

    /** A delivery whose webhook id was taken in before: Shopify delivers again what it thinks was not answered. */
    public void dropRedelivery(ShopifyDelivery delivery) {
        if (delivery.webhookId() != null && delivered.contains(delivery.webhookId())) {
            log.debug("Shopify webhook {} delivered again; dropped", delivery.webhookId());
            delivery.answer(200, "Shopify webhook " + delivery.webhookId() + " was received before");
        }
    }

    public void read(ShopifyDelivery delivery) {
        if (delivery.topic() != null && !delivery.topic().isBlank() && !"orders/create".equals(delivery.topic())) {
            delivery.answer(400, "Shopify webhook topic " + delivery.topic() + " is not orders/create");
            return;
        }
        try {
            JsonNode json = mapper.readTree(delivery.body());
            if (json == null || !json.isObject()) {
                throw new IllegalArgumentException("the body is not a JSON object");
            }
            delivery.read(reader.read(json));
        } catch (JsonProcessingException e) {
            refuse(delivery, "the body is not JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException | IllegalArgumentException e) {
            refuse(delivery, e.getMessage());
        }
    }

    /** The intake kept it (new, or found there): remembered, and 200 for Shopify. */
    public void stored(ShopifyDelivery delivery, ImportResult result) {
        if (delivery.webhookId() != null) {
            delivered.add(delivery.webhookId());
        }
        delivery.answer(200, result.created() ? "Shopify order " + result.order().getSourceId() + " received as "
                + result.order().getId() : "Shopify order " + result.order().getSourceId() + " was imported before as "
                + result.order().getId());
    }

    private void refuse(ShopifyDelivery delivery, String why) {
        log.warn("Shopify webhook {} is not a readable order: {}", idOf(delivery), why);
        delivery.answer(400, "Shopify webhook body is not a readable order: " + why);
    }

    private static String idOf(ShopifyDelivery delivery) {
        return delivery.webhookId() == null ? "(no X-Shopify-Webhook-Id)" : delivery.webhookId();
    }
}
