package io.printrelay.connector.woocommerce;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.printrelay.api.WebhookSignature;
import io.printrelay.management.Operations;
import io.printrelay.sandbox.SimulatorHttp;
import io.printrelay.sandbox.woocommerce.WooCommerceDemoOrders;
import io.printrelay.sandbox.woocommerce.WooCommerceSimulator;
import io.printrelay.sandbox.woocommerce.WooCommerceWebhookSender;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /webhooks/woocommerce} over HTTP, signed as the simulated shop signs, through the shipped route. */
@WooCommerceTest
class WooCommerceWebhookTest {

    static final String SECRET = "sandbox-woocommerce-webhook-secret";

    @LocalServerPort
    int port;
    @Autowired
    WooCommerceSimulator shop;
    @Autowired
    WooCommerceWebhookSender webhooks;
    @Autowired
    Operations operations;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyShop() {
        shop.reset();
    }

    @Test
    void aWebhookThenAPollStoreTheOrderOnce() {
        ObjectNode order = shop.place(WooCommerceDemoOrders.order(1));

        WooCommerceWebhookSender.Delivered delivered = webhooks.orderCreated(order.toString());
        assertThat(delivered.status()).as(delivered.body()).isEqualTo(200);
        assertThat(delivered.body()).contains("imported as order");
        assertThat(stored(order)).isEqualTo(1);

        operations.pollNow("woocommerce-import-poll");

        assertThat(stored(order)).isEqualTo(1);
    }

    @Test
    void aPollThenAWebhookStoreTheOrderOnce() {
        ObjectNode order = shop.place(WooCommerceDemoOrders.order(2));
        operations.pollNow("woocommerce-import-poll");
        assertThat(stored(order)).isEqualTo(1);

        WooCommerceWebhookSender.Delivered delivered = webhooks.orderCreated(order.toString());

        assertThat(delivered.status()).isEqualTo(200);
        assertThat(delivered.body()).contains("already imported as order");
        assertThat(stored(order)).isEqualTo(1);
    }

    @Test
    void theSameDeliveryTwiceIsStoredOnce() {
        ObjectNode order = shop.place(WooCommerceDemoOrders.order(3));
        String deliveryId = UUID.randomUUID().toString();

        WooCommerceWebhookSender.Delivered first = webhooks.redeliver(order.toString(), deliveryId);
        WooCommerceWebhookSender.Delivered again = webhooks.redeliver(order.toString(), deliveryId);

        assertThat(first.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).contains("was taken in before");
        assertThat(stored(order)).isEqualTo(1);
    }

    @Test
    void aWrongOrMissingSignatureIs401AndNothingIsStored() {
        ObjectNode order = shop.place(WooCommerceDemoOrders.order(4));
        byte[] body = order.toString().getBytes(StandardCharsets.UTF_8);

        SimulatorHttp.Response wrong = post(body, "application/json", WebhookSignature.of("not-the-secret", body));
        SimulatorHttp.Response none = post(body, "application/json", null);
        byte[] tampered = order.put("total", "0.01").toString().getBytes(StandardCharsets.UTF_8);
        SimulatorHttp.Response changed = post(tampered, "application/json", WebhookSignature.of(SECRET, body));

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(none.status()).isEqualTo(401);
        assertThat(changed.status()).isEqualTo(401);
        assertThat(stored(order)).isZero();
    }

    @Test
    void theFirstPingOfANewWebhookIsAnswered200AndStoresNothing() {
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM orders", Integer.class);
        byte[] ping = "webhook_id=12".getBytes(StandardCharsets.UTF_8);

        SimulatorHttp.Response unsigned = post(ping, "application/x-www-form-urlencoded", null);
        SimulatorHttp.Response signed = post(ping, "application/x-www-form-urlencoded", WebhookSignature.of(SECRET, ping));

        assertThat(unsigned.status()).as(unsigned.body()).isEqualTo(200);
        assertThat(signed.status()).as(signed.body()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM orders", Integer.class)).isEqualTo(before);
    }

    @Test
    void aSignedBodyThatIsNotAnOrderIs400NamingTheCartAndWhy() {
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM orders", Integer.class);

        SimulatorHttp.Response noId = signed("{\"hello\":\"world\"}");
        SimulatorHttp.Response list = signed("[1,2,3]");
        SimulatorHttp.Response notJson = signed("{\"id\": 12, broken");

        assertThat(noId.status()).isEqualTo(400);
        assertThat(noId.json().path("message").asText()).isEqualTo("WooCommerce webhook body is not a readable order:"
                + " a WooCommerce order has no usable id ('')");
        assertThat(list.status()).isEqualTo(400);
        assertThat(list.json().path("message").asText()).contains("WooCommerce").contains("not a JSON order");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM orders", Integer.class)).isEqualTo(before);
    }

    @Test
    void anOrderWhoseStatusIsNotInTheFilterIsNotImportedFromAWebhook() {
        ObjectNode order = shop.place(WooCommerceDemoOrders.order(5).status("pending"));

        WooCommerceWebhookSender.Delivered delivered = webhooks.orderCreated(order.toString());

        assertThat(delivered.status()).isEqualTo(200);
        assertThat(delivered.body()).contains("not in the status filter");
        assertThat(stored(order)).isZero();
    }

    @Test
    void anotherTopicIsNotTakenForAnOrder() {
        ObjectNode order = shop.place(WooCommerceDemoOrders.order(6));
        byte[] body = order.toString().getBytes(StandardCharsets.UTF_8);

        SimulatorHttp.Response product = post(body, "application/json", WebhookSignature.of(SECRET, body),
                "product.created");
        SimulatorHttp.Response deleted = post(body, "application/json", WebhookSignature.of(SECRET, body),
                "order.deleted");

        assertThat(product.status()).isEqualTo(400);
        assertThat(product.json().path("message").asText()).contains("product.created is not an order topic");
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(stored(order)).isZero();
    }

    private SimulatorHttp.Response signed(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return post(bytes, "application/json", WebhookSignature.of(SECRET, bytes));
    }

    private SimulatorHttp.Response post(byte[] body, String contentType, String signature) {
        return post(body, contentType, signature, "order.created");
    }

    private SimulatorHttp.Response post(byte[] body, String contentType, String signature, String topic) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/webhooks/woocommerce"))
                .header("Content-Type", contentType)
                .header("X-WC-Webhook-Topic", topic)
                .header("X-WC-Webhook-Delivery-ID", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            request.header("X-WC-Webhook-Signature", signature);
        }
        return new SimulatorHttp().send(request);
    }

    private int stored(ObjectNode order) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM orders WHERE source_name = 'WooCommerce' AND source_id = ?",
                Integer.class, order.path("id").asText());
    }
}
