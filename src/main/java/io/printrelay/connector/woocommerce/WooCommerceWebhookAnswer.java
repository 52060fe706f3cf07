package io.printrelay.connector.woocommerce;

/** What the woocommerce-webhook route answers WooCommerce: an HTTP status and a line saying why. */
public record WooCommerceWebhookAnswer(int status, String message) {
}
