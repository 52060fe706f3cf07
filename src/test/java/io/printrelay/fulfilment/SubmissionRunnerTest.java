package io.printrelay.fulfilment;

import io.printrelay.PrintRelayTest;
import io.printrelay.TestItems;
import io.printrelay.TestOrders;
import io.printrelay.api.ApiClient;
import io.printrelay.mapping.MappedOrder;
import io.printrelay.mapping.VendorProfile;
import io.printrelay.sandbox.fourover.FourOverSimulator;
import io.printrelay.connector.fourover.FourOverSubmitter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The send-once discipline when the request cannot be built after the jobs were claimed. The mapping processor
 * refuses every value a builder cannot take before any claim, so only a builder bug gets here: it is played by
 * the real 4over connector with its builder failing.
 */
@PrintRelayTest
class SubmissionRunnerTest {

    static final int PREPARED = 2;

    @LocalServerPort
    int port;
    @Autowired
    SubmissionRunner runner;
    @Autowired
    VendorRouter router;
    @Autowired
    FulfilmentStore fulfilment;
    @Autowired
    FourOverSubmitter fourOver;
    @Autowired
    FourOverSimulator simulator;

    @Test
    void aRequestThatCannotBeBuiltReleasesTheClaimAndTheJobsAreSentLaterOnce() {
        ApiClient api = ApiClient.sandbox(port);
        String id = api.post("/orders", TestOrders.json(TestOrders.unique(), "\"folder_id\":" + PREPARED,
                TestItems.cards(2, TestItems.art()))).body().path("order").path("id").asText();
        long orderId = Long.parseLong(id);
        VendorSubmission submission = router.plan(orderId).get(0);

        assertThatThrownBy(() -> runner.submit(submission, new BuilderFails(fourOver)))
                .isInstanceOf(OrderProblemException.class)
                .hasMessage("the 4over request for order PR-" + id + " could not be built, nothing was sent (a builder"
                        + " bug): fix the order and retry");
        assertThat(fulfilment.jobs(orderId)).hasSize(2).allMatch(job -> job.state() == JobState.PENDING);

        runner.submit(submission, fourOver);

        assertThat(fulfilment.jobs(orderId)).allMatch(job -> job.state() == JobState.SUBMITTED);
        assertThat(simulator.ordersReceived().stream().filter(o -> o.path("order_id").asText().equals("PR-" + id)))
                .hasSize(1);
    }

    /** The 4over connector, except that its request body cannot be built. */
    private record BuilderFails(VendorGateway vendor) implements VendorGateway {

        public VendorProfile profile() {
            return vendor.profile();
        }

        public String customerOrderId(long orderId) {
            return vendor.customerOrderId(orderId);
        }

        public String requestBody(MappedOrder order, List<VendorJob> jobs) {
            throw new IllegalStateException("a builder bug");
        }

        public VendorHttp.Response send(String body) throws OutcomeUnknownException {
            return vendor.send(body);
        }

        public SubmissionAnswer read(VendorHttp.Response response, List<VendorJob> jobs) {
            return vendor.read(response, jobs);
        }

        public String refusal(VendorHttp.Response response, String customerOrderId) {
            return vendor.refusal(response, customerOrderId);
        }
    }
}
