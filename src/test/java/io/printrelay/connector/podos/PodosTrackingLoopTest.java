package io.printrelay.connector.podos;

import io.printrelay.PrintRelayTest;
import io.printrelay.api.ApiClient;
import io.printrelay.fulfilment.FulfilmentStore;
import io.printrelay.fulfilment.VendorJob;
import io.printrelay.management.JolokiaClient;
import io.printrelay.management.Operations;
import io.printrelay.sandbox.SimulatorHttp;
import io.printrelay.sandbox.fourover.FourOverSimulator;
import io.printrelay.sandbox.fourover.JobStatus;
import io.printrelay.sandbox.podos.DemoCatalog;
import io.printrelay.sandbox.podos.FulfilledItem;
import io.printrelay.sandbox.podos.PodosFulfilment;
import io.printrelay.sandbox.podos.PodosOrderSpec;
import io.printrelay.sandbox.podos.PodosOrderStatus;
import io.printrelay.sandbox.podos.PodosPrint;
import io.printrelay.sandbox.podos.PodosSimulator;
import org.jolokia.support.spring.SpringJolokiaAgent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole loop over HTTP: podOS → PrintRelay → 4over → shipped → tracking back to podOS, whose order ends
 * complete with the tracking number. The sandbox inventory gives the podOS SKU its 4over print details.
 */
@PrintRelayTest
@TestPropertySource(properties = "printrelay.sandbox.fourover.step-millis=3600000")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PodosTrackingLoopTest {

    static final int SUBMITTED = 3, SHIPPED = 4;

    @LocalServerPort
    int port;
    @Autowired
    PodosSimulator podos;
    @Autowired
    FourOverSimulator fourOver;
    @Autowired
    FulfilmentStore fulfilment;
    @Autowired
    Operations operations;
    @Autowired
    SpringJolokiaAgent jolokiaAgent;
    ApiClient api;
    JolokiaClient jolokia;

    @BeforeEach
    void client() {
        api = ApiClient.sandbox(port);
        jolokia = new JolokiaClient(jolokiaAgent);
    }

    @Test
    void aPodosOrderIsPrintedShippedAndCompletedAtPodosWithItsTrackingNumber() {
        String orderId = importAndShip("po_loop_1");

        operations.pollNow("tracking-return");

        List<PodosFulfilment> fulfilments = podos.fulfilments("po_loop_1");
        assertThat(fulfilments).hasSize(1);
        assertThat(fulfilments.get(0).trackingNumber()).isEqualTo(trackingOf(orderId));
        assertThat(fulfilments.get(0).carrier()).isEqualTo("UPS");
        assertThat(podos.order("po_loop_1").orElseThrow().status()).isEqualTo(PodosOrderStatus.COMPLETE);
        assertThat(api.history(orderId)).anyMatch(note -> note.startsWith("Tracking " + trackingOf(orderId)
                + " sent to podOS order po_loop_1"));
    }

    @Test
    void aFirstAttemptPostsTheFulfilmentWithoutReadingThePodosOrderFirst() {
        String orderId = importAndShip("po_loop_first");
        int readsBefore = podos.orderReads();
        int requestsBefore = podos.fulfilmentRequests();

        operations.pollNow("tracking-return");

        assertThat(podos.fulfilments("po_loop_first")).hasSize(1);
        assertThat(podos.fulfilmentRequests()).isEqualTo(requestsBefore + 1);
        assertThat(podos.orderReads()).isEqualTo(readsBefore);
        assertThat(api.history(orderId)).anyMatch(note -> note.startsWith("Tracking " + trackingOf(orderId)
                + " sent to podOS order po_loop_first"));
    }

    @Test
    void aFulfilmentWhoseAnswerWasLostIsFoundAtPodosOnTheNextAttemptAndNotPostedTwice() {
        String orderId = importAndShip("po_loop_lost");
        int readsBefore = podos.orderReads();
        int requestsBefore = podos.fulfilmentRequests();
        podos.loseNextFulfilmentAnswers(1, 504);

        operations.pollNow("tracking-return");
        assertThat(podos.fulfilments("po_loop_lost")).hasSize(1);
        assertThat(api.history(orderId)).noneMatch(note -> note.startsWith("Tracking "));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            operations.pollNow("tracking-return");
            assertThat(api.history(orderId)).contains("Tracking " + trackingOf(orderId) + " was already at podOS");
        });

        assertThat(podos.fulfilments("po_loop_lost")).hasSize(1);
        assertThat(podos.fulfilmentRequests()).isEqualTo(requestsBefore + 1);
        assertThat(podos.orderReads()).isEqualTo(readsBefore + 1);
    }

    @Test
    void aPodosOutageDuringTheReturnIsRetriedAndTheFulfilmentArrivesOnce() {
        String orderId = importAndShip("po_loop_2");
        podos.failNextFulfilments(2, 503);

        operations.pollNow("tracking-return");
        operations.pollNow("tracking-return");
        assertThat(podos.fulfilments("po_loop_2")).isEmpty();
        operations.pollNow("tracking-return");
        operations.pollNow("tracking-return");

        assertThat(podos.fulfilments("po_loop_2")).hasSize(1);
        assertThat(podos.order("po_loop_2").orElseThrow().status()).isEqualTo(PodosOrderStatus.COMPLETE);
        assertThat(api.history(orderId).stream().filter(note -> note.contains("sent to podOS"))).hasSize(1);
    }

    @Test
    void aFulfilmentPodosRefusesForGoodIsNotedCountedAndNotTriedAgainUntilAnOperatorRetriesIt() {
        String orderId = importAndShip("po_loop_refused");
        String operationsMBean = jolokia.mbeanOf("io.printrelay:type=Operations,*", operations);
        double refusedBefore = refusedReturnsMetric();
        int requestsBefore = podos.fulfilmentRequests();
        podos.failNextFulfilments(1, 422);

        operations.pollNow("tracking-return");
        operations.pollNow("tracking-return");
        operations.pollNow("tracking-return");

        assertThat(podos.fulfilmentRequests()).isEqualTo(requestsBefore + 1);
        assertThat(podos.fulfilments("po_loop_refused")).isEmpty();
        assertThat(api.history(orderId)).anyMatch(note -> note.startsWith("Tracking " + trackingOf(orderId)
                + " not sent: podOS refused the fulfilment of po_loop_refused (HTTP 422): Simulated failure"
                + " (HTTP 422)"));
        assertThat(refusedReturnsMetric()).isEqualTo(refusedBefore + 1);
        assertThat(jolokia.read(operationsMBean, "RefusedTrackingReturns").asDouble()).isEqualTo(refusedBefore + 1);

        assertThat(jolokia.exec(operationsMBean, "retryRefusedReturns").asText())
                .isEqualTo("1 refused tracking return(s) queued again");
        operations.pollNow("tracking-return");

        assertThat(podos.fulfilments("po_loop_refused")).hasSize(1);
        assertThat(podos.fulfilmentRequests()).isEqualTo(requestsBefore + 2);
        assertThat(refusedReturnsMetric()).isEqualTo(refusedBefore);
    }

    @Test
    void aPartialShipmentReportsToPodosOnlyTheQuantityThatShipped() {
        String orderId = importUntilSubmitted("po_loop_partial", 3);
        String podosItem = podos.order("po_loop_partial").orElseThrow().items().get(0).id();
        List<VendorJob> jobs = fulfilment.jobs(Long.parseLong(orderId));
        assertThat(jobs).hasSize(3);

        fourOver.advanceTo(jobs.get(0).vendorJobId(), JobStatus.COMPLETE_SHIPPED);
        operations.pollNow("fourover-status-poll");
        operations.pollNow("tracking-return");

        List<PodosFulfilment> first = podos.fulfilments("po_loop_partial");
        assertThat(first).hasSize(1);
        assertThat(first.get(0).trackingNumber()).isEqualTo(fourOver.tracking(jobs.get(0).vendorJobId()));
        assertThat(first.get(0).items()).containsExactly(new FulfilledItem(podosItem, 1));

        fourOver.advanceTo(jobs.get(1).vendorJobId(), JobStatus.COMPLETE_SHIPPED);
        fourOver.advanceTo(jobs.get(2).vendorJobId(), JobStatus.COMPLETE_SHIPPED);
        operations.pollNow("fourover-status-poll");
        operations.pollNow("tracking-return");

        List<PodosFulfilment> all = podos.fulfilments("po_loop_partial");
        assertThat(all).hasSize(3);
        assertThat(all).allSatisfy(shipped -> assertThat(shipped.items())
                .containsExactly(new FulfilledItem(podosItem, 1)));
    }

    private String importAndShip(String podosId) {
        String orderId = importUntilSubmitted(podosId, 1);
        for (VendorJob job : fulfilment.jobs(Long.parseLong(orderId))) {
            fourOver.advanceTo(job.vendorJobId(), JobStatus.COMPLETE_SHIPPED);
        }
        operations.pollNow("fourover-status-poll");
        assertThat(api.folderOf(orderId)).isEqualTo(SHIPPED);
        return orderId;
    }

    private String importUntilSubmitted(String podosId, int quantity) {
        podos.addOrder(PodosOrderSpec.order().id(podosId).item(DemoCatalog.BUSINESS_CARDS, quantity, "24.00",
                PodosPrint.front("https://art.example/front.pdf"), PodosPrint.back("https://art.example/back.pdf")));
        operations.pollNow("podos-import-poll");
        String orderId = api.get("/orders?source_name=podOS&source_id=" + podosId).body().path("orders").get(0)
                .path("id").asText();
        await().atMost(Duration.ofSeconds(10)).until(() -> api.folderOf(orderId) == SUBMITTED);
        return orderId;
    }

    /** The gauge as an operator's dashboard reads it, over actuator. */
    private double refusedReturnsMetric() {
        SimulatorHttp.Response answer = new SimulatorHttp().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + port + "/actuator/metrics/printrelay.tracking.returns.refused")).GET());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().path("measurements").get(0).path("value").asDouble();
    }

    private String trackingOf(String orderId) {
        return api.get("/orders/" + orderId + "/shipments").body().path("shipments").get(0).path("tracking_number")
                .asText();
    }

}
