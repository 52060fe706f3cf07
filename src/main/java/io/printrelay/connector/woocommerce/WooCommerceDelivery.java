package io.printrelay.connector.woocommerce;

import io.printrelay.order.Order;

import java.nio.charset.StandardCharsets;

/**
 * One webhook request from WooCommerce on its way through the woocommerce-webhook route (the exchange property
 * {@code wooCommerceDelivery}): the raw body and the headers that matter, what the route found out about it, and the
 * answer WooCommerce gets. The answer is decided by the first step that knows it; later steps leave it alone.
 */
public final class WooCommerceDelivery {

    private final byte[] body;
    private final String signature;
    private final String topic;
    private final String deliveryId;
    private Order order;
    private int status;
    private String message;

    WooCommerceDelivery(byte[] body, String signature, String topic, String deliveryId) {
        this.body = body == null ? new byte[0] : body;
        this.signature = signature;
        this.topic = topic == null ? "" : topic;
        this.deliveryId = deliveryId == null ? "" : deliveryId.trim();
    }

    byte[] body() {
        return body;
    }

    String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    String signature() {
        return signature;
    }

    public String topic() {
        return topic;
    }

    public String deliveryId() {
        return deliveryId;
    }

    /** No answer yet: the next step of the route has something to do. */
    public boolean open() {
        return status == 0;
    }

    /** Read, signed, wanted and not seen before: it goes to the intake. */
    public boolean toImport() {
        return open() && order != null;
    }

    public Order order() {
        return order;
    }

    void read(Order order) {
        this.order = order;
    }

    void answer(int status, String message) {
        if (open()) {
            this.status = status;
            this.message = message;
        }
    }

    WooCommerceWebhookAnswer answer() {
        return new WooCommerceWebhookAnswer(status == 0 ? 500 : status, message == null ? "" : message);
    }
}
