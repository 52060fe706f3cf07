package io.printrelay.tracking;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.printrelay.PrintRelayTest;
import io.printrelay.TestOrders;
import io.printrelay.api.ApiClient;
import io.printrelay.management.Operations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Orders created through the API hear of their shipments at the configured URL (Order Desk's "send to URL"),
 * signed with the API key, through the durable outbox: an outage delays the return, nothing sends it twice.
 */
@PrintRelayTest
@TestPropertySource(properties = {"printrelay.fulfilment.auto-submit=false",
        "printrelay.tracking-return.batch-size=5", "printrelay.tracking-return.concurrency=4"})
class SendToUrlTrackingTest {

    static final HeldAnswers HELD = new HeldAnswers();
    static final WireMockServer RECEIVER = new WireMockServer(options().dynamicPort().extensions(HELD));

    static {
        RECEIVER.start();
    }

    @DynamicPropertySource
    static void notifyUrl(DynamicPropertyRegistry registry) {
        registry.add("printrelay.sources.api.notify-url", () -> RECEIVER.baseUrl() + "/hooks/orderdesk");
    }

    @AfterAll
    static void stop() {
        HELD.release();
        RECEIVER.stop();
    }

    @LocalServerPort
    int port;
    @Autowired
    Operations operations;
    @Autowired
    TrackingOutbox outbox;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    ApiClient api;

    @BeforeEach
    void reset() {
        // a test that failed half way leaves returns due: they would reach the next test's receiver (one CI run's
        // single timing failure showed up as three)
        HELD.release();
        jdbc.update("UPDATE tracking_returns SET state = 'NOT_NEEDED' WHERE state IN ('PENDING', 'SENDING')");
        RECEIVER.resetAll();
        api = ApiClient.sandbox(port);
    }

    @Test
    void aShipmentAddedThroughTheApiIsPostedToTheUrlSignedWithTheApiKey() throws Exception {
        RECEIVER.stubFor(post(urlPathEqualTo("/hooks/orderdesk")).willReturn(aResponse().withStatus(200)));
        String id = createOrder();

        long shipmentId = addShipment(id, "1ZSENDTOURL1");
        operations.pollNow("tracking-return");

        List<LoggedRequest> sent = RECEIVER.findAll(postRequestedFor(urlPathEqualTo("/hooks/orderdesk")));
        assertThat(sent).hasSize(1);
        String body = sent.get(0).getBodyAsString();
        assertThat(body).contains("\"tracking_number\":\"1ZSENDTOURL1\"").contains("\"id\":\"" + id + "\"");
        assertThat(sent.get(0).getHeader("X-Order-Desk-Store-Id")).isEqualTo("1");
        assertThat(sent.get(0).getHeader("X-Order-Desk-Hash")).isEqualTo(hmac(body, "sandbox-api-key"));
        assertThat(outbox.stateOf(shipmentId)).containsEntry("STATE", "SENT");
        assertThat(api.history(id)).contains("Shipment sent to " + RECEIVER.baseUrl() + "/hooks/orderdesk");
    }

    @Test
    void anOutageAtTheUrlIsRetriedAndTheReturnIsDeliveredOnce() {
        RECEIVER.stubFor(post(urlPathEqualTo("/hooks/orderdesk")).inScenario("outage")
                .whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        RECEIVER.stubFor(post(urlPathEqualTo("/hooks/orderdesk")).inScenario("outage").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(200)));
        String id = createOrder();
        long shipmentId = addShipment(id, "1ZOUTAGE1");

        operations.pollNow("tracking-return");
        assertThat(outbox.stateOf(shipmentId)).containsEntry("STATE", "PENDING").containsEntry("ATTEMPTS", 1);
        assertThat(String.valueOf(outbox.stateOf(shipmentId).get("LAST_ERROR"))).contains("HTTP 503");

        operations.pollNow("tracking-return");
        operations.pollNow("tracking-return");

        assertThat(outbox.stateOf(shipmentId)).containsEntry("STATE", "SENT");
        RECEIVER.verify(2, postRequestedFor(urlPathEqualTo("/hooks/orderdesk")));
    }

    @Test
    void aDroppedConnectionIsLeftToTheOutboxToTryAgain() {
        RECEIVER.stubFor(post(urlPathEqualTo("/hooks/orderdesk")).inScenario("drop")
                .whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
                .willSetStateTo("up"));
        RECEIVER.stubFor(post(urlPathEqualTo("/hooks/orderdesk")).inScenario("drop").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(200)));
        String id = createOrder();
        long shipmentId = addShipment(id, "1ZDROPPED1");

        operations.pollNow("tracking-return");
        assertThat(outbox.stateOf(shipmentId)).containsEntry("STATE", "PENDING").containsEntry("ATTEMPTS", 1);
        RECEIVER.verify(1, postRequestedFor(urlPathEqualTo("/hooks/orderdesk")));

        operations.pollNow("tracking-return");

        assertThat(outbox.stateOf(shipmentId)).containsEntry("STATE", "SENT");
        RECEIVER.verify(2, postRequestedFor(urlPathEqualTo("/hooks/orderdesk")));
    }

    @Test
    void aReturnTheUrlRefusesForGoodIsNotedAndNotTriedAgain() {
        RECEIVER.stubFor(post(urlPathEqualTo("/hooks/orderdesk")).willReturn(aResponse().withStatus(422)
                .withBody("{\"error\":\"order unknown here\"}")));
        String id = createOrder();
        long shipmentId = addShipment(id, "1ZREFUSED1");

        operations.pollNow("tracking-return");
        operations.pollNow("tracking-return");
        operations.pollNow("tracking-return");

        RECEIVER.verify(1, postRequestedFor(urlPathEqualTo("/hooks/orderdesk")));
        assertThat(outbox.stateOf(shipmentId)).containsEntry("STATE", "REFUSED").containsEntry("ATTEMPTS", 1);
        assertThat(api.history(id)).anyMatch(note -> note.equals("Tracking 1ZREFUSED1 not sent: "
                + RECEIVER.baseUrl() + "/hooks/orderdesk answered HTTP 422: {\"error\":\"order unknown here\"}."
                + " Not tried again: once fixed, Operations.retryRefusedReturns() sends it again"));
    }

    @Test
    void theSameTrackingNumberAgainQueuesNoSecondReturn() {
        RECEIVER.stubFor(post(urlPathEqualTo("/hooks/orderdesk")).willReturn(aResponse().withStatus(200)));
        String id = createOrder();
        addShipment(id, "1ZONCE1");
        assertThat(api.post("/orders/" + id + "/shipments", "{\"tracking_number\":\"1ZONCE1\"}").status())
                .isEqualTo(409);

        operations.pollNow("tracking-return");
        operations.pollNow("tracking-return");

        RECEIVER.verify(1, postRequestedFor(urlPathEqualTo("/hooks/orderdesk")));
    }

    @Test
    void aPollSendsAtMostBatchSizeReturnsConcurrencyAtATimeAndTheNextPollTheRest() throws Exception {
        RECEIVER.stubFor(post(urlPathEqualTo("/hooks/orderdesk")).willReturn(aResponse().withStatus(200)
                .withTransformers(HeldAnswers.NAME)));
        List<Long> shipments = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            shipments.add(addShipment(createOrder(), "1ZBATCH" + i));
        }
        HELD.hold();

        CompletableFuture<String> poll = CompletableFuture.supplyAsync(() -> operations.pollNow("tracking-return"));
        try {
            // while their answers are held, the senders' requests are at the receiver side by side, and never more
            // than `concurrency` (4). Seen in CI: sometimes only 3 of the 4 senders send while the answers are held
            // (Camel's parallel split appears to keep one pool thread for itself then): an open question of issue 11,
            // so at least 3 is asserted here, and the bound of 4 strictly.
            await().atMost(Duration.ofSeconds(10)).until(() -> HELD.atOnce() >= 3);
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> HELD.atOnce() <= 4);
        } finally {
            HELD.release();
            poll.get(30, TimeUnit.SECONDS);
        }

        assertThat(HELD.mostAtOnce()).isBetween(3, 4);
        assertThat(shipments.stream().filter(id -> "SENT".equals(outbox.stateOf(id).get("STATE")))).hasSize(5);
        RECEIVER.verify(5, postRequestedFor(urlPathEqualTo("/hooks/orderdesk")));

        operations.pollNow("tracking-return");

        assertThat(shipments).allSatisfy(id -> assertThat(outbox.stateOf(id)).containsEntry("STATE", "SENT"));
        RECEIVER.verify(7, postRequestedFor(urlPathEqualTo("/hooks/orderdesk")));
    }

    /**
     * Holds the answers to the requests that come in until the test releases them, and counts how many were in at
     * once: the senders' concurrency told by the receiver, not by timing (an answer delay of 500 ms, with the first
     * four requests expected within it, failed once on a loaded machine). A held answer is let go after 20 s anyway.
     */
    static final class HeldAnswers implements ResponseDefinitionTransformerV2 {

        static final String NAME = "held-answers";

        private final AtomicInteger atOnce = new AtomicInteger();
        private final AtomicInteger most = new AtomicInteger();
        private volatile CountDownLatch released = new CountDownLatch(0);

        void hold() {
            most.set(0);
            released = new CountDownLatch(1);
        }

        void release() {
            released.countDown();
        }

        int atOnce() {
            return atOnce.get();
        }

        int mostAtOnce() {
            return most.get();
        }

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            most.accumulateAndGet(atOnce.incrementAndGet(), Math::max);
            try {
                released.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                atOnce.decrementAndGet();
            }
            return serveEvent.getResponseDefinition();
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return NAME;
        }
    }

    private String createOrder() {
        return api.post("/orders", TestOrders.json(TestOrders.unique(), null, null)).body().path("order").path("id")
                .asText();
    }

    private long addShipment(String orderId, String tracking) {
        ApiClient.Response added = api.post("/orders/" + orderId + "/shipments", "{\"tracking_number\":\"" + tracking
                + "\",\"carrier_code\":\"UPS\"}");
        assertThat(added.status()).isEqualTo(201);
        return added.body().path("shipment").path("id").asLong();
    }

    private static String hmac(String body, String key) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
