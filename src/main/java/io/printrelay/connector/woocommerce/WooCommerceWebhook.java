package io.printrelay.connector.woocommerce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.printrelay.api.WebhookSignature;
import io.printrelay.order.ImportResult;
import io.printrelay.order.Order;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The steps of the woocommerce-webhook route: take the request in, check its signature against the raw bytes
 * ({@code X-WC-Webhook-Signature}, base64 HMAC-SHA256 with {@code webhook-secret}, in constant time) before anything
 * parses it, answer the ping a new webhook sends, drop a delivery already taken in, read the order (topics
 * {@code order.created}/{@code order.updated}; another order topic is answered and left, any other topic is the
 * shop's misconfiguration: 400) and keep only those in the status filter. The store's uniqueness of (source, Woo id) is the real guard against doubles; the
 * delivery ids remembered here (the last {@link #REMEMBERED_DELIVERIES}) only spare the intake a redelivery.
 */
@Component("wooCommerceWebhook")
public class WooCommerceWebhook {

    private static final Logger log = LoggerFactory.getLogger(WooCommerceWebhook.class);
    static final int REMEMBERED_DELIVERIES = 10_000;
    /** What WooCommerce posts, form-encoded, when a webhook is created or re-activated. */
    private static final Pattern PING = Pattern.compile("webhook_id=\\d+");
    /** Topics whose body is an order to take in; another order topic (deleted, restored) is answered and left. */
    private static final Set<String> IMPORTED_TOPICS = Set.of("order.created", "order.updated");

    private final WooCommerceProperties properties;
    private final WooCommerceOrderReader reader;
    private final WooCommerceImporter importer;
    private final ObjectMapper mapper;
    private final Set<String> delivered = Collections.newSetFromMap(Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > REMEMBERED_DELIVERIES;
                }
            }));

    public WooCommerceWebhook(WooCommerceProperties properties, WooCommerceOrderReader reader,
                              WooCommerceImporter importer, ObjectMapper mapper) {
        this.properties = properties;
        this.reader = reader;
        this.importer = importer;
        this.mapper = mapper;
    }

    public WooCommerceDelivery receive(byte[] body, @Header("X-WC-Webhook-Signature") String signature,
                                       @Header("X-WC-Webhook-Topic") String topic,
                                       @Header("X-WC-Webhook-Delivery-ID") String deliveryId) {
        return new WooCommerceDelivery(body, signature, topic, deliveryId);
    }

    /**
     * A disabled import takes no webhook either: outside the sandbox its webhook secret may still be the sandbox's
     * (the live profile only switches the import off), which anyone can read.
     */
    public void enabled(WooCommerceDelivery delivery) {
        if (!properties.enabled()) {
            delivery.answer(404, "the WooCommerce import is not enabled (printrelay.sources.woocommerce.enabled)");
        }
    }

    /** The ping of a new webhook, signed or not, is answered 200 and nothing is stored: it carries no order. */
    public void ping(WooCommerceDelivery delivery) {
        if (delivery.open() && PING.matcher(delivery.bodyText().trim()).matches()) {
            delivery.answer(200, "pong");
        }
    }

    public void verify(WooCommerceDelivery delivery) {
        if (!WebhookSignature.matches(properties.webhookSecret(), delivery.body(), delivery.signature())) {
            log.warn("WooCommerce webhook (delivery '{}') refused: {} X-WC-Webhook-Signature (check that the webhook's"
                    + " secret is printrelay.sources.woocommerce.webhook-secret)", delivery.deliveryId(),
                    delivery.signature() == null ? "no" : "a wrong");
            delivery.answer(401, "the X-WC-Webhook-Signature does not match the body");
        }
    }

    /** A delivery id taken in before (WooCommerce delivers again when an answer is slow or lost). */
    public void dropRedelivery(WooCommerceDelivery delivery) {
        if (!delivery.deliveryId().isEmpty() && delivered.contains(delivery.deliveryId())) {
            delivery.answer(200, "delivery " + delivery.deliveryId() + " was taken in before");
        }
    }

    /**
     * The body as an order. It is signed, so a body that is not an order is the shop's bug (or a topic this
     * webhook should not have): 400 naming why, nothing kept.
     */
    public void read(WooCommerceDelivery delivery) {
        String topic = delivery.topic();
        if (!topic.isEmpty() && !IMPORTED_TOPICS.contains(topic)) {
            if (topic.startsWith("order.")) {
                delivery.answer(200, "topic " + topic + ": nothing to import");
            } else {
                reject(delivery, "topic " + topic + " is not an order topic (order.created, order.updated)");
            }
            return;
        }
        JsonNode json;
        try {
            json = mapper.readTree(delivery.body());
        } catch (IOException e) {
            json = null;
        }
        if (json == null || !json.isObject()) {
            reject(delivery, "the body is not a JSON order");
            return;
        }
        Order order;
        try {
            order = reader.read(json);
        } catch (IllegalArgumentException e) {
            reject(delivery, e.getMessage());
            return;
        }
        String status = WooCommerceOrderReader.status(json);
        if (!importer.wanted(status)) {
            delivery.answer(200, "order " + order.getSourceId() + " is " + status + ", not in the status filter "
                    + properties.statusFilter() + ": not imported");
            return;
        }
        delivery.read(order);
    }

    /** What the intake made of the order; the delivery is remembered only once the order is stored. */
    public void stored(WooCommerceDelivery delivery, Object intakeResult) {
        if (!(intakeResult instanceof ImportResult result)) {
            return;
        }
        if (!delivery.deliveryId().isEmpty()) {
            delivered.add(delivery.deliveryId());
        }
        delivery.answer(200, (result.created() ? "imported as order " : "already imported as order ")
                + result.order().getId());
    }

    public WooCommerceWebhookAnswer answer(WooCommerceDelivery delivery) {
        return delivery.answer();
    }

    private void reject(WooCommerceDelivery delivery, String why) {
        log.warn("WooCommerce webhook (delivery '{}', topic '{}') is not a readable order: {}", delivery.deliveryId(),
                delivery.topic(), why);
        delivery.answer(400, "WooCommerce webhook body is not a readable order: " + why);
    }
}
