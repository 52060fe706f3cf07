package io.printrelay.sandbox.fourover;

import com.fasterxml.jackson.databind.JsonNode;
import io.printrelay.PrintRelayTest;
import io.printrelay.sandbox.SimulatorHttp;
import io.printrelay.sandbox.fourover.FourOverSandboxClient.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;

import static io.printrelay.sandbox.fourover.FourOverSimulatorTest.businessCards;
import static io.printrelay.sandbox.fourover.FourOverSimulatorTest.order;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code GET /sandbox/stats} tells of the simulated 4over, over real HTTP: the customer orders it accepted a
 * job of, when it first did, and when each order's last job became Complete: Shipped. The shared context's steps
 * last 3 s, so a job ships only when the test moves it on.
 */
@PrintRelayTest
class FourOverStatsTest {

    @LocalServerPort
    int port;

    @Autowired
    FourOverSimulator simulator;

    private final SimulatorHttp http = new SimulatorHttp();
    private FourOverSandboxClient fourOver;

    @BeforeEach
    void startClean() {
        simulator.reset();
        fourOver = FourOverSandboxClient.sandbox(port);
    }

    @Test
    void onlyOrdersWithAJobAcceptedAreReceivedAndAnOrderShipsWithItsLastJob() {
        Response placed = fourOver.post("/orders", order("PR-2001", "", businessCards("PR-2001-1"),
                businessCards("PR-2001-2")));
        fourOver.post("/orders", order("PR-2002", "sim-failed", businessCards("PR-2002-1")));
        Response refused = fourOver.post("/orders", "{\"order_id\":\"PR-2003\"}");
        List<String> jobIds = new ArrayList<>();
        placed.body().path("job_ids").fieldNames().forEachRemaining(jobIds::add);
        JsonNode fresh = stats(false);

        assertThat(placed.status()).isEqualTo(200);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(jobIds).hasSize(2);
        assertThat(fresh.path("orders").asInt()).as("PR-2001 only").isEqualTo(1);
        assertThat(fresh.path("jobs").asInt()).isEqualTo(2);
        assertThat(fresh.path("jobs_shipped").asInt()).isZero();
        assertThat(fresh.path("orders_shipped").asInt()).isZero();
        assertThat(fresh.has("by_order")).isFalse();

        simulator.advanceTo(jobIds.get(0), JobStatus.COMPLETE_SHIPPED);
        JsonNode oneShipped = stats(true);
        simulator.advanceTo(jobIds.get(1), JobStatus.COMPLETE_SHIPPED);
        JsonNode bothShipped = stats(true);

        assertThat(oneShipped.path("jobs_shipped").asInt()).isEqualTo(1);
        assertThat(oneShipped.path("orders_shipped").asInt()).as("one job still in production").isZero();
        JsonNode received = oneShipped.path("by_order").path("PR-2001");
        assertThat(received.get(0).asLong()).isPositive();
        assertThat(received.get(1).asLong()).isZero();
        assertThat(bothShipped.path("orders_shipped").asInt()).isEqualTo(1);
        assertThat(bothShipped.path("by_order").size()).isEqualTo(1);
        JsonNode shipped = bothShipped.path("by_order").path("PR-2001");
        assertThat(shipped.get(0)).isEqualTo(received.get(0));
        assertThat(shipped.get(1).asLong()).isPositive();
    }

    @Test
    void theSameOrderSentAgainKeepsItsFirstReceiptAndACanceledJobNeverShips() {
        Response first = fourOver.post("/orders", order("PR-2101", "", businessCards("PR-2101-1")));
        long receivedFirst = stats(true).path("by_order").path("PR-2101").get(0).asLong();
        fourOver.post("/orders", order("PR-2101", "", businessCards("PR-2101-1")));
        String jobId = first.body().path("job_ids").fieldNames().next();
        simulator.cancel(jobId);
        JsonNode after = stats(true);

        assertThat(after.path("orders").asInt()).isEqualTo(1);
        assertThat(after.path("jobs").asInt()).isEqualTo(2);
        assertThat(after.path("by_order").path("PR-2101").get(0).asLong()).isEqualTo(receivedFirst);
        assertThat(after.path("jobs_shipped").asInt()).isZero();
    }

    private JsonNode stats(boolean withOrders) {
        SimulatorHttp.Response response = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/sandbox/stats" + (withOrders ? "?orders=true" : ""))).GET());
        assertThat(response.status()).isEqualTo(200);
        return response.json().path("fourover");
    }
}
