package io.printrelay.connector.pov;

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
import io.printrelay.sandbox.pov.PovOrderStatus;
import io.printrelay.sandbox.pov.PovSimulator;
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

import static io.printrelay.connector.pov.PovEndToEndTest.mug;
import static io.printrelay.connector.pov.PovEndToEndTest.tee;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The POV status poll over HTTP against the simulator, with a real shop's waits and the application's clock moved
 * on by hand: a POV order is asked about once one of its lines is due, with all its lines; a backlog at the
 * configured rate, in batches, the longest due first. The simulator's requests are counted as its HTTP server saw
 * them.
 */
@PrintRelayTest
@Import({SimulatorRequests.class, TestClock.Config.class})
@TestPropertySource(properties = {
        "printrelay.sandbox.pov.step-millis=360000000",
        "printrelay.vendors.pov.status-checks.first-after=1h",
        "printrelay.vendors.pov.status-checks.interval=15m",
        "printrelay.vendors.pov.status-checks.max-interval=2h",
        "printrelay.vendors.pov.status-checks.requests-per-second=1",
        "printrelay.vendors.pov.status-checks.batch-size=3"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PovStatusChecksTest {

    static final int SUBMITTED = 3, SHIPPED = 4;

    @LocalServerPort
    int port;
    @Autowired
    PovSimulator pov;
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
        // every test starts with no open line from the tests before it
        fulfilment.openJobs(PovProfile.ID).forEach(line -> fulfilment.markCanceled(line, "test over"));
    }

    @Test
    void aYoungPovOrderIsNotAskedAboutADueOneIsWithAllItsLines() {
        String id = create(tee(1), mug());
        List<VendorJob> lines = submitted(id);
        assertThat(lines).hasSize(2).allMatch(line -> line.nextCheckAt().equals(line.submittedAt().plusHours(1)));
        clock.advance(Duration.ofMinutes(61));
        String young = create(tee(1));
        submitted(young);

        requests.clear();
        LocalDateTime before = LocalDateTime.now(clock);
        operations.pollNow("pov-status-poll");
        assertThat(gets()).containsExactly(path(lines.get(0)));
        assertThat(fulfilment.jobs(Long.parseLong(id))).extracting(VendorJob::nextCheckAt)
                .allSatisfy(next -> assertThat(next).isBetween(before.plusMinutes(15).minusSeconds(1),
                        LocalDateTime.now(clock).plusMinutes(15).plusSeconds(30)));

        requests.clear();
        operations.pollNow("pov-status-poll");
        assertThat(gets()).isEmpty();

        pov.advanceTo(lines.get(0).vendorJobId(), PovOrderStatus.SHIPPED);
        clock.advance(Duration.ofMinutes(15));
        requests.clear();
        operations.pollNow("pov-status-poll");
        assertThat(gets()).containsExactly(path(lines.get(0)));
        assertThat(api.folderOf(id)).isEqualTo(SHIPPED);
        assertThat(fulfilment.jobs(Long.parseLong(id))).extracting(VendorJob::state)
                .containsExactly(JobState.SHIPPED, JobState.SHIPPED);
        assertThat(api.folderOf(young)).isEqualTo(SUBMITTED);
    }

    @Test
    void aBacklogIsAskedAboutAtTheConfiguredRateInBatchesTheLongestDueFirst() {
        VendorJob b = submitted(create(tee(1))).get(0);
        clock.advance(Duration.ofMinutes(1));
        VendorJob c = submitted(create(tee(1))).get(0);
        clock.advance(Duration.ofMinutes(1));
        List<VendorJob> a = submitted(create(tee(1), mug()));
        clock.advance(Duration.ofMinutes(1));
        VendorJob d = submitted(create(tee(1))).get(0);
        clock.advance(Duration.ofHours(2));

        ManagedThrottlerMBean throttle = camel.getCamelContextExtension().getContextPlugin(ManagedCamelContext.class)
                .getManagedProcessor("pov-status-throttle", ManagedThrottlerMBean.class);
        long throttled = throttle.getExchangesTotal();
        requests.clear();
        operations.pollNow("pov-status-poll");
        // three lines a poll: b, c and a's first; a's second line goes with it (one POV order, one GET)
        List<Request> first = requests.gets("/sandbox/pov/orders/");
        // the longest due first make the batch; asked about status-checks.concurrency at once, in any order
        assertThat(first).extracting(Request::path).containsExactlyInAnyOrder(path(b), path(c), path(a.get(0)));
        // 1 per second: any 2 requests in a row are a second apart (a little less for the time they travel)
        for (int i = 0; i + 1 < first.size(); i++) {
            assertThat(Duration.ofNanos(first.get(i + 1).nanoTime() - first.get(i).nanoTime()))
                    .isGreaterThan(Duration.ofMillis(900));
        }
        assertThat(throttle.getMaximumRequests()).isEqualTo(1);
        assertThat(throttle.getTimePeriodMillis()).isEqualTo(1000);
        assertThat(throttle.getMode()).isEqualTo("TotalRequests");
        assertThat(throttle.getExchangesTotal() - throttled).isEqualTo(first.size());

        requests.clear();
        operations.pollNow("pov-status-poll");
        assertThat(gets()).containsExactly(path(d));
    }

    private List<String> gets() {
        return requests.gets("/sandbox/pov/orders/").stream().map(Request::path).toList();
    }

    private static String path(VendorJob line) {
        return "/sandbox/pov/orders/" + line.vendorJobId();
    }

    private List<VendorJob> submitted(String id) {
        await().atMost(Duration.ofSeconds(10)).until(() -> api.folderOf(id) == SUBMITTED);
        return fulfilment.jobs(Long.parseLong(id));
    }

    private String create(String... items) {
        ApiClient.Response created = api.post("/orders", TestOrders.json(TestOrders.unique(), null,
                String.join(",", items)));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.body().path("order").path("id").asText();
    }
}
