package io.printrelay.routes;

import io.printrelay.PrintRelayTest;
import io.printrelay.TestItems;
import io.printrelay.TestOrders;
import io.printrelay.api.ApiClient;
import io.printrelay.fulfilment.FulfilmentStore;
import io.printrelay.fulfilment.JobState;
import io.printrelay.fulfilment.Nodes;
import io.printrelay.fulfilment.Submissions;
import io.printrelay.fulfilment.VendorJob;
import io.printrelay.fulfilment.VendorRouter;
import io.printrelay.management.Operations;
import io.printrelay.sandbox.fourover.FourOverSimulator;
import io.printrelay.sandbox.pov.PovCatalog;
import io.printrelay.sandbox.pov.PovSimulator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import java.net.InetAddress;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Jobs left SENDING by a node that is gone (killed mid-request: its claim stays, its heartbeat stops) are settled at
 * the next sweep of any node, not after the five-minute sending-timeout: POV's are sent again (POV recognises its
 * reference), 4over's become "outcome unknown" in Errors at once. A node that is alive keeps its claims. The state a
 * killed node leaves is made here as it makes it: the real planner records the jobs, the store claims them in that
 * node's name; then the shipped fulfilment-sweep route runs.
 */
@PrintRelayTest
@TestPropertySource(properties = {"printrelay.fulfilment.auto-submit=false", "printrelay.nodes.timeout=20s"})
class LostSendersTest {

    static final int ERRORS = 7;
    static final int SUBMITTED = 3;

    @LocalServerPort
    int port;
    @Autowired
    VendorRouter router;
    @Autowired
    Submissions submissions;
    @Autowired
    FulfilmentStore fulfilment;
    @Autowired
    Operations operations;
    @Autowired
    Nodes nodes;
    @Autowired
    PovSimulator pov;
    @Autowired
    FourOverSimulator fourOver;
    @Autowired
    JdbcTemplate jdbc;
    ApiClient api;

    @BeforeEach
    void client() {
        api = ApiClient.sandbox(port);
    }

    @Test
    void aFourOverJobWhoseSenderIsGoneIsAnUnknownOutcomeInErrorsAtOnce() throws Exception {
        String id = create(TestItems.cards(1, TestItems.art()));
        String gone = nodeOnThisHostWhoseProcessEnded();
        claimedBy(id, "fourover", gone);

        operations.pollNow("fulfilment-sweep");

        await().atMost(Duration.ofSeconds(10)).until(() -> api.folderOf(id) == ERRORS);
        VendorJob job = fulfilment.jobs(Long.parseLong(id)).get(0);
        assertThat(job.state()).isEqualTo(JobState.UNKNOWN);
        assertThat(api.history(id)).anyMatch(note -> note.contains("outcome unknown: PrintRelay stopped while"
                + " sending") && note.contains("check job " + job.jobName() + " on 4over")
                && note.contains("forgetUnknownJobs(" + id + ")"));
        assertThat(fourOver.ordersReceived()).as("never sent again blindly")
                .noneMatch(order -> order.path("order_id").asText().endsWith("-" + id));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM nodes WHERE node_id = ?", Integer.class, gone))
                .as("the gone node is forgotten once its jobs are settled").isZero();
    }

    @Test
    void aPovJobWhoseSenderIsGoneIsSentAgainOnceAndTheOrderIsSubmitted() {
        String id = create(tee());
        String gone = nodeOnAnotherHost(LocalDateTime.now(ZoneOffset.UTC).minusMinutes(1));
        claimedBy(id, "pov", gone);

        operations.pollNow("fulfilment-sweep");

        await().atMost(Duration.ofSeconds(10)).until(() -> api.folderOf(id) == SUBMITTED);
        assertThat(fulfilment.jobs(Long.parseLong(id))).singleElement().matches(job -> job.state() == JobState.SUBMITTED);
        assertThat(api.history(id)).anyMatch(note -> note.startsWith("PrintRelay stopped while sending")
                && note.contains("sent again"));
        assertThat(pov.ordersReceived()).filteredOn(o -> o.path("reference").asText().endsWith("-" + id)).hasSize(1);
    }

    @Test
    void theJobsOfALiveNodeAndOfThisNodeAreLeftAlone() {
        String elsewhere = create(tee());
        String mine = create(tee());
        claimedBy(elsewhere, "pov", nodeOnAnotherHost(LocalDateTime.now(ZoneOffset.UTC)));
        claimedBy(mine, "pov", nodes.id());

        // pollNow runs the route on this thread: the settling is done when it returns
        assertThat(operations.pollNow("fulfilment-sweep")).endsWith("ran once");

        assertThat(fulfilment.jobs(Long.parseLong(elsewhere))).singleElement()
                .matches(job -> job.state() == JobState.SENDING);
        assertThat(fulfilment.jobs(Long.parseLong(mine))).singleElement().matches(job -> job.state() == JobState.SENDING);
        assertThat(api.folderOf(elsewhere)).isEqualTo(1);
    }

    @Test
    void aNodeOnThisHostWhoseProcessEndedIsGoneThoughItsHeartbeatIsFresh() throws Exception {
        String gone = nodeOnThisHostWhoseProcessEnded();

        assertThat(nodes.goneOnThisHost()).contains(gone).doesNotContain(nodes.id());
    }

    /** An order in New whose jobs the real planner has recorded (PENDING), nothing sent: auto-submit is off. */
    private String create(String items) {
        ApiClient.Response created = api.post("/orders", TestOrders.json(TestOrders.unique(), null, items));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String id = created.body().path("order").path("id").asText();
        submissions.recordPlan(router.plan(Long.parseLong(id)));
        return id;
    }

    /** What a node leaves when it is killed mid-request: its jobs SENDING, claimed in its name. */
    private void claimedBy(String orderId, String vendor, String node) {
        assertThat(fulfilment.claim(Long.parseLong(orderId), vendor, node)).isNotEmpty();
    }

    /** A node of this host that heartbeat a moment ago, but whose process has ended (killed). */
    private String nodeOnThisHostWhoseProcessEnded() throws Exception {
        Process ended = new ProcessBuilder("java", "-version").redirectErrorStream(true).start();
        ended.getInputStream().readAllBytes();
        ended.waitFor();
        String host = InetAddress.getLocalHost().getHostName();
        String node = host + "/" + ended.pid() + "/killed";
        insertNode(node, host, ended.pid(), LocalDateTime.now(ZoneOffset.UTC));
        return node;
    }

    private String nodeOnAnotherHost(LocalDateTime lastSeen) {
        String node = "elsewhere-" + TestOrders.unique() + "/1/abc";
        insertNode(node, "elsewhere.example", 1, lastSeen);
        return node;
    }

    private void insertNode(String node, String host, long pid, LocalDateTime lastSeen) {
        jdbc.update("INSERT INTO nodes (node_id, host, pid, started_at, last_seen) VALUES (?, ?, ?, ?, ?)", node, host,
                pid, lastSeen, lastSeen);
    }

    private static String tee() {
        return "{\"name\":\"Classic tee\",\"code\":\"tee\",\"quantity\":1,\"metadata\":{\"print_sku\":\""
                + PovCatalog.CLASSIC_TEE_WHITE_L + "\",\"print_url_1\":\"https://art.example/tee.png\","
                + "\"print_location_1\":\"front\"}}";
    }
}
