package io.printrelay.connector.pov;

import io.printrelay.PrintRelayApplication;
import io.printrelay.PrintRelayTest;
import io.printrelay.TestOrders;
import io.printrelay.api.ApiClient;
import io.printrelay.fulfilment.FulfilmentStore;
import io.printrelay.fulfilment.JobState;
import io.printrelay.fulfilment.VendorJob;
import io.printrelay.management.Operations;
import io.printrelay.sandbox.pov.PovOrder;
import io.printrelay.sandbox.pov.PovOrderLine;
import io.printrelay.sandbox.pov.PovSimulator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.util.List;

import static io.printrelay.config.BoundSettings.refusedKeys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * POV misbehaving: the same retry policy as 4over (shared). A send whose answer was lost gives its lines back and is
 * sent again at the next sweep: POV answers the reference it has with 409 "Duplicate reference", and the lookup by
 * reference shows the lines it has, so there is never a second POV order. The simulator answers 3 s late to
 * references containing SIM-SLOW. The sweep runs only when a test says so ({@code pollNow}).
 */
@PrintRelayTest
@TestPropertySource(properties = {"printrelay.vendors.pov.order-prefix=SIM-SLOW-",
        "printrelay.vendors.pov.request-timeout=500ms", "printrelay.sandbox.pov.step-millis=3600000",
        "printrelay.fulfilment.settle=0s", "printrelay.fulfilment.sweep=0 0 0 1 1 ? 2099"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PovFaultsTest {

    @LocalServerPort
    int port;
    @Autowired
    PovSimulator pov;
    @Autowired
    FulfilmentStore fulfilment;
    @Autowired
    Operations operations;
    ApiClient api;

    @BeforeEach
    void client() {
        api = ApiClient.sandbox(port);
    }

    @Test
    void aSendWhoseAnswerWasLostIsSentAgainAndConfirmedByTheDuplicateReference() {
        String id = create();

        sentAgainAfterALostAnswer(id, "SIM-SLOW-" + id);

        await().atMost(Duration.ofSeconds(10)).until(() -> api.folderOf(id) == 3);
        assertThat(fulfilment.jobs(Long.parseLong(id))).allMatch(job -> job.state() == JobState.SUBMITTED
                && pov.orderByReference("SIM-SLOW-" + id).orElseThrow().orderId().equals(job.vendorJobId()));
        assertThat(api.history(id)).filteredOn(n -> n.startsWith("Submitted to POV"))
                .singleElement().asString().startsWith("Submitted to POV as SIM-SLOW-" + id + " (already received)");
        assertThat(received("SIM-SLOW-" + id)).as("the send and the send again; POV made one order").isEqualTo(2);
    }

    @Test
    void anAddedLineWhoseAnswerWasLostIsConfirmedByItsOwnReference() {
        String id = create();
        sentAgainAfterALostAnswer(id, "SIM-SLOW-" + id);
        await().atMost(Duration.ofSeconds(10)).until(() -> api.folderOf(id) == 3);

        assertThat(api.post("/orders/" + id + "/order-items", PovEndToEndTest.mug()).status()).isEqualTo(201);
        sendAgain(id);
        sentAgainAfterALostAnswer(id, "SIM-SLOW-" + id + "-2");

        await().atMost(Duration.ofSeconds(10)).until(() -> api.folderOf(id) == 3);
        List<VendorJob> lines = fulfilment.jobs(Long.parseLong(id));
        assertThat(lines).hasSize(2).allMatch(line -> line.state() == JobState.SUBMITTED);
        PovOrder added = pov.orderByReference("SIM-SLOW-" + id + "-2").orElseThrow();
        assertThat(lines.get(1).vendorJobId()).isEqualTo(added.orderId());
        assertThat(added.items()).extracting(PovOrderLine::lineReference).containsExactly(lines.get(1).jobName());
        assertThat(pov.orderByReference("SIM-SLOW-" + id).orElseThrow().items()).hasSize(1);
        assertThat(api.history(id)).anyMatch(n -> n.startsWith("Submitted to POV as SIM-SLOW-" + id
                + "-2 (already received)"));
        assertThat(received("SIM-SLOW-" + id)).isEqualTo(2);
        assertThat(received("SIM-SLOW-" + id + "-2")).isEqualTo(2);
    }

    @Test
    void aLookupThatFailsAfterADuplicateReferenceIsRetriedAndTheOrderIsConfirmedOnce() {
        pov.failNextLookups(1, 503);
        String id = create();

        sentAgainAfterALostAnswer(id, "SIM-SLOW-" + id);

        await().atMost(Duration.ofSeconds(10)).until(() -> api.folderOf(id) == 3);
        PovOrder atPov = pov.orderByReference("SIM-SLOW-" + id).orElseThrow();
        assertThat(fulfilment.jobs(Long.parseLong(id))).singleElement().matches(job -> job.state() == JobState.SUBMITTED
                && job.vendorJobId().equals(atPov.orderId()));
        assertThat(atPov.items()).hasSize(1);
        assertThat(api.history(id)).filteredOn(n -> n.startsWith("Submitted to POV")).singleElement().asString()
                .startsWith("Submitted to POV as SIM-SLOW-" + id + " (already received)");
        assertThat(received("SIM-SLOW-" + id)).isEqualTo(2);
    }

    @Test
    void aGatewayErrorGivesTheLinesBackAndTheNextSweepSendsThemOnce() {
        pov.failNextOrders(1, 502);
        String id = create();

        await().atMost(Duration.ofSeconds(10)).until(() -> fulfilment.jobs(Long.parseLong(id)).stream()
                .allMatch(job -> job.state() == JobState.PENDING && job.message() != null
                        && job.message().contains("HTTP 502")));
        assertThat(api.folderOf(id)).isEqualTo(1);
        assertThat(pov.orderByReference("SIM-SLOW-" + id)).isEmpty();
        operations.pollNow("fulfilment-sweep");
        sentAgainAfterALostAnswer(id, "SIM-SLOW-" + id);

        await().atMost(Duration.ofSeconds(10)).until(() -> api.folderOf(id) == 3);
        assertThat(fulfilment.jobs(Long.parseLong(id))).singleElement().matches(job -> job.state() == JobState.SUBMITTED
                && job.vendorJobId().equals(pov.orderByReference("SIM-SLOW-" + id).orElseThrow().orderId()));
        assertThat(api.history(id)).filteredOn(n -> n.startsWith("Submitted to POV")).hasSize(1);
        assertThat(received("SIM-SLOW-" + id)).as("502, created (answer lost), 409").isEqualTo(3);
    }

    @Test
    void turnedAwayRequestsAreRetriedAndTheOrderIsCreatedOnce() {
        pov.failNextOrders(2, 503);

        String id = create();

        // redelivered twice, created by the third attempt, whose answer comes too late (SIM-SLOW)
        sentAgainAfterALostAnswer(id, "SIM-SLOW-" + id);
        await().atMost(Duration.ofSeconds(10)).until(() -> api.folderOf(id) == 3);
        assertThat(received("SIM-SLOW-" + id)).isEqualTo(4);
        assertThat(pov.orderByReference("SIM-SLOW-" + id)).isPresent();
        assertThat(api.history(id)).filteredOn(n -> n.startsWith("Submitted to POV")).hasSize(1);
    }

    @Test
    void liveModeRefusesToStartWithoutACustomerId() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(PrintRelayApplication.class).run(
                "--printrelay.vendors.pov.mode=live", "--printrelay.vendors.pov.customer-id=",
                "--spring.datasource.url=jdbc:hsqldb:mem:live-pov", "--server.port=0",
                "--camel.component.jolokia.server-config.port=0", "--spring.jmx.enabled=false").close())
                .satisfies(failure -> assertThat(refusedKeys(failure)).contains("printrelay.vendors.pov.customer-id"));
    }

    private long received(String reference) {
        return pov.ordersReceived().stream().filter(o -> o.path("reference").asText().equals(reference)).count();
    }

    /**
     * The send timed out, though POV made the order: its lines are given back (not flagged), and the next sweep
     * sends them again.
     */
    private void sentAgainAfterALostAnswer(String id, String reference) {
        await().atMost(Duration.ofSeconds(10)).until(() -> pov.orderByReference(reference).isPresent()
                && fulfilment.jobs(Long.parseLong(id)).stream().anyMatch(job -> job.state() == JobState.PENDING
                && job.message() != null && job.message().startsWith("no answer")));
        operations.pollNow("fulfilment-sweep");
    }

    private void sendAgain(String id) {
        api.post("/move-orders", "{\"order_id_list\":[" + id + "],\"destination_folder_name\":\"New\"}");
        operations.pollNow("fulfilment-sweep");
    }

    private String create() {
        ApiClient.Response created = api.post("/orders", TestOrders.json(TestOrders.unique(), null,
                PovEndToEndTest.tee(1)));
        assertThat(created.status()).isEqualTo(201);
        return created.body().path("order").path("id").asText();
    }

}
