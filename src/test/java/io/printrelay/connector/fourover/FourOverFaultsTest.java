package io.printrelay.connector.fourover;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.printrelay.PrintRelayTest;
import io.printrelay.TestOrders;
import io.printrelay.api.ApiClient;
import io.printrelay.fulfilment.FulfilmentStore;
import io.printrelay.fulfilment.JobState;
import io.printrelay.fulfilment.VendorJob;
import io.printrelay.management.Operations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 4over misbehaving, played by WireMock: turned-away requests are retried and sent once when 4over is back; a
 * request that got no answer is never re-sent blindly.
 */
@PrintRelayTest
@TestPropertySource(properties = {"printrelay.vendors.fourover.request-timeout=2s", "printrelay.fulfilment.settle=0s"})
class FourOverFaultsTest {

    static final WireMockServer FOUR_OVER = new WireMockServer(options().dynamicPort());
    static final String ACCEPTED = "{\"order_status\":\"Success\",\"job_ids\":[\"Z55500000001-001\"],\"errors\":[]}";

    static {
        FOUR_OVER.start();
        warmUp();
    }

    /**
     * WireMock's first answer can take longer than the 1 s request timeout on a loaded machine; the tests are about
     * PrintRelay's timeouts, not WireMock's start.
     */
    private static void warmUp() {
        try {
            java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(FOUR_OVER.baseUrl() + "/__admin/mappings")).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
        } catch (Exception e) {
            throw new IllegalStateException("WireMock did not answer", e);
        }
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
    ApiClient api;

    @BeforeEach
    void reset() {
        FOUR_OVER.resetAll();
        api = ApiClient.sandbox(port);
    }

    @Test
    void turnedAwayRequestsAreRetriedAndTheOrderIsSentOnce() {
        FOUR_OVER.stubFor(post(urlPathEqualTo("/orders")).inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429)).willSetStateTo("unavailable"));
        FOUR_OVER.stubFor(post(urlPathEqualTo("/orders")).inScenario("busy").whenScenarioStateIs("unavailable")
                .willReturn(aResponse().withStatus(503)).willSetStateTo("back"));
        FOUR_OVER.stubFor(post(urlPathEqualTo("/orders")).inScenario("busy").whenScenarioStateIs("back")
                .willReturn(aResponse().withStatus(200).withBody(ACCEPTED)));

        String id = createOrder();

        await().atMost(Duration.ofSeconds(10)).until(() -> api.folderOf(id) == 3);
        FOUR_OVER.verify(3, postRequestedFor(urlPathEqualTo("/orders")));
        assertThat(fulfilment.jobs(Long.parseLong(id))).extracting(VendorJob::state, VendorJob::vendorJobId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(JobState.SUBMITTED, "Z55500000001-001"));
        assertThat(api.history(id)).anyMatch(note -> note.startsWith("Submitted to 4over as PR-" + id + " (Success)"));
    }

    @Test
    void anOutageLongerThanTheRetriesDelaysTheOrderWithoutLosingIt() {
        FOUR_OVER.stubFor(post(urlPathEqualTo("/orders")).willReturn(aResponse().withStatus(503)));

        String id = createOrder();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                FOUR_OVER.verify(4, postRequestedFor(urlPathEqualTo("/orders"))));
        await().atMost(Duration.ofSeconds(5)).until(() -> fulfilment.jobs(Long.parseLong(id)).get(0).state()
                == JobState.PENDING);
        assertThat(api.folderOf(id)).isEqualTo(1);

        FOUR_OVER.stubFor(post(urlPathEqualTo("/orders")).willReturn(aResponse().withStatus(200).withBody(ACCEPTED)));
        operations.pollNow("fulfilment-sweep");

        await().atMost(Duration.ofSeconds(10)).until(() -> api.folderOf(id) == 3);
        FOUR_OVER.verify(5, postRequestedFor(urlPathEqualTo("/orders")));
    }

    @Test
    void aRequestWithoutAnswerIsFlaggedAndNeverResentBlindly() {
        FOUR_OVER.stubFor(post(urlPathEqualTo("/orders"))
                .willReturn(aResponse().withStatus(200).withBody(ACCEPTED).withFixedDelay(5000)));

        String id = createOrder();

        await().atMost(Duration.ofSeconds(10)).until(() -> api.folderOf(id) == 7);
        String jobName = fulfilment.jobs(Long.parseLong(id)).get(0).jobName();
        assertThat(api.history(id)).anyMatch(note -> note.contains("outcome unknown: check job " + jobName + " on 4over"));
        assertThat(fulfilment.jobs(Long.parseLong(id)).get(0).state()).isEqualTo(JobState.UNKNOWN);

        operations.retryErrors();
        await().atMost(Duration.ofSeconds(10)).until(() -> api.folderOf(id) == 7
                && api.history(id).stream().filter(n -> n.contains("forgetUnknownJobs")).count() == 1);
        FOUR_OVER.verify(1, postRequestedFor(urlPathEqualTo("/orders")));

        // the operator checked 4over: the job is not there, so it may go again
        FOUR_OVER.resetAll();
        FOUR_OVER.stubFor(post(urlPathEqualTo("/orders")).willReturn(aResponse().withStatus(200).withBody(ACCEPTED)));
        operations.forgetUnknownJobs(Long.parseLong(id));
        operations.retryErrors();

        await().atMost(Duration.ofSeconds(10)).until(() -> api.folderOf(id) == 3);
        FOUR_OVER.verify(1, postRequestedFor(urlPathEqualTo("/orders")));
    }

    @Test
    void anAcceptedRequestWithAnUnreadableAnswerIsAnUnknownOutcomeNotARetry() {
        FOUR_OVER.stubFor(post(urlPathEqualTo("/orders"))
                .willReturn(aResponse().withStatus(200).withBody("<html>proxy says hi</html>")));

        String id = createOrder();

        await().atMost(Duration.ofSeconds(10)).until(() -> api.folderOf(id) == 7);
        assertThat(api.history(id)).anyMatch(note -> note.contains("outcome unknown: check job")
                && note.contains("its answer could not be read"));
        assertThat(fulfilment.jobs(Long.parseLong(id)).get(0).state()).isEqualTo(JobState.UNKNOWN);
        FOUR_OVER.verify(1, postRequestedFor(urlPathEqualTo("/orders")));
    }

    private String createOrder() {
        ApiClient.Response created = api.post("/orders", TestOrders.json(TestOrders.unique(), null,
                "{\"name\":\"Business cards\",\"code\":\"bc\",\"quantity\":1,\"metadata\":{"
                        + "\"product_uuid\":\"p-1\",\"runsize_uuid\":\"r-1\",\"turnaroundtime_uuid\":\"t-1\","
                        + "\"colorspec_uuid\":\"c-1\",\"print_url\":\"https://art.example/front.pdf\"}}"));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.body().path("order").path("id").asText();
    }

}
