package io.printrelay.connector.shopify;

import io.printrelay.PrintRelayTest;
import io.printrelay.api.ApiClient;
import io.printrelay.fulfilment.FulfilmentStore;
import io.printrelay.fulfilment.VendorJob;
import io.printrelay.management.Operations;
import io.printrelay.sandbox.fourover.FourOverSimulator;
import io.printrelay.sandbox.fourover.JobStatus;
import io.printrelay.sandbox.shopify.ShopifyOrderSpec;
import io.printrelay.sandbox.shopify.ShopifySimFulfillment;
import io.printrelay.sandbox.shopify.ShopifySimOrder;
import io.printrelay.sandbox.shopify.ShopifySimulator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole loop over HTTP: Shopify → PrintRelay → 4over → shipped → a Shopify fulfillment with the tracking
 * number, of the line items that shipped, once, even when the answer to the first fulfillmentCreate was lost.
 * The sandbox inventory gives the SKU its 4over print details.
 */
@PrintRelayTest
@TestPropertySource(properties = {"printrelay.sandbox.fourover.step-millis=3600000",
        "printrelay.sources.shopify.first-import-date=2026-01-01"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ShopifyTrackingLoopTest {

    static final int SUBMITTED = 3, SHIPPED = 4;

    @LocalServerPort
    int port;
    @Autowired
    ShopifySimulator shop;
    @Autowired
    FourOverSimulator fourOver;
    @Autowired
    FulfilmentStore fulfilment;
    @Autowired
    Operations operations;
    @Autowired
    JdbcTemplate jdbc;
    ApiClient api;

    @BeforeEach
    void client() {
        api = ApiClient.sandbox(port);
    }

    @Test
    void aShopifyOrderIsPrintedShippedAndFulfilledAtShopifyWithItsTrackingNumber() {
        ShopifySimOrder order = shop.place(cards(1));
        String orderId = importAndShip(order);

        operations.pollNow("tracking-return");

        List<ShopifySimFulfillment> fulfillments = shop.order(order.id()).orElseThrow().fulfillments();
        assertThat(fulfillments).hasSize(1);
        assertThat(fulfillments.get(0).trackingNumber()).isEqualTo(trackingOf(orderId));
        assertThat(fulfillments.get(0).trackingCompany()).isEqualTo("UPS");
        assertThat(fulfillments.get(0).notifyCustomer()).isTrue();
        assertThat(fulfillments.get(0).quantities()).isEqualTo(Map.of(order.lineItems().get(0).id(), 1));
        assertThat(shop.order(order.id()).orElseThrow().displayFulfillmentStatus()).isEqualTo("FULFILLED");
        assertThat(api.history(orderId)).anyMatch(note -> note.startsWith("Tracking " + trackingOf(orderId)
                + " sent to Shopify order " + order.name()));
    }

    @Test
    void aFulfillmentWhoseAnswerWasLostIsFoundOnTheRetryAndNotCreatedTwice() {
        ShopifySimOrder order = shop.place(cards(1));
        String orderId = importAndShip(order);
        int requestsBefore = shop.fulfillmentRequests();
        shop.loseNextFulfillmentAnswers(1);

        operations.pollNow("tracking-return");
        assertThat(shop.order(order.id()).orElseThrow().fulfillments()).hasSize(1);
        assertThat(api.history(orderId)).noneMatch(note -> note.startsWith("Tracking "));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            operations.pollNow("tracking-return");
            assertThat(api.history(orderId)).contains("Tracking " + trackingOf(orderId)
                    + " was already at Shopify order " + order.name());
        });

        assertThat(shop.order(order.id()).orElseThrow().fulfillments()).hasSize(1);
        assertThat(shop.fulfillmentRequests()).isEqualTo(requestsBefore + 1);
    }

    @Test
    void aPartialShipmentFulfilsAtShopifyOnlyTheQuantityThatShipped() {
        ShopifySimOrder order = shop.place(cards(3));
        String orderId = importUntilSubmitted(order);
        long lineItem = order.lineItems().get(0).id();
        List<VendorJob> jobs = fulfilment.jobs(Long.parseLong(orderId));
        assertThat(jobs).hasSize(3);

        fourOver.advanceTo(jobs.get(0).vendorJobId(), JobStatus.COMPLETE_SHIPPED);
        operations.pollNow("fourover-status-poll");
        operations.pollNow("tracking-return");

        ShopifySimOrder atShopify = shop.order(order.id()).orElseThrow();
        assertThat(atShopify.fulfillments()).hasSize(1);
        assertThat(atShopify.fulfillments().get(0).trackingNumber())
                .isEqualTo(fourOver.tracking(jobs.get(0).vendorJobId()));
        assertThat(atShopify.fulfillments().get(0).quantities()).isEqualTo(Map.of(lineItem, 1));
        assertThat(atShopify.displayFulfillmentStatus()).isEqualTo("PARTIALLY_FULFILLED");
        assertThat(atShopify.remaining(lineItem)).isEqualTo(2);
    }

    @Test
    void anOrderFulfilledAtShopifyByHandIsNotFulfilledAgain() {
        ShopifySimOrder order = shop.place(cards(1));
        String orderId = importAndShip(order);
        shop.fulfilEverything(order.id(), "BY-HAND-1");

        operations.pollNow("tracking-return");

        assertThat(shop.order(order.id()).orElseThrow().fulfillments()).hasSize(1);
        assertThat(jdbc.queryForList("SELECT state FROM tracking_returns WHERE order_id = ?", String.class,
                Long.parseLong(orderId))).containsExactly("NOT_NEEDED");
        assertThat(api.history(orderId)).noneMatch(note -> note.contains("sent to Shopify"));
    }

    @Test
    void aFulfillmentShopifyRefusesWithUserErrorsIsNotedAndNotTriedAgain() {
        ShopifySimOrder order = shop.place(cards(1));
        String orderId = importAndShip(order);
        int requestsBefore = shop.fulfillmentRequests();
        shop.refuseNextFulfillment("Fulfillment order is not in an open state.");

        operations.pollNow("tracking-return");
        operations.pollNow("tracking-return");

        assertThat(shop.fulfillmentRequests()).isEqualTo(requestsBefore + 1);
        assertThat(shop.order(order.id()).orElseThrow().fulfillments()).isEmpty();
        assertThat(api.history(orderId)).anyMatch(note -> note.startsWith("Tracking " + trackingOf(orderId)
                + " not sent: Shopify refused the fulfillment of order " + order.name()
                + ": Fulfillment order is not in an open state."));
    }

    @Test
    void aShopifyOutageDuringTheReturnIsRetriedAndTheFulfillmentIsCreatedOnce() {
        ShopifySimOrder order = shop.place(cards(1));
        String orderId = importAndShip(order);
        shop.failNextRequests(2, 503);

        operations.pollNow("tracking-return");
        operations.pollNow("tracking-return");
        assertThat(shop.order(order.id()).orElseThrow().fulfillments()).isEmpty();
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            operations.pollNow("tracking-return");
            assertThat(shop.order(order.id()).orElseThrow().fulfillments()).hasSize(1);
        });

        assertThat(shop.order(order.id()).orElseThrow().fulfillments().get(0).trackingNumber())
                .isEqualTo(trackingOf(orderId));
        assertThat(api.history(orderId).stream().filter(note -> note.contains("sent to Shopify"))).hasSize(1);
    }

    private String importAndShip(ShopifySimOrder order) {
        String orderId = importUntilSubmitted(order);
        for (VendorJob job : fulfilment.jobs(Long.parseLong(orderId))) {
            fourOver.advanceTo(job.vendorJobId(), JobStatus.COMPLETE_SHIPPED);
        }
        operations.pollNow("fourover-status-poll");
        assertThat(api.folderOf(orderId)).isEqualTo(SHIPPED);
        return orderId;
    }

    private String importUntilSubmitted(ShopifySimOrder order) {
        operations.pollNow("shopify-import-poll");
        String orderId = api.get("/orders?source_name=Shopify&source_id=" + order.id()).body().path("orders").get(0)
                .path("id").asText();
        await().atMost(Duration.ofSeconds(10)).until(() -> api.folderOf(orderId) == SUBMITTED);
        return orderId;
    }

    private static ShopifyOrderSpec cards(int quantity) {
        return ShopifyOrderSpec.order().item(new ShopifyOrderSpec.Item("BC-14PT-500", "Business cards", quantity,
                "24.00", Map.of(), Map.of("print_url", "https://art.example/front.pdf", "print_location", "front",
                "print_url_2", "https://art.example/back.pdf", "print_location_2", "back")));
    }

    private String trackingOf(String orderId) {
        return api.get("/orders/" + orderId + "/shipments").body().path("shipments").get(0).path("tracking_number")
                .asText();
    }
}
