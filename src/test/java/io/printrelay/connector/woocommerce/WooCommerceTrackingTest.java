package io.printrelay.connector.woocommerce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.printrelay.api.ApiClient;
import io.printrelay.fulfilment.FulfilmentStore;
import io.printrelay.fulfilment.VendorJob;
import io.printrelay.management.Operations;
import io.printrelay.sandbox.fourover.FourOverSimulator;
import io.printrelay.sandbox.fourover.JobStatus;
import io.printrelay.sandbox.woocommerce.WooCommerceDemoOrders;
import io.printrelay.sandbox.woocommerce.WooCommerceOrderSpec;
import io.printrelay.sandbox.woocommerce.WooCommerceSimulator;
import io.printrelay.sandbox.woocommerce.WooCommerceWebhookSender;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole loop over HTTP: a WooCommerce webhook → PrintRelay → 4over → shipped → the tracking note back at the
 * simulated shop, and the Woo order completed once everything of it shipped. The sandbox inventory gives the demo
 * SKU its 4over print details.
 */
@WooCommerceTest
class WooCommerceTrackingTest {

    static final int SUBMITTED = 3, SHIPPED = 4;

    @LocalServerPort
    int port;
    @Autowired
    WooCommerceSimulator shop;
    @Autowired
    WooCommerceWebhookSender webhooks;
    @Autowired
    FourOverSimulator fourOver;
    @Autowired
    FulfilmentStore fulfilment;
    @Autowired
    Operations operations;
    ApiClient api;

    @BeforeEach
    void client() {
        shop.reset();
        api = ApiClient.sandbox(port);
    }

    @Test
    void aShippedOrderGetsItsTrackingNoteAndIsCompletedAtWooCommerce() {
        long wooId = placeBusinessCards(1);
        String orderId = importUntilSubmitted(wooId);
        shipAll(orderId);

        operations.pollNow("tracking-return");

        WooCommerceSimulator.OrderView woo = shop.view(wooId).orElseThrow();
        JsonNode shipment = shipments(orderId).get(0);
        assertThat(shipment.path("carrier_code").asText()).isEqualTo("UPS");
        assertThat(woo.notes()).containsExactly(("Shipped via UPS: " + shipment.path("tracking_number").asText() + " "
                + shipment.path("tracking_url").asText()).strip());
        assertThat(woo.customerNotes()).containsExactly(true);
        assertThat(woo.status()).isEqualTo("completed");
        assertThat(api.history(orderId)).anyMatch(note -> note.equals("Tracking "
                + shipment.path("tracking_number").asText() + " sent to WooCommerce order " + wooId
                + " (order completed there)"));
    }

    @Test
    void aNoteWhoseAnswerWasLostIsFoundOnTheRetryAndNotPostedTwice() {
        long wooId = placeBusinessCards(1);
        String orderId = importUntilSubmitted(wooId);
        shipAll(orderId);
        shop.loseNextNoteAnswers(1);

        operations.pollNow("tracking-return");
        assertThat(shop.view(wooId).orElseThrow().notes()).hasSize(1);
        assertThat(shop.view(wooId).orElseThrow().status()).as("the first attempt failed before completing")
                .isEqualTo("processing");
        String tracking = shipments(orderId).get(0).path("tracking_number").asText();
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            operations.pollNow("tracking-return");
            assertThat(api.history(orderId)).contains("Tracking " + tracking + " was already at WooCommerce order "
                    + wooId + " (order completed there)");
        });

        WooCommerceSimulator.OrderView woo = shop.view(wooId).orElseThrow();
        assertThat(woo.notes()).hasSize(1);
        assertThat(woo.status()).isEqualTo("completed");
        assertThat(shop.notePosts()).isEqualTo(1);
        assertThat(shop.noteReads()).isEqualTo(1);
    }

    @Test
    void anOrderWithItemsStillInProductionGetsItsNoteButIsNotCompletedUntilTheLastShips() {
        long wooId = placeBusinessCards(2);
        String orderId = importUntilSubmitted(wooId);
        List<VendorJob> jobs = fulfilment.jobs(Long.parseLong(orderId));
        assertThat(jobs).hasSize(2);

        fourOver.advanceTo(jobs.get(0).vendorJobId(), JobStatus.COMPLETE_SHIPPED);
        operations.pollNow("fourover-status-poll");
        operations.pollNow("tracking-return");

        WooCommerceSimulator.OrderView partly = shop.view(wooId).orElseThrow();
        assertThat(partly.notes()).hasSize(1);
        assertThat(partly.status()).isEqualTo("processing");

        fourOver.advanceTo(jobs.get(1).vendorJobId(), JobStatus.COMPLETE_SHIPPED);
        operations.pollNow("fourover-status-poll");
        operations.pollNow("tracking-return");

        WooCommerceSimulator.OrderView done = shop.view(wooId).orElseThrow();
        assertThat(done.notes()).hasSize(2);
        assertThat(done.status()).isEqualTo("completed");
        assertThat(shop.statusUpdates()).isEqualTo(1);
    }

    @Test
    void aReturnWooCommerceRefusesForGoodIsNotedWithWoosMessageAndNotTriedAgain() {
        long wooId = placeBusinessCards(1);
        String orderId = importUntilSubmitted(wooId);
        shipAll(orderId);
        shop.forget(wooId);

        operations.pollNow("tracking-return");
        operations.pollNow("tracking-return");

        assertThat(shop.notePosts()).isEqualTo(1);
        assertThat(api.history(orderId)).anyMatch(note -> note.contains("WooCommerce refused the tracking note of order "
                + wooId + " (HTTP 404): woocommerce_rest_shop_order_invalid_id: Invalid ID."));
    }

    private long placeBusinessCards(int quantity) {
        WooCommerceOrderSpec spec = WooCommerceOrderSpec.order().line(WooCommerceDemoOrders.BUSINESS_CARDS,
                "Business cards", quantity, "24.00", WooCommerceDemoOrders.artwork(WooCommerceDemoOrders.BUSINESS_CARDS,
                        List.of("front", "back")));
        ObjectNode order = shop.place(spec);
        WooCommerceWebhookSender.Delivered delivered = webhooks.orderCreated(order.toString());
        assertThat(delivered.status()).as(delivered.body()).isEqualTo(200);
        return order.path("id").asLong();
    }

    private String importUntilSubmitted(long wooId) {
        String orderId = api.get("/orders?source_name=WooCommerce&source_id=" + wooId).body().path("orders").get(0)
                .path("id").asText();
        await().atMost(Duration.ofSeconds(10)).until(() -> api.folderOf(orderId) == SUBMITTED);
        return orderId;
    }

    private void shipAll(String orderId) {
        for (VendorJob job : fulfilment.jobs(Long.parseLong(orderId))) {
            fourOver.advanceTo(job.vendorJobId(), JobStatus.COMPLETE_SHIPPED);
        }
        operations.pollNow("fourover-status-poll");
        assertThat(api.folderOf(orderId)).isEqualTo(SHIPPED);
    }

    private JsonNode shipments(String orderId) {
        return api.get("/orders/" + orderId + "/shipments").body().path("shipments");
    }
}
