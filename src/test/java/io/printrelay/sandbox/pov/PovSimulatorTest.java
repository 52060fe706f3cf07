package io.printrelay.sandbox.pov;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.printrelay.PrintRelayTest;
import io.printrelay.sandbox.SimulatorHttp.Response;
import org.junit.jupiter.api.BeforeEach;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;

import static io.printrelay.sandbox.pov.PovSandboxClient.CUSTOMER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The simulated POV over real HTTP, called as the POV connector calls it. The shared context runs at the shipped
 * pace (4 s per status): a fresh order is {@code received} long after the test has looked, and every later status
 * is reached with {@link PovSimulator#advanceTo}, never by waiting. {@link io.printrelay.sandbox.SandboxOffTest}
 * checks it is all gone in live.
 */
@PrintRelayTest
class PovSimulatorTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    PovSimulator simulator;

    PovSandboxClient pov;

    @BeforeEach
    void startClean() {
        simulator.reset();
        pov = new PovSandboxClient(port);
    }

    @Test
    void anUnknownOrMissingCustomerIs401AndNothingIsRecorded() {
        String placed = accepted(pov.post("/orders", order("PR-401-OK"))).path("order_id").asText();
        int recordedBefore = simulator.ordersReceived().size();
        simulator.failNextOrders(1, 503);

        Response wrong = pov.post("/orders", order("PR-401").put("customer_id", "someone-else"));
        ObjectNode withoutCustomer = order("PR-401");
        withoutCustomer.remove("customer_id");
        Response missing = pov.post("/orders", withoutCustomer);
        Response wrongOnGet = pov.get("/orders/" + placed + "?customer_id=someone-else");
        Response missingOnGet = pov.get("/orders/" + placed);
        Response missingOnLookup = pov.get("/orders?reference=PR-401-OK");

        assertThat(List.of(wrong, missing, wrongOnGet, missingOnGet, missingOnLookup)).allSatisfy(refused -> {
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.body()).isEqualTo("{\"error\":\"Unknown customer id\"}");
        });
        assertThat(simulator.ordersReceived()).as("refused customers are not recorded").hasSize(recordedBefore);
        assertThat(pov.post("/orders", order("PR-401")).status())
                .as("the failure asked for is still pending: a wrong customer does not use it up").isEqualTo(503);
    }

    @Test
    void anOrderModeOtherThanTestOrLiveIs400() {
        for (String mode : List.of("Test", "production", "")) {
            Response response = pov.post("/orders", order("PR-MODE").put("order_mode", mode));

            assertThat(response.status()).as(mode).isEqualTo(400);
            assertThat(response.body()).isEqualTo("{\"error\":\"order_mode must be test or live\"}");
        }
        assertThat(pov.post("/orders", order("PR-LIVE").put("order_mode", "live")).status()).isEqualTo(201);
    }

    @Test
    void aMissingReferenceAddressFieldOrItemIs400NamingTheField() {
        ObjectNode noReference = order("");
        ObjectNode noShipTo = order("PR-400");
        noShipTo.remove("ship_to");
        ObjectNode noItems = order("PR-400");
        noItems.putArray("items");
        ObjectNode noMailClass = order("PR-400");
        noMailClass.remove("mail_class");

        assertBadRequest(pov.post("/orders", noReference), "reference is required");
        assertBadRequest(pov.post("/orders", noShipTo), "ship_to is required");
        assertBadRequest(pov.post("/orders", noItems), "items: at least one item is required");
        assertBadRequest(pov.post("/orders", noMailClass), "mail_class is required");
        for (String field : List.of("name", "address1", "city", "zip", "country")) {
            ObjectNode order = order("PR-400");
            ((ObjectNode) order.path("ship_to")).put(field, " ");
            assertBadRequest(pov.post("/orders", order), "ship_to." + field + " is required");
        }
        ObjectNode withoutOptionalFields = order("PR-400-OK");
        for (String field : List.of("company", "address2", "state", "phone", "email")) {
            ((ObjectNode) withoutOptionalFields.path("ship_to")).remove(field);
        }
        assertThat(pov.post("/orders", withoutOptionalFields).status()).isEqualTo(201);
        assertThat(simulator.ordersReceived()).as("refused bodies are recorded too").hasSize(10);
    }

    @Test
    void anUnknownMailClassIs400() {
        assertBadRequest(pov.post("/orders", order("PR-MC").put("mail_class", "UPS Ground")),
                "Unknown mail class 'UPS Ground'");
        assertBadRequest(pov.post("/orders", order("PR-MC").put("mail_class", "priority")),
                "Unknown mail class 'priority'");
        for (String mailClass : PovCatalog.MAIL_CLASSES) {
            assertThat(pov.post("/orders", order("PR-MC-" + mailClass).put("mail_class", mailClass)).status())
                    .as(mailClass).isEqualTo(201);
        }
    }

    @Test
    void anItemPovCannotMakeIs422NamingTheItem() {
        ObjectNode unknownSku = order("PR-422", item("POV-TEE-PINK-XXL", 1, "https://art.example/a.png"));
        ObjectNode noPrintUrl = order("PR-422", item(PovCatalog.MUG_11OZ, 1, "https://art.example/a.png"),
                item(PovCatalog.POSTER_A2, 1, ""));
        ObjectNode noQuantity = order("PR-422", item(PovCatalog.MUG_11OZ, 1, "https://art.example/a.png"));
        ((ObjectNode) noQuantity.path("items").get(0)).remove("quantity");
        ObjectNode textQuantity = order("PR-422", item(PovCatalog.MUG_11OZ, 1, "https://art.example/a.png"));
        ((ObjectNode) textQuantity.path("items").get(0)).put("quantity", "2");

        assertUnprocessable(pov.post("/orders", unknownSku), "Unknown SKU 'POV-TEE-PINK-XXL' (item 1)");
        assertUnprocessable(pov.post("/orders", noPrintUrl), "print_url is required (item 2)");
        assertUnprocessable(pov.post("/orders", order("PR-422", item(PovCatalog.MUG_11OZ, 0, "https://a.example/a"))),
                "quantity must be at least 1 (item 1)");
        assertUnprocessable(pov.post("/orders", order("PR-422", item(PovCatalog.MUG_11OZ, -3, "https://a.example/a"))),
                "quantity must be at least 1 (item 1)");
        assertUnprocessable(pov.post("/orders", noQuantity), "quantity is required (item 1)");
        assertUnprocessable(pov.post("/orders", textQuantity), "quantity must be a whole number (item 1)");
        assertUnprocessable(pov.post("/orders", order("PR-422", item("", 1, "https://a.example/a"))),
                "sku is required (item 1)");
        assertThat(simulator.orderByReference("PR-422")).as("nothing was created").isEmpty();
    }

    @Test
    void aBodyThatIsNotAJsonObjectIs400() {
        for (String body : List.of("{\"customer_id\":", "[]", "")) {
            Response response = pov.post("/orders", body);

            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.error()).isEqualTo("Invalid JSON body");
        }
        assertThat(simulator.ordersReceived()).isEmpty();
    }

    @Test
    void aGoodOrderIs201ReceivedAndReadsBackByIdAndByReference() throws Exception {
        ObjectNode order = order("PR-1001-A", item(PovCatalog.CLASSIC_TEE_WHITE_L, 2, "https://art.example/tee.png"),
                item(PovCatalog.HOODIE_BLACK_M, 1, "https://art.example/hoodie.png"));

        Response response = pov.post("/orders", order);

        JsonNode accepted = accepted(response);
        String orderId = accepted.path("order_id").asText();
        assertThat(orderId).matches("POV-\\d{8}");
        assertThat(accepted).isEqualTo(MAPPER.readTree(
                "{\"order_id\":\"" + orderId + "\",\"status\":\"received\",\"reference\":\"PR-1001-A\"}"));
        assertThat(simulator.ordersReceived()).containsExactly(order);
        JsonNode expected = MAPPER.readTree("""
                {"order_id":"%s","reference":"PR-1001-A","order_mode":"test","status":"received",
                 "mail_class":"Priority","items":[
                   {"sku":"POV-TEE-WHT-L","quantity":2,"print_url":"https://art.example/tee.png",
                    "prints":[{"url":"https://art.example/tee.png"}]},
                   {"sku":"POV-HOODIE-BLK-M","quantity":1,"print_url":"https://art.example/hoodie.png",
                    "prints":[{"url":"https://art.example/hoodie.png"}]}],
                 "shipments":[]}""".formatted(orderId));
        Response byId = pov.get("/orders/" + orderId + "?customer_id=" + CUSTOMER_ID);
        Response byReference = pov.get("/orders?customer_id=" + CUSTOMER_ID + "&reference=PR-1001-A");
        assertThat(byId.status()).isEqualTo(200);
        assertThat(byId.json()).isEqualTo(expected);
        assertThat(byReference.status()).isEqualTo(200);
        assertThat(byReference.json()).isEqualTo(expected);
        assertThat(simulator.order(orderId)).contains(new PovOrder(orderId, "PR-1001-A", "test",
                PovOrderStatus.RECEIVED, PovCatalog.PRIORITY, List.of(
                new PovOrderLine(PovCatalog.CLASSIC_TEE_WHITE_L, 2, "https://art.example/tee.png", null,
                        List.of(new PovOrderLine.Print("https://art.example/tee.png", null))),
                new PovOrderLine(PovCatalog.HOODIE_BLACK_M, 1, "https://art.example/hoodie.png", null,
                        List.of(new PovOrderLine.Print("https://art.example/hoodie.png", null)))), List.of()));
        assertThat(simulator.orderByReference("PR-1001-A").map(PovOrder::orderId)).contains(orderId);
    }

    @Test
    void linesKeepTheirLineReferenceAndEveryArtworkFileWithItsLocation() {
        ObjectNode tee = item(PovCatalog.CLASSIC_TEE_WHITE_L, 1, "https://art.example/front.png")
                .put("line_reference", "PR-1005-1");
        tee.putArray("prints").add(MAPPER.createObjectNode().put("url", "https://art.example/front.png")
                        .put("location", "front"))
                .add(MAPPER.createObjectNode().put("url", "https://art.example/sleeve.png").put("location", "sleeve"))
                .add(MAPPER.createObjectNode().put("url", "https://art.example/extra.png"));

        String orderId = accepted(pov.post("/orders", order("PR-1005", tee))).path("order_id").asText();

        JsonNode line = pov.get("/orders/" + orderId + "?customer_id=" + CUSTOMER_ID).json().path("items").get(0);
        assertThat(line.path("line_reference").asText()).isEqualTo("PR-1005-1");
        assertThat(line.path("prints")).isEqualTo(tee.path("prints"));
        assertThat(simulator.order(orderId).orElseThrow().items().get(0).prints()).extracting(PovOrderLine.Print::location)
                .containsExactly("front", "sleeve", null);
    }

    @Test
    void badPrintsOrLineReferencesAre422NamingTheItem() {
        ObjectNode notAList = item(PovCatalog.MUG_11OZ, 1, "https://a.example/a");
        notAList.put("prints", "https://a.example/a");
        ObjectNode noUrl = item(PovCatalog.MUG_11OZ, 1, "https://a.example/a");
        noUrl.putArray("prints").add(MAPPER.createObjectNode().put("url", "https://a.example/a"))
                .add(MAPPER.createObjectNode().put("location", "back"));
        ObjectNode numberLocation = item(PovCatalog.MUG_11OZ, 1, "https://a.example/a");
        numberLocation.putArray("prints").add(MAPPER.createObjectNode().put("url", "https://a.example/a")
                .put("location", 2));

        assertUnprocessable(pov.post("/orders", order("PR-422-P", notAList)), "prints must be a list of files (item 1)");
        assertUnprocessable(pov.post("/orders", order("PR-422-P", noUrl)), "prints[1].url is required (item 1)");
        assertUnprocessable(pov.post("/orders", order("PR-422-P", numberLocation)),
                "prints[0].location must be a text (item 1)");
        assertUnprocessable(pov.post("/orders", order("PR-422-P", item(PovCatalog.MUG_11OZ, 1, "https://a.example/a")
                .put("line_reference", 7))), "line_reference must be a non-empty text (item 1)");
        assertUnprocessable(pov.post("/orders", order("PR-422-P",
                item(PovCatalog.MUG_11OZ, 1, "https://a.example/a").put("line_reference", "L-1"),
                item(PovCatalog.POSTER_A2, 1, "https://a.example/b").put("line_reference", "L-1"))),
                "line_reference 'L-1' is used twice (item 2)");
        assertThat(simulator.orderByReference("PR-422-P")).as("nothing was created").isEmpty();
    }

    @Test
    void anUnknownOrderOrReferenceIs404AndALookupWithoutReferenceIs400() {
        Response unknownId = pov.get("/orders/POV-00000000?customer_id=" + CUSTOMER_ID);
        Response unknownReference = pov.get("/orders?customer_id=" + CUSTOMER_ID + "&reference=PR-NOPE");
        Response noReference = pov.get("/orders?customer_id=" + CUSTOMER_ID);

        assertThat(unknownId.status()).isEqualTo(404);
        assertThat(unknownId.body()).isEqualTo("{\"error\":\"Order POV-00000000 not found\"}");
        assertThat(unknownReference.status()).isEqualTo(404);
        assertThat(unknownReference.error()).isEqualTo("Order with reference PR-NOPE not found");
        assertThat(noReference.status()).isEqualTo(400);
        assertThat(noReference.error()).isEqualTo("reference is required");
        assertThat(simulator.order("POV-00000000")).isEmpty();
    }

    @Test
    void theSameReferenceAgainIs409NamingTheOrderThatHasIt() {
        String first = accepted(pov.post("/orders", order("PR-1002"))).path("order_id").asText();
        simulator.cancel(first);

        Response again = pov.post("/orders", order("PR-1002"));
        Response other = pov.post("/orders", order("PR-1003"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).isEqualTo("{\"error\":\"Duplicate reference PR-1002\",\"order_id\":\"" + first + "\"}");
        assertThat(other.status()).isEqualTo(201);
        assertThat(accepted(other).path("order_id").asText()).isNotEqualTo(first);
        assertThat(simulator.orderByReference("PR-1002").map(PovOrder::orderId)).contains(first);
        assertThat(simulator.ordersReceived()).hasSize(3);
    }

    @Test
    void advanceToMovesAnOrderThroughProductionToShippedWithOneUspsShipment() {
        String orderId = accepted(pov.post("/orders", order("PR-1004").put("mail_class", "Ground Advantage")))
                .path("order_id").asText();

        simulator.advanceTo(orderId, PovOrderStatus.IN_PRODUCTION);
        JsonNode inProduction = pov.get("/orders/" + orderId + "?customer_id=" + CUSTOMER_ID).json();
        simulator.advanceTo(orderId, PovOrderStatus.SHIPPED);
        JsonNode shipped = pov.get("/orders/" + orderId + "?customer_id=" + CUSTOMER_ID).json();

        assertThat(inProduction.path("status").asText()).isEqualTo("in_production");
        assertThat(inProduction.path("shipments")).isEmpty();
        assertThat(shipped.path("status").asText()).isEqualTo("shipped");
        assertThat(shipped.path("shipments")).hasSize(1);
        JsonNode shipment = shipped.path("shipments").get(0);
        String tracking = simulator.trackingNumber(orderId);
        assertThat(tracking).matches("9400\\d{18}");
        assertThat(shipment.path("tracking_number").asText()).isEqualTo(tracking);
        assertThat(shipment.path("carrier").asText()).isEqualTo("USPS");
        assertThat(shipment.path("mail_class").asText()).isEqualTo("Ground Advantage");
        assertThat(simulator.order(orderId).orElseThrow().shipments())
                .containsExactly(new PovShipment(tracking, PovCatalog.CARRIER, PovCatalog.GROUND_ADVANTAGE));
        assertThat(pov.get("/orders?customer_id=" + CUSTOMER_ID + "&reference=PR-1004").json()).isEqualTo(shipped);
        assertThatThrownBy(() -> simulator.advanceTo(orderId, PovOrderStatus.CANCELED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> simulator.cancel(orderId)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> simulator.advanceTo("POV-00000000", PovOrderStatus.SHIPPED))
                .isInstanceOf(PovApiException.class).hasMessage("Order POV-00000000 not found");
    }

    @Test
    void anOrderWithTheSimCancelSkuIsCanceledInProductionInsteadOfShipping() {
        String orderId = accepted(pov.post("/orders", order("PR-1005",
                item(PovCatalog.MUG_11OZ, 1, "https://art.example/mug.png"),
                item(PovMagicValues.CANCEL_SKU, 1, "https://art.example/x.png")))).path("order_id").asText();

        simulator.advanceTo(orderId, PovOrderStatus.IN_PRODUCTION);
        String inProduction = status(orderId);
        simulator.advanceTo(orderId, PovOrderStatus.CANCELED);
        JsonNode canceled = pov.get("/orders/" + orderId + "?customer_id=" + CUSTOMER_ID).json();

        assertThat(inProduction).isEqualTo("in_production");
        assertThat(canceled.path("status").asText()).isEqualTo("canceled");
        assertThat(canceled.path("shipments")).isEmpty();
        assertThatThrownBy(() -> simulator.advanceTo(orderId, PovOrderStatus.SHIPPED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(PovMagicValues.CANCEL_SKU);
    }

    @Test
    void anOrderPovCancelsReadsCanceledAndStaysCanceled() {
        String orderId = accepted(pov.post("/orders", order("PR-1006"))).path("order_id").asText();
        simulator.advanceTo(orderId, PovOrderStatus.IN_PRODUCTION);

        simulator.cancel(orderId);
        simulator.cancel(orderId);

        assertThat(status(orderId)).isEqualTo("canceled");
        assertThat(simulator.order(orderId).orElseThrow().shipments()).isEmpty();
        assertThatThrownBy(() -> simulator.advanceTo(orderId, PovOrderStatus.SHIPPED))
                .isInstanceOf(IllegalStateException.class);
        assertThat(status(orderId)).isEqualTo("canceled");
    }

    @Test
    void failedLookupsAnswerTheirStatusThenTheNextOneFindsTheOrder() {
        String orderId = accepted(pov.post("/orders", order("PR-1009"))).path("order_id").asText();
        simulator.failNextLookups(1, 503);

        Response failed = pov.get("/orders?customer_id=" + CUSTOMER_ID + "&reference=PR-1009");
        Response again = pov.get("/orders?customer_id=" + CUSTOMER_ID + "&reference=PR-1009");

        assertThat(failed.status()).isEqualTo(503);
        assertThat(failed.error()).isEqualTo("Service unavailable");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("order_id").asText()).isEqualTo(orderId);
    }

    @Test
    void failedOrdersAnswerTheirStatusAndCreateNothingThenTheNextOneWorks() {
        simulator.failNextOrders(1, 503);

        Response failed = pov.post("/orders", order("PR-1007"));
        Response retried = pov.post("/orders", order("PR-1007"));

        assertThat(failed.status()).isEqualTo(503);
        assertThat(failed.body()).isEqualTo("{\"error\":\"Service unavailable\"}");
        assertThat(retried.status()).as("the failure did not create the order, so the retry is no duplicate")
                .isEqualTo(201);
        assertThat(simulator.ordersReceived()).hasSize(2);

        simulator.failNextOrders(2, 429);
        assertThat(pov.post("/orders", order("PR-1008")).status()).isEqualTo(429);
        assertThat(pov.post("/orders", order("PR-1008")).error()).isEqualTo("Simulated failure (HTTP 429)");
        assertThat(pov.post("/orders", order("PR-1008")).status()).isEqualTo(201);
        assertThatThrownBy(() -> simulator.failNextOrders(1, 200)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReferenceWithSim503IsAlways503AndCreatesNothing() {
        for (String reference : List.of("PR-SIM-503-1", "pr-sim-503-1")) {
            Response response = pov.post("/orders", order(reference));

            assertThat(response.status()).isEqualTo(503);
            assertThat(response.body()).isEqualTo("{\"error\":\"Service unavailable\"}");
            assertThat(simulator.orderByReference(reference)).isEmpty();
        }
        assertThat(pov.post("/orders", order("PR-SIM-503-1").put("order_mode", "nonsense")).status())
                .as("POV is down before it looks at the order").isEqualTo(503);
    }

    @Test
    void aReferenceWithSimSlowIsCreatedButAnsweredLateAndTheRetryFindsIt() {
        ObjectNode order = order("PR-SIM-SLOW-1");

        assertThatThrownBy(() -> pov.post("/orders", order, Duration.ofMillis(500)))
                .hasCauseInstanceOf(HttpTimeoutException.class);
        // The order is created before the late answer; on a slow machine possibly after the client gave up.
        await().atMost(Duration.ofSeconds(2)).until(() -> simulator.orderByReference("PR-SIM-SLOW-1").isPresent());
        Response retry = pov.post("/orders", order);

        assertThat(retry.status()).isEqualTo(409);
        assertThat(retry.json().path("order_id").asText())
                .isEqualTo(simulator.orderByReference("PR-SIM-SLOW-1").orElseThrow().orderId());
    }

    private String status(String orderId) {
        return pov.get("/orders/" + orderId + "?customer_id=" + CUSTOMER_ID).json().path("status").asText();
    }

    private static JsonNode accepted(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    private static void assertBadRequest(Response response, String error) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.error()).isEqualTo(error);
    }

    private static void assertUnprocessable(Response response, String error) {
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.error()).isEqualTo(error);
    }

    /** A good order with one tee, unless other items are given. */
    private static ObjectNode order(String reference, ObjectNode... items) {
        ObjectNode order = MAPPER.createObjectNode()
                .put("customer_id", CUSTOMER_ID)
                .put("order_mode", "test")
                .put("reference", reference)
                .put("mail_class", PovCatalog.PRIORITY);
        order.putObject("ship_to")
                .put("name", "Grace Hopper").put("company", "").put("address1", "1 Harbor Rd").put("address2", "")
                .put("city", "Arlington").put("state", "VA").put("zip", "22202").put("country", "US")
                .put("phone", "555-0101").put("email", "grace@example.com");
        order.putArray("items").addAll(items.length > 0 ? List.of(items)
                : List.of(item(PovCatalog.CLASSIC_TEE_WHITE_L, 1, "https://art.example/tee.png")));
        return order;
    }

    private static ObjectNode item(String sku, int quantity, String printUrl) {
        return MAPPER.createObjectNode().put("sku", sku).put("quantity", quantity).put("print_url", printUrl);
    }
}
