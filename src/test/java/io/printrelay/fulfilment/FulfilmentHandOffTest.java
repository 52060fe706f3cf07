package io.printrelay.fulfilment;

import io.printrelay.PrintRelayTest;
import io.printrelay.TestItems;
import io.printrelay.TestOrders;
import io.printrelay.api.ApiClient;
import io.printrelay.management.Operations;
import io.printrelay.order.Folder;
import io.printrelay.order.FolderStore;
import io.printrelay.order.Order;
import io.printrelay.order.OrderStore;
import io.printrelay.order.OrderStoreFixtures;
import io.printrelay.sandbox.fourover.FourOverSimulator;
import io.printrelay.sandbox.fourover.SimulatedCatalog.BusinessCards;
import org.apache.camel.CamelContext;
import org.apache.camel.api.management.ManagedCamelContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The hand-off to fulfilment with a queue far smaller than the orders coming at it: every order is submitted, none is
 * refused with "Queue full" or logged as an error, none is queued twice, and 4over gets as many submissions at once as
 * its {@code concurrency} says, never more. The simulated 4over sits behind a {@link VendorGate}.
 */
@PrintRelayTest
@Import(VendorGate.Config.class)
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = {
        "printrelay.sandbox.fourover.step-millis=3600000",
        "printrelay.fulfilment.queue-size=5",
        "printrelay.fulfilment.workers=8",
        "printrelay.fulfilment.settle=0s",
        "printrelay.vendors.fourover.concurrency=4"})
class FulfilmentHandOffTest {

    @LocalServerPort
    int port;
    @Autowired
    OrderStore store;
    @Autowired
    FolderStore folders;
    @Autowired
    Operations operations;
    @Autowired
    FourOverSimulator simulator;
    @Autowired
    VendorGate gate;
    @Autowired
    CamelContext camel;
    ApiClient api;

    @BeforeEach
    void client() {
        api = ApiClient.sandbox(port);
        gate.reset();
    }

    @Test
    void aBurstOfOrdersMuchLargerThanTheQueueIsAllSubmittedWithoutAnError(CapturedOutput log) throws Exception {
        List<Long> ids = postConcurrently(60);

        awaitSubmitted(ids);
        assertThat(log.getAll()).doesNotContain("Queue full").doesNotContain(" ERROR ");
    }

    @Test
    void oneSweepHandsOverAWholeBacklogThroughTheSmallQueue(CapturedOutput log) {
        long newFolder = folders.ensureFolder(Folder.NEW).id();
        List<Long> backlog = IntStream.range(0, 150).mapToObj(n -> store.importOrder(fourOverOrder(),
                newFolder, "test", "waiting in New").order().getId()).toList();

        operations.pollNow("fulfilment-sweep");

        awaitSubmitted(backlog);
        assertThat(log.getAll()).doesNotContain("Queue full").doesNotContain(" ERROR ");
    }

    @Test
    void theSweepLeavesAloneOrdersAlreadyQueuedOrBeingWorked() throws Exception {
        long handedOverBefore = fulfilmentExchanges();
        gate.hold();
        List<Long> ids;
        try {
            // every order is handed over once its POST is answered: some at 4over (held), the rest waiting for a
            // 4over slot or in the queue
            ids = postConcurrently(12);
            await().atMost(Duration.ofSeconds(30)).until(() -> gate.arrived() >= 2);

            operations.pollNow("fulfilment-sweep");
        } finally {
            gate.open();
        }

        awaitSubmitted(ids);
        for (long id : ids) {
            assertThat(simulator.ordersReceived()).filteredOn(o -> o.path("order_id").asText().equals("PR-" + id))
                    .hasSize(1);
            assertThat(api.history(String.valueOf(id))).filteredOn(n -> n.startsWith("Submitted to 4over")).hasSize(1);
        }
        assertThat(fulfilmentExchanges() - handedOverBefore).isEqualTo(ids.size());
    }

    @Test
    void fourOverGetsAsManySubmissionsAtOnceAsItsConcurrencyAndNeverMore() throws Exception {
        gate.inWavesOf(4);

        awaitSubmitted(postConcurrently(12));

        assertThat(gate.mostInFlight()).isEqualTo(4);
    }

    private List<Long> postConcurrently(int count) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<Long>> posted = new ArrayList<>();
            for (int n = 0; n < count; n++) {
                posted.add(clients.submit(() -> {
                    ApiClient.Response created = api.post("/orders", TestOrders.json(TestOrders.unique(), null,
                            TestItems.cards(1, TestItems.art())));
                    assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
                    return created.body().path("order").path("id").asLong();
                }));
            }
            List<Long> ids = new ArrayList<>();
            for (Future<Long> id : posted) {
                ids.add(id.get());
            }
            return ids;
        } finally {
            clients.shutdown();
        }
    }

    private void awaitSubmitted(List<Long> ids) {
        long submitted = folders.ensureFolder(Folder.SUBMITTED).id();
        await().atMost(Duration.ofMinutes(2)).until(() -> ids.stream()
                .allMatch(id -> store.requireOrder(id, false).getFolderId() == submitted));
    }

    private long fulfilmentExchanges() throws Exception {
        return camel.getCamelContextExtension().getContextPlugin(ManagedCamelContext.class)
                .getManagedRoute("order-fulfilment").getExchangesTotal();
    }

    private static Order fourOverOrder() {
        Order order = OrderStoreFixtures.order("backlog", TestOrders.unique());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("product_uuid", BusinessCards.PRODUCT);
        details.put("runsize_uuid", BusinessCards.RUNSIZE_500);
        details.put("colorspec_uuid", BusinessCards.COLORSPEC_4_0);
        details.put("turnaroundtime_uuid", BusinessCards.THREE_DAYS_500_4_0);
        details.put("print_url", "https://art.example/front.pdf");
        order.getOrderItems().get(0).setMetadata(details);
        return order;
    }
}
