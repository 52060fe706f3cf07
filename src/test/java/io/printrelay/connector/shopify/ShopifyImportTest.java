package io.printrelay.connector.shopify;

import com.fasterxml.jackson.databind.JsonNode;
import io.printrelay.PrintRelayTest;
import io.printrelay.api.ApiClient;
import io.printrelay.management.Operations;
import io.printrelay.sandbox.SimulatorHttp;
import io.printrelay.sandbox.shopify.ShopifyOrderSpec;
import io.printrelay.sandbox.shopify.ShopifySimAddress;
import io.printrelay.sandbox.shopify.ShopifySimOrder;
import io.printrelay.sandbox.shopify.ShopifySimulator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Shopify import against the Shopify simulator over HTTP, through the shipped route (shopify-import-poll run
 * now): every page, the fields, once only, malformed orders skipped, the cost bucket waited out.
 */
@PrintRelayTest
@TestPropertySource(properties = {"printrelay.sources.shopify.page-size=2", "printrelay.sources.shopify.order-prefix=SH-",
        "printrelay.sources.shopify.first-import-date=2026-01-01", "printrelay.fulfilment.auto-submit=false"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ShopifyImportTest {

    @LocalServerPort
    int port;
    @Autowired
    ShopifySimulator shop;
    @Autowired
    Operations operations;
    ApiClient api;

    @BeforeEach
    void emptyShop() {
        shop.reset();
        api = ApiClient.sandbox(port);
    }

    @Test
    void everyPageIsReadWhenTheShopHasMoreOrdersThanAPage() {
        ShopifySimOrder[] placed = new ShopifySimOrder[5];
        for (int i = 0; i < placed.length; i++) {
            placed[i] = shop.place(cards("https://art.example/p" + i + ".pdf"));
        }
        int before = shop.listingRequests();

        poll();

        for (ShopifySimOrder order : placed) {
            assertThat(stored(order)).as(order.name()).hasSize(1);
            assertThat(stored(order).get(0).path("order_number").asText()).isEqualTo("SH-" + order.name().substring(1));
        }
        assertThat(shop.listingRequests() - before).isEqualTo(3);
    }

    @Test
    void attributesPropertiesOptionsSkuShippingAddressesAndTotalsAreMapped() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("print_url", "https://art.example/tee-front.pdf");
        properties.put("print_sku", "POV-TEE-L");
        properties.put("product_uuid", "uuid-123");
        Map<String, String> options = new LinkedHashMap<>();
        options.put("Size", "L");
        options.put("Color", "White");
        ShopifySimOrder order = shop.place(ShopifyOrderSpec.order()
                .createdAt(Instant.parse("2026-11-20T10:00:00Z"))
                .email("ada@example.com")
                .attribute("gift_note", "Happy birthday")
                .attribute("po_number", "PO-77")
                .shipping(new ShopifySimAddress("Ada", "Lovelace", "Engines Ltd", "12 Analytical Ave", "Suite 2",
                        "Austin", "TX", "78701", "US", "555-0103"))
                .billing(ShopifySimAddress.us("Charles", "Babbage", "1 Difference Rd", "Boston", "MA", "02108"))
                .shippingLine("Express", "15.00").tax("2.50")
                .item(new ShopifyOrderSpec.Item("TEE-CLASSIC-WHITE-L", "Classic tee", 2, "18.00", options,
                        properties)));

        poll();

        JsonNode stored = stored(order).get(0);
        assertThat(stored.path("source_name").asText()).isEqualTo("Shopify");
        assertThat(stored.path("source_id").asText()).isEqualTo(String.valueOf(order.id()));
        assertThat(stored.path("email").asText()).isEqualTo("ada@example.com");
        assertThat(stored.path("checkout_data").path("gift_note").asText()).isEqualTo("Happy birthday");
        assertThat(stored.path("checkout_data").path("po_number").asText()).isEqualTo("PO-77");
        assertThat(stored.path("shipping_method").asText()).isEqualTo("Express");
        assertThat(stored.path("shipping").path("first_name").asText()).isEqualTo("Ada");
        assertThat(stored.path("shipping").path("company").asText()).isEqualTo("Engines Ltd");
        assertThat(stored.path("shipping").path("address2").asText()).isEqualTo("Suite 2");
        assertThat(stored.path("shipping").path("state").asText()).isEqualTo("TX");
        assertThat(stored.path("shipping").path("postal_code").asText()).isEqualTo("78701");
        assertThat(stored.path("shipping").path("country").asText()).isEqualTo("US");
        assertThat(stored.path("customer").path("last_name").asText()).isEqualTo("Babbage");
        assertThat(stored.path("customer").path("city").asText()).isEqualTo("Boston");
        assertThat(stored.path("product_total").decimalValue()).isEqualByComparingTo("36");
        assertThat(stored.path("shipping_total").decimalValue()).isEqualByComparingTo("15");
        assertThat(stored.path("tax_total").decimalValue()).isEqualByComparingTo("2.5");
        assertThat(stored.path("order_total").decimalValue()).isEqualByComparingTo("53.5");
        assertThat(stored.path("date_added").asText()).isEqualTo("2026-11-20 10:00:00");
        JsonNode item = stored.path("order_items").get(0);
        assertThat(item.path("code").asText()).isEqualTo("TEE-CLASSIC-WHITE-L");
        assertThat(item.path("name").asText()).isEqualTo("Classic tee");
        assertThat(item.path("quantity").asInt()).isEqualTo(2);
        assertThat(item.path("price").decimalValue()).isEqualByComparingTo("18");
        assertThat(item.path("metadata").path("print_url").asText()).isEqualTo("https://art.example/tee-front.pdf");
        assertThat(item.path("metadata").path("print_sku").asText()).isEqualTo("POV-TEE-L");
        assertThat(item.path("metadata").path("product_uuid").asText()).isEqualTo("uuid-123");
        assertThat(item.path("metadata").path("shopify_line_item_id").asText())
                .isEqualTo(String.valueOf(order.lineItems().get(0).id()));
        assertThat(item.path("variation_list").path("Size").asText()).isEqualTo("L");
        assertThat(item.path("variation_list").path("Color").asText()).isEqualTo("White");
        assertThat(item.path("variation_list").path("variant_title").asText()).isEqualTo("L / White");
    }

    @Test
    void aRepollStoresNoOrderTwice() {
        ShopifySimOrder order = shop.place(cards("https://art.example/once.pdf"));

        poll();
        poll();

        assertThat(stored(order)).hasSize(1);
    }

    @Test
    void ordersBeforeTheFirstImportDateAreLeftAlone() {
        ShopifySimOrder old = shop.place(cards("https://art.example/old.pdf").createdAt(Instant.parse("2025-12-31T23:00:00Z")));
        ShopifySimOrder fresh = shop.place(cards("https://art.example/new.pdf"));

        poll();

        assertThat(stored(old)).isEmpty();
        assertThat(stored(fresh)).hasSize(1);
    }

    @Test
    void aMalformedOrderOnAPageIsSkippedAndTheOthersAreImported() {
        ShopifySimOrder first = shop.place(cards("https://art.example/m1.pdf"));
        ShopifySimOrder second = shop.place(cards("https://art.example/m2.pdf"));
        shop.malformedOrderOnNextPage();

        poll();

        assertThat(stored(first)).hasSize(1);
        assertThat(stored(second)).hasSize(1);
    }

    @Test
    void aThrottledPollWaitsForTheBucketToRefillAndStillImportsEveryOrder() {
        ShopifySimOrder[] placed = new ShopifySimOrder[5];
        for (int i = 0; i < placed.length; i++) {
            placed[i] = shop.place(cards("https://art.example/t" + i + ".pdf"));
        }
        // a page of 2 costs 6 points: a bucket of 6 that a request of the test has just emptied
        shop.bucket(6, 10);
        SimulatorHttp.Response drained = graphql("{\"query\":\"{ orders(first: 2) { nodes { id } } }\","
                + "\"variables\":{\"first\":2}}");
        assertThat(drained.json().path("extensions").path("cost").path("throttleStatus").path("currentlyAvailable")
                .asInt()).isZero();
        int throttledBefore = shop.throttledAnswers();

        poll();

        assertThat(shop.throttledAnswers() - throttledBefore).isGreaterThanOrEqualTo(1);
        for (ShopifySimOrder order : placed) {
            assertThat(stored(order)).as(order.name()).hasSize(1);
        }
    }

    private void poll() {
        assertThat(operations.pollNow("shopify-import-poll")).isEqualTo("Route 'shopify-import-poll' ran once");
    }

    private static ShopifyOrderSpec cards(String printUrl) {
        return ShopifyOrderSpec.order().item("BC-14PT-500", 1, "24.00", printUrl);
    }

    private java.util.List<JsonNode> stored(ShopifySimOrder order) {
        java.util.List<JsonNode> found = new java.util.ArrayList<>();
        api.get("/orders?source_name=Shopify&source_id=" + order.id()).body().path("orders").forEach(found::add);
        return found;
    }

    private SimulatorHttp.Response graphql(String body) {
        return new SimulatorHttp().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/sandbox/shopify/admin/api/2025-01/graphql.json"))
                .header("X-Shopify-Access-Token", "sandbox-shopify-token").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }
}
