package io.printrelay.fulfilment;

import io.printrelay.PrintRelayTest;
import io.printrelay.TestItems;
import io.printrelay.TestOrders;
import io.printrelay.api.ApiClient;
import io.printrelay.management.Operations;
import io.printrelay.order.Folder;
import io.printrelay.order.FolderStore;
import io.printrelay.sandbox.fourover.FourOverSimulator;
import io.printrelay.sandbox.fourover.JobStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.doThrow;

/**
 * A poll that finds jobs finished records them and moves their order in one go: when the move fails (as a node
 * killed between the two would leave it), nothing of it is kept and the next poll does all of it. Before, the jobs
 * stayed SHIPPED (or CANCELED), the next poll no longer asked about them, and the order sat in Submitted for good
 * (order 1403 of a .ci/cluster-check crash run). The move is made to fail once, in the real folder store, through
 * the shipped fourover-status-poll route and the 4over simulator.
 */
@PrintRelayTest
@TestPropertySource(properties = "printrelay.sandbox.fourover.step-millis=3600000")
class FinishedJobsMoveTheOrderTogetherTest {

    static final int SUBMITTED = 3, SHIPPED = 4, CANCELED = 6;

    @LocalServerPort
    int port;
    @Autowired
    FourOverSimulator simulator;
    @Autowired
    FulfilmentStore fulfilment;
    @Autowired
    Operations operations;
    @Autowired
    JdbcTemplate jdbc;
    @MockitoSpyBean
    FolderStore folders;
    ApiClient api;

    @BeforeEach
    void client() {
        api = ApiClient.sandbox(port);
    }

    @Test
    void shippedJobsAndTheMoveToAfterShipmentAreKeptTogetherOrNotAtAll() {
        String id = submittedOrder(2);
        List<VendorJob> jobs = fulfilment.jobs(Long.parseLong(id));
        jobs.forEach(job -> simulator.advanceTo(job.vendorJobId(), JobStatus.COMPLETE_SHIPPED));
        doThrow(new IllegalStateException("node killed before the move")).when(folders).ensureFolder("Shipped");

        operations.pollNow("fourover-status-poll");

        // 4over's jobs are asked about one by one: the first shipped is kept (no move yet), the last one is the move
        assertThat(api.folderOf(id)).isEqualTo(SUBMITTED);
        assertThat(fulfilment.jobs(Long.parseLong(id))).extracting(VendorJob::state)
                .containsExactly(JobState.SHIPPED, JobState.SUBMITTED);
        assertThat(api.get("/orders/" + id + "/shipments").body().path("shipments")).hasSize(1);
        assertThat(returnsQueued(id)).isEqualTo(1);
        assertThat(api.history(id)).anyMatch(note -> note.startsWith("Partially shipped: 1 of 2 jobs shipped"));

        org.mockito.Mockito.reset(folders);
        operations.pollNow("fourover-status-poll");

        assertThat(api.folderOf(id)).isEqualTo(SHIPPED);
        assertThat(fulfilment.jobs(Long.parseLong(id))).allMatch(job -> job.state() == JobState.SHIPPED);
        assertThat(api.get("/orders/" + id + "/shipments").body().path("shipments")).hasSize(2);
        assertThat(returnsQueued(id)).isEqualTo(2);
        assertThat(api.history(id)).filteredOn(note -> note.startsWith("Moved from Submitted to Shipped")).hasSize(1);
    }

    @Test
    void aJobCanceledAtTheVendorAndTheMoveToCanceledAreKeptTogetherOrNotAtAll() {
        String id = submittedOrder(1);
        VendorJob job = fulfilment.jobs(Long.parseLong(id)).get(0);
        simulator.cancel(job.vendorJobId());
        doThrow(new IllegalStateException("node killed before the move")).when(folders).ensureFolder(Folder.CANCELED);

        operations.pollNow("fourover-status-poll");

        assertThat(api.folderOf(id)).isEqualTo(SUBMITTED);
        assertThat(fulfilment.jobs(Long.parseLong(id)).get(0).state()).isEqualTo(JobState.SUBMITTED);
        assertThat(api.history(id)).noneMatch(note -> note.startsWith("4over canceled job"));

        org.mockito.Mockito.reset(folders);
        operations.pollNow("fourover-status-poll");

        assertThat(api.folderOf(id)).isEqualTo(CANCELED);
        assertThat(fulfilment.jobs(Long.parseLong(id)).get(0).state()).isEqualTo(JobState.CANCELED);
        assertThat(api.history(id)).filteredOn(note -> note.startsWith("4over canceled job")).hasSize(1);
    }

    private String submittedOrder(int cards) {
        String id = api.post("/orders", TestOrders.json(TestOrders.unique(), null,
                TestItems.cards(cards, TestItems.art()))).body().path("order").path("id").asText();
        await().atMost(Duration.ofSeconds(10)).until(() -> api.folderOf(id) == SUBMITTED);
        return id;
    }

    private int returnsQueued(String id) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM tracking_returns WHERE order_id = ?", Integer.class,
                Long.parseLong(id));
        return count == null ? 0 : count;
    }
}
