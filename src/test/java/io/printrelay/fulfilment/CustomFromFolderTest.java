package io.printrelay.fulfilment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.printrelay.PrintRelayTest;
import io.printrelay.TestItems;
import io.printrelay.TestOrders;
import io.printrelay.api.ApiClient;
import io.printrelay.management.Operations;
import io.printrelay.sandbox.fourover.FourOverSimulator;
import io.printrelay.sandbox.fourover.MagicCoupons;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With {@code from-folder} set to a folder of one's own (orders wait in New until someone moves them to Ready),
 * an order moved there is sent, moves on to After Import like any other, and is not handed over again; an order
 * retried from Errors goes back there.
 */
@PrintRelayTest
@TestPropertySource(properties = {
        "printrelay.fulfilment.from-folder=Ready",
        "printrelay.fulfilment.settle=0s",
        "printrelay.sandbox.fourover.step-millis=3600000"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class CustomFromFolderTest {

    static final int NEW = 1, SUBMITTED = 3, ERRORS = 7;

    @LocalServerPort
    int port;
    @Autowired
    FourOverSimulator simulator;
    @Autowired
    Operations operations;
    ApiClient api;

    @BeforeEach
    void client() {
        api = ApiClient.sandbox(port);
    }

    @Test
    void anOrderMovedIntoTheFromFolderIsSentOnceAndEndsInTheAfterImportFolder() {
        String id = api.post("/orders", TestOrders.json(TestOrders.unique(), null,
                TestItems.cards(1, TestItems.art()))).body().path("order").path("id").asText();
        operations.pollNow("fulfilment-sweep");
        assertThat(api.folderOf(id)).isEqualTo(NEW);
        assertThat(sentTimes(id)).isZero();

        assertThat(api.post("/move-orders", "{\"order_id_list\":[" + id + "],\"destination_folder_name\":\"Ready\"}")
                .status()).isEqualTo(200);
        operations.pollNow("fulfilment-sweep");

        await().atMost(Duration.ofSeconds(10)).until(() -> api.folderOf(id) == SUBMITTED);
        assertThat(api.history(id)).contains("Moved from Ready to Submitted: every item is at its vendor");
        operations.pollNow("fulfilment-sweep");
        operations.pollNow("fulfilment-sweep");
        assertThat(api.folderOf(id)).isEqualTo(SUBMITTED);
        assertThat(sentTimes(id)).isEqualTo(1);
    }

    @Test
    void aRetriedOrderGoesBackToTheFromFolderAndOnToTheAfterImportFolder() {
        String id = api.post("/orders", TestOrders.json(TestOrders.unique(), "\"checkout_data\":{\"coupon_code\":\""
                + MagicCoupons.SIM_FAILED + "\"}", TestItems.cards(1, TestItems.art()))).body().path("order")
                .path("id").asText();
        api.post("/move-orders", "{\"order_id_list\":[" + id + "],\"destination_folder_name\":\"Ready\"}");
        operations.pollNow("fulfilment-sweep");
        await().atMost(Duration.ofSeconds(10)).until(() -> api.folderOf(id) == ERRORS);
        ObjectNode fixed = (ObjectNode) api.get("/orders/" + id).body().path("order");
        fixed.putObject("checkout_data");
        assertThat(api.put("/orders/" + id, fixed.toString()).status()).isEqualTo(200);

        operations.retryErrors();

        await().atMost(Duration.ofSeconds(10)).until(() -> api.folderOf(id) == SUBMITTED);
        assertThat(api.history(id)).contains("Moved from Errors to Ready: retry requested",
                "Moved from Ready to Submitted: every item is at its vendor");
    }

    private long sentTimes(String id) {
        return simulator.ordersReceived().stream().filter(order -> order.path("order_id").asText().equals("PR-" + id))
                .count();
    }
}
