package io.printrelay.connector.fourover;

import io.printrelay.PrintRelayTest;
import io.printrelay.TestClock;
import io.printrelay.TestOrders;
import io.printrelay.api.ApiClient;
import io.printrelay.fulfilment.FulfilmentStore;
import io.printrelay.fulfilment.JobState;
import io.printrelay.fulfilment.VendorJob;
import io.printrelay.management.Operations;
import io.printrelay.sandbox.SimulatorRequests;
import io.printrelay.sandbox.SimulatorRequests.Request;
import io.printrelay.sandbox.fourover.FourOverSimulator;
import io.printrelay.sandbox.fourover.JobStatus;
import org.apache.camel.CamelContext;
import org.apache.camel.api.management.ManagedCamelContext;
import org.apache.camel.api.management.mbean.ManagedThrottlerMBean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;

import static io.printrelay.TestItems.art;
import static io.printrelay.TestItems.cards;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The 4over status poll over HTTP against the simulator, with a real shop's waits and the application's clock moved
 * on by hand: a job is asked about once it is due (an hour after 4over accepted it, then at growing waits), soon
 * again once it is about to ship, for its tracking only once complete, and a backlog at the configured rate, in
 * batches, the longest due first. The simulator's requests are counted as its HTTP server saw them.
 */
@PrintRelayTest
@Import({SimulatorRequests.class, TestClock.Config.class})
@TestPropertySource(properties = {
        "printrelay.sandbox.fourover.step-millis=360000000",
        "printrelay.vendors.fourover.status-checks.first-after=1h",
        "printrelay.vendors.fourover.status-checks.interval=15m",
        "printrelay.vendors.fourover.status-checks.max-interval=2h",
        "printrelay.vendors.fourover.status-checks.requests-per-second=5",
        "printrelay.vendors.fourover.status-checks.batch-size=10"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class FourOverStatusChecksTest {

    static final int SUBMITTED = 3, SHIPPED = 4;

    @LocalServerPort
    int port;
    @Autowired
    FourOverSimulator simulator;
    @Autowired
    FulfilmentStore fulfilment;
    @Autowired
    Operations operations;
    @Autowired
    SimulatorRequests requests;
    @Autowired
    TestClock clock;
    @Autowired
    CamelContext camel;
    ApiClient api;

    @BeforeEach
    void client() {
        api = ApiClient.sandbox(port);
        // every test starts with no open job from the tests before it
        fulfilment.openJobs(FourOverProfile.ID).forEach(job -> fulfilment.markCanceled(job, "test over"));
    }

    @Test
    void aYoungJobIsNotAskedAboutADueOneIsAndTheWaitsGrowUpToTheLongest() {
        VendorJob old = submitted(create(1)).get(0);
        assertThat(old.nextCheckAt()).isEqualTo(old.submittedAt().plusHours(1));
        clock.advance(Duration.ofMinutes(61));
        VendorJob young = submitted(create(1)).get(0);

        requests.clear();
        Window poll = poll();
        assertThat(statusGets()).containsExactly(statusPath(old));
        assertThat(trackingGets()).isEmpty();
        poll.assertNextCheck(old, Duration.ofMinutes(15));

        requests.clear();
        poll();
        assertThat(statusGets()).isEmpty();

        clock.advance(Duration.ofMinutes(16));
        requests.clear();
        poll = poll();
        assertThat(statusGets()).containsExactly(statusPath(old));
        // an hour and 17 minutes old: as long again as since its first check was due
        poll.assertNextCheck(old, Duration.ofMinutes(17));

        clock.advance(Duration.ofHours(4));
        requests.clear();
        poll = poll();
        assertThat(statusGets()).containsExactlyInAnyOrder(statusPath(old), statusPath(young));
        poll.assertNextCheck(old, Duration.ofHours(2));
        poll.assertNextCheck(young, Duration.ofHours(2));
    }

    @Test
    void aJobAboutToShipIsAskedAgainSoonAndForItsTrackingOnlyOnceComplete() {
        String id = create(1);
        VendorJob job = submitted(id).get(0);
        clock.advance(Duration.ofHours(3));
        simulator.advanceTo(job.vendorJobId(), JobStatus.ON_PRESS);

        requests.clear();
        Window poll = poll();
        assertThat(statusGets()).containsExactly(statusPath(job));
        poll.assertNextCheck(job, Duration.ofHours(2));

        clock.advance(Duration.ofHours(2));
        simulator.advanceTo(job.vendorJobId(), JobStatus.PACKAGING);
        requests.clear();
        poll = poll();
        assertThat(statusGets()).containsExactly(statusPath(job));
        assertThat(trackingGets()).isEmpty();
        assertThat(fulfilment.jobs(Long.parseLong(id)).get(0).vendorStatus()).isEqualTo("Packaging");
        poll.assertNextCheck(job, Duration.ofMinutes(15));

        clock.advance(Duration.ofMinutes(15));
        simulator.advanceTo(job.vendorJobId(), JobStatus.COMPLETE_SHIPPED);
        requests.clear();
        poll();
        assertThat(statusGets()).containsExactly(statusPath(job));
        assertThat(trackingGets()).containsExactly("/sandbox/4over/orders/" + job.vendorJobId() + "/tracking");
        assertThat(api.folderOf(id)).isEqualTo(SHIPPED);

        clock.advance(Duration.ofDays(1));
        requests.clear();
        poll();
        assertThat(statusGets()).isEmpty();
        assertThat(fulfilment.jobs(Long.parseLong(id))).extracting(VendorJob::state).containsExactly(JobState.SHIPPED);
    }

    @Test
    void aJobCompleteBeforeItsTrackingNumberIsInIsAskedAgainSoonAndShipsOnceTheNumberIsThere() {
        String id = create(1);
        VendorJob job = submitted(id).get(0);
        clock.advance(Duration.ofHours(3));
        simulator.advanceTo(job.vendorJobId(), JobStatus.COMPLETE_SHIPPED);
        simulator.withholdTracking(job.vendorJobId(), true);

        requests.clear();
        Window poll = poll();
        assertThat(trackingGets()).containsExactly("/sandbox/4over/orders/" + job.vendorJobId() + "/tracking");
        assertThat(api.folderOf(id)).isEqualTo(SUBMITTED);
        assertThat(fulfilment.jobs(Long.parseLong(id))).extracting(VendorJob::state).containsExactly(JobState.SUBMITTED);
        // complete: asked again after the shortest wait, not after the two hours its age would give
        poll.assertNextCheck(job, Duration.ofMinutes(15));

        simulator.withholdTracking(job.vendorJobId(), false);
        clock.advance(Duration.ofMinutes(15));
        requests.clear();
        poll();
        assertThat(trackingGets()).containsExactly("/sandbox/4over/orders/" + job.vendorJobId() + "/tracking");
        assertThat(api.folderOf(id)).isEqualTo(SHIPPED);
        assertThat(fulfilment.jobs(Long.parseLong(id))).singleElement()
                .satisfies(shipped -> assertThat(shipped.trackingNumber()).isEqualTo(
                        simulator.tracking(job.vendorJobId())).isNotBlank());
    }

    @Test
    void aBacklogIsAskedAboutAtTheConfiguredRateInBatchesTheLongestDueFirst() {
        List<VendorJob> older = submitted(create(6));
        clock.advance(Duration.ofMinutes(5));
        List<VendorJob> newer = submitted(create(6));
        clock.advance(Duration.ofHours(2));

        ManagedThrottlerMBean throttle = camel.getCamelContextExtension().getContextPlugin(ManagedCamelContext.class)
                .getManagedProcessor("fourover-status-throttle", ManagedThrottlerMBean.class);
        long throttled = throttle.getExchangesTotal();
        requests.clear();
        poll();
        List<Request> first = requests.gets("/status");
        // the longest due make the batch; asked about status-checks.concurrency at once, in any order
        assertThat(first).extracting(Request::path).containsExactlyInAnyOrderElementsOf(
                Stream.concat(older.stream(), newer.stream().limit(4)).map(this::statusPath).toList());
        // 5 per second: any 6 requests in a row span at least a second (a little less for the time they travel)
        for (int i = 0; i + 5 < first.size(); i++) {
            assertThat(Duration.ofNanos(first.get(i + 5).nanoTime() - first.get(i).nanoTime()))
                    .isGreaterThan(Duration.ofMillis(900));
        }
        assertThat(throttle.getMaximumRequests()).isEqualTo(5);
        assertThat(throttle.getTimePeriodMillis()).isEqualTo(1000);
        assertThat(throttle.getMode()).isEqualTo("TotalRequests");
        assertThat(throttle.getExchangesTotal() - throttled).isEqualTo(first.size());

        requests.clear();
        poll();
        assertThat(statusGets()).containsExactlyInAnyOrderElementsOf(newer.stream().skip(4).map(this::statusPath)
                .toList());
    }

    /** The time around one poll, for the next checks it gave. */
    private record Window(LocalDateTime before, LocalDateTime after, FulfilmentStore fulfilment) {

        /** The wait is the given one, give or take the seconds the test itself took (a wait may grow with them). */
        void assertNextCheck(VendorJob job, Duration wait) {
            VendorJob now = fulfilment.jobs(job.orderId()).stream().filter(j -> j.id() == job.id()).findFirst()
                    .orElseThrow();
            assertThat(now.nextCheckAt()).as("next check of %s", job.jobName())
                    .isBetween(before.plus(wait).minusSeconds(1), after.plus(wait).plusSeconds(30));
        }
    }

    private Window poll() {
        LocalDateTime before = LocalDateTime.now(clock);
        operations.pollNow("fourover-status-poll");
        return new Window(before, LocalDateTime.now(clock), fulfilment);
    }

    private List<String> statusGets() {
        return requests.gets("/status").stream().map(Request::path).toList();
    }

    private List<String> trackingGets() {
        return requests.gets("/tracking").stream().map(Request::path).toList();
    }

    private String statusPath(VendorJob job) {
        return "/sandbox/4over/orders/" + job.vendorJobId() + "/status";
    }

    private List<VendorJob> submitted(String id) {
        await().atMost(Duration.ofSeconds(10)).until(() -> api.folderOf(id) == SUBMITTED);
        return fulfilment.jobs(Long.parseLong(id));
    }

    private String create(int jobs) {
        ApiClient.Response created = api.post("/orders", TestOrders.json(TestOrders.unique(), null,
                cards(jobs, art())));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.body().path("order").path("id").asText();
    }
}
