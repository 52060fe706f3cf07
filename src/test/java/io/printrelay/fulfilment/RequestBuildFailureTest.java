package io.printrelay.fulfilment;

import io.printrelay.PrintRelayTest;
import io.printrelay.TestItems;
import io.printrelay.TestOrders;
import io.printrelay.api.ApiClient;
import io.printrelay.connector.fourover.FourOverOrderBuilder;
import io.printrelay.sandbox.fourover.FourOverSimulator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.doThrow;

/**
 * The send-once discipline when the request cannot be built after the jobs were claimed, through the shipped
 * fourover-submit route. The mapping processor refuses every value a builder cannot take before any claim, so only a
 * builder bug gets here: it is played by the real 4over builder failing once.
 */
@PrintRelayTest
class RequestBuildFailureTest {

    static final int ERRORS = 7;

    @LocalServerPort
    int port;
    @Autowired
    FulfilmentStore fulfilment;
    @Autowired
    FourOverSimulator simulator;
    @MockitoSpyBean
    FourOverOrderBuilder builder;
    @Autowired
    io.printrelay.management.Operations operations;

    @Test
    void aRequestThatCannotBeBuiltReleasesTheClaimAndTheJobsAreSentLaterOnce() {
        doThrow(new IllegalStateException("a builder bug")).doCallRealMethod().when(builder).build(any(), anyList());
        ApiClient api = ApiClient.sandbox(port);
        String id = api.post("/orders", TestOrders.json(TestOrders.unique(), null, TestItems.cards(2, TestItems.art())))
                .body().path("order").path("id").asText();
        long orderId = Long.parseLong(id);

        await().until(() -> api.folderOf(id) == ERRORS);
        assertThat(api.history(id)).anyMatch(note -> note.contains("the 4over request for order PR-" + id
                + " could not be built, nothing was sent (a builder bug): fix the order and retry"));
        assertThat(fulfilment.jobs(orderId)).hasSize(2).allMatch(job -> job.state() == JobState.PENDING);

        operations.retryErrors();

        await().until(() -> fulfilment.jobs(orderId).stream().allMatch(job -> job.state() == JobState.SUBMITTED));
        assertThat(simulator.ordersReceived().stream().filter(o -> o.path("order_id").asText().equals("PR-" + id)))
                .hasSize(1);
    }
}
