package io.printrelay.connector.fourover;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.printrelay.PrintRelayTest;
import io.printrelay.TestOrders;
import io.printrelay.api.ApiClient;
import io.printrelay.fulfilment.FulfilmentStore;
import io.printrelay.fulfilment.JobState;
import io.printrelay.management.Operations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 4over down (every POST /orders a 503, played by WireMock): once the circuit breaker has seen enough of it, orders are
 * held back instead of hammering 4over, each retry is in the order's history and in the metrics, and when 4over is
 * back and the circuit has let a trial call through, every order is sent once.
 */
@PrintRelayTest
@TestPropertySource(properties = {"printrelay.fulfilment.settle=0s", "printrelay.circuit-breaker.window=4",
        "printrelay.circuit-breaker.minimum-calls=4", "printrelay.circuit-breaker.failure-rate=50",
        "printrelay.circuit-breaker.open-for=2s"})
class FourOverCircuitBreakerTest {

    static final WireMockServer FOUR_OVER = new WireMockServer(options().dynamicPort());
    static final String ACCEPTED = "{\"order_status\":\"Success\",\"job_ids\":[\"Z55500000001-001\"],\"errors\":[]}";

    static {
        FOUR_OVER.start();
    }

    @DynamicPropertySource
    static void fourOverAtWireMock(DynamicPropertyRegistry registry) {
        registry.add("printrelay.vendors.fourover.base-url", FOUR_OVER::baseUrl);
    }

    @AfterAll
    static void stop() {
        FOUR_OVER.stop();
    }

    @LocalServerPort
    int port;
    @Autowired
    FulfilmentStore fulfilment;
    @Autowired
    Operations operations;
    @Autowired
    MeterRegistry meters;

    @Test
    void aVendorThatIsDownIsLeftAloneAndEveryOrderIsSentOnceWhenItIsBack() {
        ApiClient api = ApiClient.sandbox(port);
        FOUR_OVER.stubFor(post(urlPathEqualTo("/orders")).willReturn(aResponse().withStatus(503)));

        // the first order: its send and 3 retries are all 503, which opens the circuit (4 calls, 100% failed)
        String first = createOrder(api);
        await().atMost(Duration.ofSeconds(10)).until(() -> jobState(first) == JobState.PENDING
                && api.history(first).stream().anyMatch(n -> n.contains("is still not taking order")));
        FOUR_OVER.verify(4, postRequestedFor(urlPathEqualTo("/orders")));
        assertThat(circuitOpen()).isEqualTo(1.0);
        assertThat(api.history(first)).anyMatch(n -> n.startsWith("4over did not take order PR-" + first
                + " (HTTP 503): sending it again, attempt 2 of 4"));

        // the next orders are held back: not one more request reaches 4over while the circuit is open
        List<String> heldBack = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            heldBack.add(createOrder(api));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> heldBack.stream().allMatch(id ->
                jobState(id) == JobState.PENDING && api.history(id).stream()
                        .anyMatch(n -> n.contains("is still not taking order") && n.contains("(circuit open)"))));
        FOUR_OVER.verify(4, postRequestedFor(urlPathEqualTo("/orders")));
        assertThat(meters.counter("printrelay.vendor.retries", "route", "fourover-submit", "reason", "HTTP 503")
                .count()).isEqualTo(3.0);
        assertThat(meters.counter("printrelay.vendor.retries", "route", "fourover-submit", "reason", "circuit open")
                .count()).isEqualTo(9.0);

        // 4over is back; once the circuit lets a trial through, the sweep sends every waiting order once
        FOUR_OVER.resetAll();
        FOUR_OVER.stubFor(post(urlPathEqualTo("/orders")).willReturn(aResponse().withStatus(200).withBody(ACCEPTED)));
        await().atMost(Duration.ofSeconds(10)).until(() -> circuitOpen() == 0.0);
        operations.pollNow("fulfilment-sweep");

        List<String> all = new ArrayList<>(heldBack);
        all.add(first);
        await().atMost(Duration.ofSeconds(20)).until(() -> all.stream().allMatch(id -> api.folderOf(id) == 3));
        FOUR_OVER.verify(4, postRequestedFor(urlPathEqualTo("/orders")));
        assertThat(all).allMatch(id -> jobState(id) == JobState.SUBMITTED);
    }

    private double circuitOpen() {
        return meters.get("printrelay.vendor.circuit.open").tag("vendor", "fourover").gauge().value();
    }

    /** The order's one job's state; null before it is planned. */
    private JobState jobState(String orderId) {
        return fulfilment.jobs(Long.parseLong(orderId)).stream().findFirst().map(job -> job.state()).orElse(null);
    }

    private static String createOrder(ApiClient api) {
        ApiClient.Response created = api.post("/orders", TestOrders.json(TestOrders.unique(), null,
                "{\"name\":\"Business cards\",\"code\":\"bc\",\"quantity\":1,\"metadata\":{"
                        + "\"product_uuid\":\"p-1\",\"runsize_uuid\":\"r-1\",\"turnaroundtime_uuid\":\"t-1\","
                        + "\"colorspec_uuid\":\"c-1\",\"print_url\":\"https://art.example/front.pdf\"}}"));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.body().path("order").path("id").asText();
    }
}
