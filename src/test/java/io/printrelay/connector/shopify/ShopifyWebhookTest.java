package io.printrelay.connector.shopify;

import com.fasterxml.jackson.databind.JsonNode;
import io.printrelay.PrintRelayTest;
import io.printrelay.api.ApiClient;
import io.printrelay.api.WebhookSignature;
import io.printrelay.management.Operations;
import io.printrelay.sandbox.SimulatorHttp;
import io.printrelay.sandbox.shopify.ShopifyOrderSpec;
import io.printrelay.sandbox.shopify.ShopifySimOrder;
import io.printrelay.sandbox.shopify.ShopifySimulator;
import io.printrelay.sandbox.shopify.ShopifyWebhookSender;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The orders/create webhook over HTTP, signed by the simulated Shopify as Shopify signs: stored once however often
 * it comes and whether the poll found the order first or after; refused when the signature is wrong or missing
 * (nothing stored) or the body is not an order; read into the same order the poll reads.
 */
@PrintRelayTest
@TestPropertySource(properties = {"printrelay.sources.shopify.first-import-date=2026-01-01",
        "printrelay.fulfilment.auto-submit=false"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ShopifyWebhookTest {

    static final String SECRET = "sandbox-shopify-webhook-secret";

    @LocalServerPort
    int port;
    @Autowired
    ShopifySimulator shop;
    @Autowired
    ShopifyWebhookSender webhooks;
    @Autowired
    Operations operations;
    ApiClient api;

    @BeforeEach
    void emptyShop() {
        shop.reset();
        api = ApiClient.sandbox(port);
    }

    @Test
    void aWebhookThenThePollStoreTheOrderOnce() {
        ShopifySimOrder order = shop.place(cards());

        ShopifyWebhookSender.Delivery delivery = webhooks.send(order);
        assertThat(delivery.status()).as(delivery.body()).isEqualTo(200);
        assertThat(stored(order)).hasSize(1);

        operations.pollNow("shopify-import-poll");

        assertThat(stored(order)).hasSize(1);
    }

    @Test
    void thePollThenAWebhookStoreTheOrderOnce() {
        ShopifySimOrder order = shop.place(cards());
        operations.pollNow("shopify-import-poll");
        assertThat(stored(order)).hasSize(1);

        ShopifyWebhookSender.Delivery delivery = webhooks.send(order);

        assertThat(delivery.status()).isEqualTo(200);
        assertThat(delivery.body()).contains("was imported before");
        assertThat(stored(order)).hasSize(1);
    }

    @Test
    void theSameWebhookDeliveredTwiceIsStoredOnceAndTheRedeliveryDropped() {
        ShopifySimOrder order = shop.place(cards());

        ShopifyWebhookSender.Delivery first = webhooks.send(order, "wh-twice-1");
        ShopifyWebhookSender.Delivery again = webhooks.send(order, "wh-twice-1");
        ShopifyWebhookSender.Delivery otherId = webhooks.send(order, "wh-twice-2");

        assertThat(first.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).contains("wh-twice-1 was received before");
        assertThat(otherId.status()).isEqualTo(200);
        assertThat(stored(order)).hasSize(1);
    }

    @Test
    void aWrongSignatureIs401AndNothingIsStored() {
        ShopifySimOrder order = shop.place(cards());
        byte[] body = restBody(order);

        SimulatorHttp.Response refused = post(body, WebhookSignature.of("not-the-secret", body), "wh-wrong");

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().path("message").asText()).contains("X-Shopify-Hmac-Sha256");
        assertThat(stored(order)).isEmpty();
    }

    @Test
    void aMissingSignatureIs401AndNothingIsStored() {
        ShopifySimOrder order = shop.place(cards());

        SimulatorHttp.Response refused = post(restBody(order), null, "wh-missing");

        assertThat(refused.status()).isEqualTo(401);
        assertThat(stored(order)).isEmpty();
    }

    @Test
    void aSignedBodyThatIsNotAnOrderIs400NamingShopifyAndWhy() {
        for (String body : List.of("not json", "[1,2,3]", "{\"name\":\"#1001\",\"line_items\":[]}")) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);

            SimulatorHttp.Response refused = post(bytes, WebhookSignature.of(SECRET, bytes), null);

            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(refused.json().path("message").asText()).as(body)
                    .startsWith("Shopify webhook body is not a readable order: ");
        }
    }

    @Test
    void theWebhookAndThePollReadTheSameOrder() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("Size", "L");
        ShopifySimOrder byWebhook = shop.place(spec(options));
        ShopifySimOrder byPoll = shop.place(spec(options));
        webhooks.send(byWebhook);
        operations.pollNow("shopify-import-poll");

        JsonNode hooked = stored(byWebhook).get(0);
        JsonNode polled = stored(byPoll).get(0);
        for (String field : List.of("email", "shipping_method", "product_total", "shipping_total", "tax_total",
                "order_total", "checkout_data", "shipping", "customer", "date_added")) {
            assertThat(hooked.path(field)).as(field).isEqualTo(polled.path(field));
        }
        JsonNode hookedItem = hooked.path("order_items").get(0);
        JsonNode polledItem = polled.path("order_items").get(0);
        for (String field : List.of("code", "name", "quantity", "price")) {
            assertThat(hookedItem.path(field)).as(field).isEqualTo(polledItem.path(field));
        }
        assertThat(hookedItem.path("metadata").path("print_url").asText()).isEqualTo("https://art.example/w.pdf");
        assertThat(hookedItem.path("metadata").path("shopify_line_item_id").asText())
                .isEqualTo(String.valueOf(byWebhook.lineItems().get(0).id()));
        assertThat(hookedItem.path("variation_list").path("variant_title").asText()).isEqualTo("L");
        assertThat(hooked.path("order_number").asText()).isEqualTo(byWebhook.name().substring(1));
    }

    private static ShopifyOrderSpec spec(Map<String, String> options) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("print_url", "https://art.example/w.pdf");
        return ShopifyOrderSpec.order().attribute("gift_note", "hi").shippingLine("Express", "15.00").tax("1.20")
                .item(new ShopifyOrderSpec.Item("TEE-CLASSIC-WHITE-L", "Classic tee", 2, "18.00", options,
                        properties));
    }

    private static ShopifyOrderSpec cards() {
        return ShopifyOrderSpec.order().item("BC-14PT-500", 1, "24.00", "https://art.example/front.pdf");
    }

    private byte[] restBody(ShopifySimOrder order) {
        SimulatorHttp.Response view = new SimulatorHttp().send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + port + "/sandbox/shopify/demo/orders/" + order.id())).GET());
        return view.body().getBytes(StandardCharsets.UTF_8);
    }

    private SimulatorHttp.Response post(byte[] body, String signature, String webhookId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/webhooks/shopify/orders-create"))
                .header("Content-Type", "application/json").header("X-Shopify-Topic", "orders/create")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            request.header("X-Shopify-Hmac-Sha256", signature);
        }
        if (webhookId != null) {
            request.header("X-Shopify-Webhook-Id", webhookId);
        }
        return new SimulatorHttp().send(request);
    }

    private List<JsonNode> stored(ShopifySimOrder order) {
        List<JsonNode> found = new ArrayList<>();
        api.get("/orders?source_name=Shopify&source_id=" + order.id()).body().path("orders").forEach(found::add);
        return found;
    }
}
