package io.printrelay.connector.shopify;

import io.printrelay.order.Order;

/**
 * One {@code orders/create} webhook delivery on its way through the shopify-webhook route (the exchange property
 * {@code shopifyDelivery}): the raw body and headers as they came, the order once read, and the answer for Shopify
 * once it is decided. Until then the delivery is still to be worked on.
 */
public final class ShopifyDelivery {

    private final byte[] body;
    private final String signature;
    private final String webhookId;
    private final String topic;
    private Order order;
    private int status;
    private String message;

    ShopifyDelivery(byte[] body, String signature, String webhookId, String topic) {
        this.body = body == null ? new byte[0] : body;
        this.signature = signature;
        this.webhookId = webhookId;
        this.topic = topic;
    }

    /** Not answered yet: the next step works on it. */
    public boolean open() {
        return status == 0;
    }

    /** Read and still to be taken in. */
    public boolean toImport() {
        return open() && order != null;
    }

    public Order order() {
        return order;
    }

    /** 0 while the route has not decided (the controller then answers 503: deliver again). */
    public int status() {
        return status;
    }

    public String message() {
        return message;
    }

    byte[] body() {
        return body;
    }

    String signature() {
        return signature;
    }

    String webhookId() {
        return webhookId;
    }

    String topic() {
        return topic;
    }

    void read(Order order) {
        this.order = order;
    }

    void answer(int status, String message) {
        this.status = status;
        this.message = message;
    }
}
