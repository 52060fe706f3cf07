package io.printrelay.sandbox.shopify;

import com.fasterxml.jackson.databind.JsonNode;
import io.printrelay.PrintRelayTest;
import io.printrelay.sandbox.SimulatorHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import java.net.URI;
import java.net.http.HttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulated Shopify over HTTP, as a Shopify client sees it: the access token, the orders listing with its
 * search and cursors, the cost bucket and its THROTTLED answer, fulfillmentCreate and what it changes, and the demo
 * endpoints.
 */
@PrintRelayTest
@TestPropertySource(properties = {"printrelay.sources.shopify.enabled=false", "printrelay.fulfilment.auto-submit=false"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ShopifySimulatorTest {

    static final String ORDERS = "{\"query\":\"query($first: Int!, $cursor: String, $query: String) { orders(first:"
            + " $first, after: $cursor, query: $query) { nodes { id } } }\",\"variables\":{\"first\":%d,"
            + "\"cursor\":%s,\"query\":\"created_at:>=2026-01-01 fulfillment_status:unfulfilled\"}}";

    @LocalServerPort
    int port;
    @Autowired
    ShopifySimulator shop;

    @BeforeEach
    void emptyShop() {
        shop.reset();
    }

    @Test
    void aWrongOrMissingAccessTokenIs401AsShopifySaysIt() {
        SimulatorHttp.Response wrong = graphql("wrong", ORDERS.formatted(2, "null"));
        SimulatorHttp.Response missing = graphql(null, ORDERS.formatted(2, "null"));

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().path("errors").asText()).startsWith("[API] Invalid API key or access token");
        assertThat(missing.status()).isEqualTo(401);
    }

    @Test
    void theListingPagesWithCursorsAndEveryAnswerCarriesItsCost() {
        ShopifySimOrder first = shop.place(cards());
        ShopifySimOrder second = shop.place(cards());
        ShopifySimOrder third = shop.place(cards());

        JsonNode page1 = graphql("sandbox-shopify-token", ORDERS.formatted(2, "null")).json();
        String cursor = page1.path("data").path("orders").path("pageInfo").path("endCursor").asText();
        JsonNode page2 = graphql("sandbox-shopify-token", ORDERS.formatted(2, "\"" + cursor + "\"")).json();

        assertThat(page1.path("data").path("orders").path("nodes")).extracting(node -> node.path("legacyResourceId")
                .asText()).containsExactly(String.valueOf(first.id()), String.valueOf(second.id()));
        assertThat(page1.path("data").path("orders").path("pageInfo").path("hasNextPage").asBoolean()).isTrue();
        assertThat(page2.path("data").path("orders").path("nodes")).extracting(node -> node.path("legacyResourceId")
                .asText()).containsExactly(String.valueOf(third.id()));
        assertThat(page2.path("data").path("orders").path("pageInfo").path("hasNextPage").asBoolean()).isFalse();
        JsonNode cost = page2.path("extensions").path("cost");
        assertThat(cost.path("requestedQueryCost").asInt()).isEqualTo(6);
        assertThat(cost.path("throttleStatus").path("maximumAvailable").asDouble()).isEqualTo(1000);
        assertThat(cost.path("throttleStatus").path("restoreRate").asDouble()).isEqualTo(50);
        assertThat(first.name()).isNotEqualTo(second.name()).startsWith("#");
    }

    @Test
    void aQueryTheBucketCannotPayForIsThrottledWithHttp200() {
        shop.bucket(8, 0.001);
        graphql("sandbox-shopify-token", ORDERS.formatted(2, "null"));

        SimulatorHttp.Response throttled = graphql("sandbox-shopify-token", ORDERS.formatted(2, "null"));

        assertThat(throttled.status()).isEqualTo(200);
        assertThat(throttled.json().path("errors").get(0).path("extensions").path("code").asText())
                .isEqualTo("THROTTLED");
        JsonNode status = throttled.json().path("extensions").path("cost").path("throttleStatus");
        assertThat(status.path("currentlyAvailable").asInt()).isEqualTo(2);
        assertThat(status.path("maximumAvailable").asDouble()).isEqualTo(8);
    }

    @Test
    void aFulfillmentOfEverythingMakesTheOrderFulfilledAndNoLongerListedAsUnfulfilled() {
        ShopifySimOrder order = shop.place(cards());
        long lineItem = order.lineItems().get(0).id();
        String mutation = "{\"query\":\"mutation($fulfillment: FulfillmentInput!) { fulfillmentCreate(fulfillment:"
                + " $fulfillment) { fulfillment { id } userErrors { field message } } }\",\"variables\":{"
                + "\"fulfillment\":{\"lineItemsByFulfillmentOrder\":[{\"fulfillmentOrderId\":"
                + "\"gid://shopify/FulfillmentOrder/" + order.fulfillmentOrderId() + "\",\"fulfillmentOrderLineItems\":"
                + "[{\"id\":\"gid://shopify/FulfillmentOrderLineItem/" + (ShopifySimOrder.FULFILLMENT_LINE_OFFSET
                + lineItem) + "\",\"quantity\":%d}]}],\"trackingInfo\":{\"number\":\"1Z999\",\"company\":\"UPS\"},"
                + "\"notifyCustomer\":false}}}";

        JsonNode tooMany = graphql("sandbox-shopify-token", mutation.formatted(5)).json();
        JsonNode done = graphql("sandbox-shopify-token", mutation.formatted(2)).json();

        assertThat(tooMany.path("data").path("fulfillmentCreate").path("userErrors").get(0).path("message").asText())
                .isEqualTo("Invalid fulfillment order line item quantity requested.");
        assertThat(done.path("data").path("fulfillmentCreate").path("userErrors")).isEmpty();
        assertThat(done.path("data").path("fulfillmentCreate").path("fulfillment").path("id").asText())
                .startsWith("gid://shopify/Fulfillment/");
        assertThat(order.displayFulfillmentStatus()).isEqualTo("FULFILLED");
        JsonNode listed = graphql("sandbox-shopify-token", ORDERS.formatted(10, "null")).json();
        assertThat(listed.path("data").path("orders").path("nodes")).isEmpty();
        JsonNode view = demo("GET", "/orders/" + order.id()).json();
        assertThat(view.path("display_fulfillment_status").asText()).isEqualTo("FULFILLED");
        assertThat(view.path("fulfillments").get(0).path("tracking_number").asText()).isEqualTo("1Z999");
        assertThat(view.path("fulfillments").get(0).path("line_items").get(0).path("quantity").asInt()).isEqualTo(2);
    }

    @Test
    void demoOrdersArePlacedOnDemandWithPrintDetailsAndWithoutAWebhookWhenAskedSo() {
        SimulatorHttp.Response placed = demo("POST", "/orders?count=3&webhook=false");

        assertThat(placed.status()).isEqualTo(200);
        assertThat(placed.json().path("orders")).hasSize(3);
        JsonNode first = demo("GET", "/orders/" + placed.json().path("orders").get(0).path("id").asText()).json();
        assertThat(first.path("line_items").get(0).path("sku").asText()).isNotBlank();
        assertThat(first.path("line_items").get(0).path("properties").get(0).path("name").asText())
                .isEqualTo("print_url");
        assertThat(first.path("shipping_address").path("country_code").asText()).isEqualTo("US");
        assertThat(placed.json().path("orders").get(0).has("webhook_status")).isFalse();
        assertThat(demo("POST", "/orders?count=0").status()).isEqualTo(400);
        assertThat(demo("GET", "/orders/1").status()).isEqualTo(404);
    }

    private static ShopifyOrderSpec cards() {
        return ShopifyOrderSpec.order().item("BC-14PT-500", 2, "24.00", "https://art.example/front.pdf");
    }

    private SimulatorHttp.Response graphql(String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/sandbox/shopify/admin/api/2025-01/graphql.json"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("X-Shopify-Access-Token", token);
        }
        return new SimulatorHttp().send(request);
    }

    private SimulatorHttp.Response demo(String method, String path) {
        return new SimulatorHttp().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/sandbox/shopify/demo" + path)).method(method, HttpRequest.BodyPublishers.noBody()));
    }
}
