package io.printrelay.tracking;

import com.github.tomakehurst.wiremock.WireMockServer;
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
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Orders created through the API hear of their shipments at the configured URL (Order Desk's "send to URL"),
 * signed with the API key, through the durable outbox: an outage delays the return, nothing sends it twice.
 */
@PrintRelayTest
@TestPropertySource(properties = {"printrelay.fulfilment.auto-submit=false",
        "printrelay.tracking-return.batch-size=5", "printrelay.tracking-return.concurrency=4"})
class SendToUrlTrackingTest {

    static final WireMockServer RECEIVER = new WireMockServer(options().dynamicPort());

    static {
        RECEIVER.start();
    }

    @DynamicPropertySource
    static void notifyUrl(DynamicPropertyRegistry registry) {
        registry.add("printrelay.sources.api.notify-url", () -> RECEIVER.baseUrl() + "/hooks/orderdesk");
    }

    @AfterAll
    static void stop() {
        RECEIVER.stop();
    }

    @LocalServerPort
    int port;
    @Autowired
    Operations operations;
    @Autowired
    TrackingOutbox outbox;
    ApiClient api;

    @BeforeEach
    void reset() {
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
    void aPollSendsAtMostBatchSizeReturnsConcurrencyAtATimeAndTheNextPollTheRest() {
        int answerMillis = 500;
        RECEIVER.stubFor(post(urlPathEqualTo("/hooks/orderdesk"))
                .willReturn(aResponse().withStatus(200).withFixedDelay(answerMillis)));
        List<Long> shipments = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            shipments.add(addShipment(createOrder(), "1ZBATCH" + i));
        }

        operations.pollNow("tracking-return");

        assertThat(shipments.stream().filter(id -> "SENT".equals(outbox.stateOf(id).get("STATE")))).hasSize(5);
        List<Long> received = RECEIVER.findAll(postRequestedFor(urlPathEqualTo("/hooks/orderdesk"))).stream()
                .map(request -> request.getLoggedDate().getTime()).sorted().toList();
        assertThat(received).hasSize(5);
        // four senders: the first four requests were all in before the first answer (one at a time, each request
        // would come at least answerMillis after the one before)
        assertThat(received.get(3) - received.get(0)).isLessThan(answerMillis);

        operations.pollNow("tracking-return");

        assertThat(shipments).allSatisfy(id -> assertThat(outbox.stateOf(id)).containsEntry("STATE", "SENT"));
        RECEIVER.verify(7, postRequestedFor(urlPathEqualTo("/hooks/orderdesk")));
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
