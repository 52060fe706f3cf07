package io.printrelay.sandbox.podos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.printrelay.PrintRelayTest;
import io.printrelay.sandbox.SimulatorHttp.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import static io.printrelay.sandbox.podos.PodosSandboxClient.PROJECT;
import static io.printrelay.sandbox.podos.PodosSandboxClient.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The simulated podOS over real HTTP, called as a podOS client calls it. The outer tests list with the shipped
 * page size (25); {@link WithPagesOfTwo} pages through a few orders, {@link WithTheDemoFeed} lets the demo shop
 * place orders ({@link io.printrelay.sandbox.SandboxOffTest} checks it is all gone in live). The nested contexts
 * are closed after their class, so that only the shared one stays open.
 */
@PrintRelayTest
class PodosSimulatorTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Instant T0 = Instant.parse("2026-11-23T18:00:00Z");

    @LocalServerPort
    int port;

    @Autowired
    PodosSimulator simulator;

    @Autowired
    ApplicationContext context;

    PodosSandboxClient podos;

    @BeforeEach
    void startClean() {
        simulator.reset();
        podos = new PodosSandboxClient(port);
    }

    @Test
    void aWrongOrMissingTokenIs401AndTheTokenMayComeBareOrAsABearer() {
        Response wrong = podos.send(podos.unauthorized("/orders?project=" + PROJECT)
                .header("Authorization", "Bearer guess").GET());
        Response missing = podos.send(podos.unauthorized("/orders?project=" + PROJECT).GET());
        Response wrongOnAPost = podos.send(podos.unauthorized("/orders?project=" + PROJECT)
                .header("Authorization", "guess").POST(HttpRequest.BodyPublishers.ofString("{}")));
        Response bare = podos.send(podos.unauthorized("/orders?project=" + PROJECT).header("Authorization", TOKEN).GET());
        Response bearer = podos.get("/orders");

        assertThat(List.of(wrong, missing, wrongOnAPost)).allSatisfy(refused -> {
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.body()).isEqualTo("{\"error\":\"Invalid API token\"}");
        });
        assertThat(bare.status()).isEqualTo(200);
        assertThat(bearer.status()).isEqualTo(200);
        assertThat(simulator.listingRequests()).as("refused calls are not counted").isEqualTo(2);
        assertThat(simulator.orders()).as("a refused create creates nothing").isEmpty();
    }

    @Test
    void aWrongOrMissingProjectIs404() {
        simulator.addOrder(PodosOrderSpec.order().id("po_1"));

        Response other = podos.send(podos.unauthorized("/orders?project=other").header("Authorization", TOKEN).GET());
        Response otherOrder = podos.send(podos.unauthorized("/orders/po_1?project=other")
                .header("Authorization", "Bearer " + TOKEN).GET());
        Response none = podos.send(podos.unauthorized("/orders").header("Authorization", TOKEN).GET());

        assertThat(other.status()).isEqualTo(404);
        assertThat(other.body()).isEqualTo("{\"error\":\"Project other not found\"}");
        assertThat(otherOrder.status()).isEqualTo(404);
        assertThat(otherOrder.error()).isEqualTo("Project other not found");
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.error()).isEqualTo("Project not found");
    }

    @Test
    void theStatusFilterTakesOneStatusRepeatedOnesOrACommaSeparatedList() {
        simulator.addOrder(PodosOrderSpec.order().id("po_d").status(PodosOrderStatus.CANCELED).createdAt(T0.plusSeconds(3)));
        simulator.addOrder(PodosOrderSpec.order().id("po_a").status(PodosOrderStatus.PENDING).createdAt(T0));
        simulator.addOrder(PodosOrderSpec.order().id("po_c").status(PodosOrderStatus.COMPLETE).createdAt(T0.plusSeconds(2)));
        simulator.addOrder(PodosOrderSpec.order().id("po_b").status(PodosOrderStatus.PROCESSING).createdAt(T0.plusSeconds(1)));

        assertThat(ids(podos.get("/orders"))).containsExactly("po_a", "po_b", "po_c", "po_d");
        assertThat(ids(podos.get("/orders?status=processing"))).containsExactly("po_b");
        assertThat(ids(podos.get("/orders?status=complete&status=pending"))).containsExactly("po_a", "po_c");
        assertThat(ids(podos.get("/orders?status=canceled,pending"))).containsExactly("po_a", "po_d");
        assertThat(ids(podos.get("/orders?status=canceled,pending&status=processing")))
                .containsExactly("po_a", "po_b", "po_d");
        Response unknown = podos.get("/orders?status=Processing");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.error()).startsWith("Invalid status Processing");
    }

    @Test
    void createdAfterIsExclusiveAndTakesAnInstantOrADateMeaningMidnightUtc() {
        simulator.addOrder(PodosOrderSpec.order().id("po_1").createdAt(Instant.parse("2026-11-22T23:59:59Z")));
        simulator.addOrder(PodosOrderSpec.order().id("po_2").createdAt(Instant.parse("2026-11-23T00:00:00Z")));
        simulator.addOrder(PodosOrderSpec.order().id("po_3").createdAt(Instant.parse("2026-11-23T18:00:00Z"))
                .status(PodosOrderStatus.COMPLETE));
        simulator.addOrder(PodosOrderSpec.order().id("po_4").createdAt(Instant.parse("2026-11-24T09:30:00Z")));

        assertThat(ids(podos.get("/orders?createdAfter=2026-11-23T00:00:00Z"))).containsExactly("po_3", "po_4");
        assertThat(ids(podos.get("/orders?createdAfter=2026-11-23"))).containsExactly("po_3", "po_4");
        assertThat(ids(podos.get("/orders?createdAfter=2026-11-23T18:00:00Z"))).containsExactly("po_4");
        assertThat(ids(podos.get("/orders?createdAfter=2026-11-23T19:00:00%2B01:00"))).containsExactly("po_4");
        assertThat(ids(podos.get("/orders?createdAfter=2026-11-22&status=processing")))
                .containsExactly("po_1", "po_2", "po_4");
        Response garbled = podos.get("/orders?createdAfter=yesterday");
        assertThat(garbled.status()).isEqualTo(400);
        assertThat(garbled.error()).startsWith("Invalid createdAfter yesterday");
    }

    @Test
    void aGarbledPageTokenIs400() {
        simulator.addOrder(PodosOrderSpec.order());

        for (String token : List.of("nonsense!", "bm9uc2Vuc2U", "djF8MjAyNi0xMS0yM1QxODowMDowMFp8eHh4fHBvXzE")) {
            Response response = podos.get("/orders?pageToken=" + token);
            assertThat(response.status()).as(token).isEqualTo(400);
            assertThat(response.body()).isEqualTo("{\"error\":\"Invalid pageToken\"}");
        }
    }

    @Test
    void oneOrderShowsEveryFieldAsPodosWritesIt() throws Exception {
        simulator.addOrder(PodosOrderSpec.order().id("po_full").ref("TM-10023").createdAt(T0)
                .contactInformation(new PodosContact("grace@example.com", "555-0101"))
                .shippingAddress(new PodosAddress("Grace Hopper", "", "1 Harbor Rd", "", "Arlington", "22202", "US", "VA"))
                .shippingTotal("5")
                .item(new PodosItem("pi_1", "BC-14PT-500", "Business cards", 1, "24", List.of(
                        PodosPrint.front("https://art.example/front.pdf"), PodosPrint.back("https://art.example/back.pdf")))));

        Response response = podos.get("/orders/po_full");
        Response unknown = podos.get("/orders/po_nope");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(MAPPER.readTree("""
                {"id":"po_full","ref":"TM-10023","status":"processing","createdAt":"2026-11-23T18:00:00Z",
                 "contactInformation":{"email":"grace@example.com","phone":"555-0101"},
                 "shippingAddress":{"contactName":"Grace Hopper","company":"","line1":"1 Harbor Rd","line2":"",
                                    "city":"Arlington","postalCode":"22202","country":"US","state":"VA"},
                 "shippingMethod":"Standard","currency":"USD",
                 "subtotal":"24.00","shippingTotal":"5.00","taxTotal":"0.00","total":"29.00",
                 "items":[{"id":"pi_1","sku":"BC-14PT-500","name":"Business cards","quantity":1,"price":"24.00",
                           "prints":[{"url":"https://art.example/front.pdf","location":"front"},
                                     {"url":"https://art.example/back.pdf","location":"back"}]}],
                 "fulfilments":[]}"""));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).isEqualTo("{\"error\":\"Order po_nope not found\"}");
    }

    @Test
    void aFulfilmentIs201AndCompletesTheOrderAndNoItemsMeansAllOfThem() {
        simulator.addOrder(PodosOrderSpec.order().id("po_f")
                .item(new PodosItem("pi_1", DemoCatalog.BUSINESS_CARDS, "Cards", 1, "24.00", List.of()))
                .item(new PodosItem("pi_2", DemoCatalog.FLYERS, "Flyers", 2, "19.50", List.of())));

        Response first = podos.post("/orders/po_f/fulfilments", MAPPER.createObjectNode()
                .put("trackingNumber", "1Z999AA10123456784").put("carrier", "UPS")
                .put("trackingUrl", "https://www.ups.com/track?tracknum=1Z999AA10123456784")
                .set("items", MAPPER.createArrayNode().add(MAPPER.createObjectNode().put("id", "pi_2").put("quantity", 2))));
        Response second = podos.post("/orders/po_f/fulfilments", "{\"trackingNumber\":\"1Z999AA10123456785\"}");

        assertThat(first.status()).isEqualTo(201);
        JsonNode fulfilment = first.json();
        assertThat(fulfilment.path("id").asText()).startsWith("pf_");
        assertThat(fulfilment.path("trackingNumber").asText()).isEqualTo("1Z999AA10123456784");
        assertThat(fulfilment.path("carrier").asText()).isEqualTo("UPS");
        assertThat(fulfilment.path("trackingUrl").asText()).endsWith("tracknum=1Z999AA10123456784");
        assertThat(fulfilment.path("items").toString()).isEqualTo("[{\"id\":\"pi_2\",\"quantity\":2}]");
        assertThat(Instant.parse(fulfilment.path("createdAt").asText())).isNotNull();
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json().path("items").toString())
                .isEqualTo("[{\"id\":\"pi_1\",\"quantity\":1},{\"id\":\"pi_2\",\"quantity\":2}]");
        JsonNode order = podos.get("/orders/po_f").json();
        assertThat(order.path("status").asText()).isEqualTo("complete");
        assertThat(order.path("fulfilments")).hasSize(2);
        assertThat(order.path("fulfilments").get(0)).isEqualTo(fulfilment);
        assertThat(simulator.fulfilments("po_f")).extracting(PodosFulfilment::trackingNumber)
                .containsExactly("1Z999AA10123456784", "1Z999AA10123456785");
        assertThat(ids(podos.get("/orders?status=complete"))).containsExactly("po_f");
    }

    @Test
    void aFulfilmentWithoutTrackingNumberOrWithAStrangeItemIs400AndRecordsNothing() {
        simulator.addOrder(PodosOrderSpec.order().id("po_f"));

        Response noTracking = podos.post("/orders/po_f/fulfilments", "{\"carrier\":\"UPS\"}");
        Response noBody = podos.send(podos.authorized("/orders/po_f/fulfilments").POST(HttpRequest.BodyPublishers.noBody()));
        Response notJson = podos.post("/orders/po_f/fulfilments", "{\"trackingNumber\":");
        Response strangeItem = podos.post("/orders/po_f/fulfilments",
                "{\"trackingNumber\":\"1Z1\",\"items\":[{\"id\":\"pi_other\",\"quantity\":1}]}");
        Response unknownOrder = podos.post("/orders/po_nope/fulfilments", "{\"trackingNumber\":\"1Z1\"}");

        assertThat(noTracking.status()).isEqualTo(400);
        assertThat(noTracking.body()).isEqualTo("{\"error\":\"trackingNumber is required\"}");
        assertThat(noBody.status()).isEqualTo(400);
        assertThat(noBody.error()).isEqualTo("trackingNumber is required");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.error()).isEqualTo("Invalid JSON body");
        assertThat(strangeItem.status()).isEqualTo(400);
        assertThat(strangeItem.error()).isEqualTo("items[0].id: pi_other is not an item of order po_f");
        assertThat(unknownOrder.status()).isEqualTo(404);
        assertThat(unknownOrder.error()).isEqualTo("Order po_nope not found");
        assertThat(simulator.order("po_f").orElseThrow().status()).isEqualTo(PodosOrderStatus.PROCESSING);
        assertThat(simulator.fulfilments("po_f")).isEmpty();
    }

    @Test
    void aCanceledOrderTakesNoFulfilment() {
        simulator.addOrder(PodosOrderSpec.order().id("po_c"));
        simulator.setStatus("po_c", PodosOrderStatus.CANCELED);

        Response response = podos.post("/orders/po_c/fulfilments", "{\"trackingNumber\":\"1Z1\"}");

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.error()).isEqualTo("Order po_c is canceled");
        assertThat(simulator.order("po_c").orElseThrow().status()).isEqualTo(PodosOrderStatus.CANCELED);
    }

    @Test
    void failedFulfilmentsAnswerTheirStatusAndRecordNothingThenTheNextOneWorks() {
        simulator.addOrder(PodosOrderSpec.order().id("po_f"));
        simulator.failNextFulfilments(1, 503);

        Response failed = podos.post("/orders/po_f/fulfilments", "{\"trackingNumber\":\"1Z1\"}");
        PodosOrder afterFailure = simulator.order("po_f").orElseThrow();
        Response retried = podos.post("/orders/po_f/fulfilments", "{\"trackingNumber\":\"1Z1\"}");

        assertThat(failed.status()).isEqualTo(503);
        assertThat(failed.error()).isEqualTo("Simulated failure (HTTP 503)");
        assertThat(afterFailure.status()).isEqualTo(PodosOrderStatus.PROCESSING);
        assertThat(afterFailure.fulfilments()).isEmpty();
        assertThat(retried.status()).isEqualTo(201);
        assertThat(simulator.fulfilments("po_f")).hasSize(1);
    }

    @Test
    void aBadJsonPageIsCutOffHalfWayAndOnlyTheNextPageIsBroken() {
        simulator.addOrder(PodosOrderSpec.order().id("po_1").createdAt(T0));
        simulator.addOrder(PodosOrderSpec.order().id("po_2").createdAt(T0.plusSeconds(1)));
        simulator.breakNextPage(BrokenPage.BAD_JSON);

        Response broken = podos.get("/orders");
        Response next = podos.get("/orders");

        assertThat(broken.status()).isEqualTo(200);
        assertThatThrownBy(() -> MAPPER.readTree(broken.body())).isInstanceOf(Exception.class);
        assertThat(next.body()).startsWith(broken.body());
        assertThat(ids(next)).containsExactly("po_1", "po_2");
        assertThat(simulator.listingRequests()).isEqualTo(2);
    }

    @Test
    void aMissingIdPageHasAnOrderWithoutIdFirstAndTheRealOrdersAfterIt() {
        simulator.addOrder(PodosOrderSpec.order().id("po_1").createdAt(T0));
        simulator.addOrder(PodosOrderSpec.order().id("po_2").createdAt(T0.plusSeconds(1)));
        simulator.breakNextPage(BrokenPage.MISSING_ID);

        JsonNode orders = podos.get("/orders").json().path("orders");
        Response next = podos.get("/orders");

        assertThat(orders).hasSize(3);
        assertThat(orders.get(0).has("id")).isFalse();
        assertThat(orders.get(0).path("ref").asText()).isNotBlank();
        assertThat(orders.get(0).path("items")).hasSize(1);
        assertThat(orders.get(1).path("id").asText()).isEqualTo("po_1");
        assertThat(orders.get(2).path("id").asText()).isEqualTo("po_2");
        assertThat(ids(next)).containsExactly("po_1", "po_2");
        assertThat(simulator.orders()).as("the stray order is not the project's").hasSize(2);
    }

    @Test
    void anOrderCreatedOverHttpIsProcessingAndListed() {
        Response created = podos.post("/orders", """
                {"contactInformation":{"email":"ada@example.com","phone":"555-0103"},
                 "shippingAddress":{"contactName":"Ada Lovelace","line1":"12 Analytical Ave","city":"Austin",
                                    "postalCode":"78701","country":"US","state":"TX"},
                 "shippingMethod":"Express",
                 "items":[{"variantRef":"MUG-11OZ","quantity":2},
                          {"variantRef":"ignored","sku":"BC-14PT-500","name":"Cards","quantity":1,"price":24,
                           "prints":[{"url":"https://art.example/front.pdf","location":"front"}]}]}""");

        assertThat(created.status()).isEqualTo(201);
        JsonNode order = created.json();
        String id = order.path("id").asText();
        assertThat(id).startsWith("po_");
        assertThat(order.path("ref").asText()).matches("TM-1\\d{4}");
        assertThat(order.path("status").asText()).isEqualTo("processing");
        assertThat(order.path("shippingMethod").asText()).isEqualTo("Express");
        assertThat(order.path("shippingAddress").path("company").asText()).isEmpty();
        JsonNode mugs = order.path("items").get(0);
        assertThat(mugs.path("id").asText()).startsWith("pi_");
        assertThat(mugs.path("sku").asText()).isEqualTo(DemoCatalog.MUG);
        assertThat(mugs.path("name").asText()).isEqualTo("Mug 11oz");
        assertThat(mugs.path("quantity").asInt()).isEqualTo(2);
        assertThat(mugs.path("price").asText()).isEqualTo("0.00");
        assertThat(mugs.path("prints")).isEmpty();
        JsonNode cards = order.path("items").get(1);
        assertThat(cards.path("sku").asText()).isEqualTo(DemoCatalog.BUSINESS_CARDS);
        assertThat(cards.path("price").asText()).isEqualTo("24.00");
        assertThat(cards.path("prints").toString())
                .isEqualTo("[{\"url\":\"https://art.example/front.pdf\",\"location\":\"front\"}]");
        assertThat(order.path("total").asText()).isEqualTo("24.00");
        assertThat(ids(podos.get("/orders?status=processing"))).containsExactly(id);
        assertThat(simulator.order(id).orElseThrow().ref()).isEqualTo(order.path("ref").asText());
    }

    @Test
    void creatingWithoutAddressOrItemsOrWithABadItemIs400() {
        String address = "\"shippingAddress\":{\"contactName\":\"Ada\",\"country\":\"US\"}";

        assertThat(podos.post("/orders", "{}").error()).isEqualTo("shippingAddress is required");
        assertThat(podos.post("/orders", "{" + address + "}").error()).isEqualTo("items: at least one item is required");
        assertThat(podos.post("/orders", "{" + address + ",\"items\":[{\"quantity\":1}]}").error())
                .isEqualTo("items[0].variantRef is required");
        assertThat(podos.post("/orders", "{" + address + ",\"items\":[{\"variantRef\":\"MUG-11OZ\"}]}").error())
                .isEqualTo("items[0].quantity must be at least 1");
        assertThat(podos.post("/orders", "{" + address + ",\"items\":[{\"variantRef\":\"MUG-11OZ\",\"quantity\":1,"
                + "\"price\":\"cheap\"}]}").error()).isEqualTo("items[0].price: 'cheap' is not a valid amount");
        Response notJson = podos.post("/orders", "{\"items\":");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.error()).isEqualTo("Invalid JSON body");
        assertThat(simulator.orders()).isEmpty();
    }

    @Test
    void theDemoFeedIsOffWhenDemoOrdersAre() {
        assertThat(context.getBeanNamesForType(PodosDemoFeed.class)).isEmpty();
    }

    /** Pages of two orders, so that five orders make three pages. */
    @Nested
    @TestPropertySource(properties = "printrelay.sandbox.podos.page-size=2")
    @DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
    class WithPagesOfTwo {

        @LocalServerPort
        int port;

        @Autowired
        PodosSimulator simulator;

        PodosSandboxClient podos;

        @BeforeEach
        void startClean() {
            simulator.reset();
            podos = new PodosSandboxClient(port);
        }

        @Test
        void fiveOrdersComeOnThreePagesOldestFirstTheIdSettlingTies() {
            for (String id : List.of("po_e", "po_b", "po_d", "po_a", "po_c")) {
                simulator.addOrder(PodosOrderSpec.order().id(id)
                        .createdAt(id.equals("po_c") ? T0.plusSeconds(1) : T0.plusSeconds(id.charAt(3) - 'a')));
            }

            Response first = podos.get("/orders");
            Response second = podos.get("/orders?pageToken=" + first.json().path("nextPageToken").asText());
            Response third = podos.get("/orders?pageToken=" + second.json().path("nextPageToken").asText());

            assertThat(ids(first)).containsExactly("po_a", "po_b");
            assertThat(ids(second)).containsExactly("po_c", "po_d");
            assertThat(ids(third)).containsExactly("po_e");
            assertThat(third.json().has("nextPageToken")).isTrue();
            assertThat(third.json().get("nextPageToken").isNull()).isTrue();
            assertThat(simulator.listingRequests()).isEqualTo(3);
        }

        @Test
        void aTokenIsGoodOnlyForTheFilterItCameFromHoweverItIsSpelled() {
            for (int i = 0; i < 3; i++) {
                simulator.addOrder(PodosOrderSpec.order().createdAt(T0.plusSeconds(i)));
            }
            String token = podos.get("/orders?status=processing,pending&createdAfter=2026-01-01")
                    .json().path("nextPageToken").asText();

            Response sameFilter = podos.get("/orders?status=pending&status=processing"
                    + "&createdAfter=2026-01-01T00:00:00Z&pageToken=" + token);
            Response otherStatus = podos.get("/orders?status=pending&createdAfter=2026-01-01&pageToken=" + token);
            Response noFilter = podos.get("/orders?pageToken=" + token);

            assertThat(sameFilter.status()).isEqualTo(200);
            assertThat(sameFilter.json().path("orders")).hasSize(1);
            assertThat(otherStatus.status()).isEqualTo(400);
            assertThat(otherStatus.error()).isEqualTo("Invalid pageToken");
            assertThat(noFilter.status()).isEqualTo(400);
        }

        @Test
        void anOrderFulfilledBetweenTwoPagesLeavesTheRestWhereTheyWere() {
            for (int i = 1; i <= 5; i++) {
                simulator.addOrder(PodosOrderSpec.order().id("po_" + i).createdAt(T0.plusSeconds(i)));
            }

            Response first = podos.get("/orders?status=processing");
            assertThat(podos.post("/orders/po_1/fulfilments", "{\"trackingNumber\":\"1Z1\"}").status()).isEqualTo(201);
            Response second = podos.get("/orders?status=processing&pageToken="
                    + first.json().path("nextPageToken").asText());
            Response third = podos.get("/orders?status=processing&pageToken="
                    + second.json().path("nextPageToken").asText());

            assertThat(ids(first)).containsExactly("po_1", "po_2");
            assertThat(ids(second)).containsExactly("po_3", "po_4");
            assertThat(ids(third)).containsExactly("po_5");
        }
    }

    /** The demo shop places an order every 50 ms. */
    @Nested
    @TestPropertySource(properties = {"printrelay.sandbox.demo-orders=true",
            "printrelay.sandbox.podos.demo-interval-millis=50"})
    @DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
    class WithTheDemoFeed {

        @LocalServerPort
        int port;

        @Autowired
        PodosSimulator simulator;

        @Test
        void demoOrdersArriveOnTheirOwnAndCoverTheCatalogAndABrokenOne() {
            await().atMost(Duration.ofSeconds(10)).until(() -> simulator.orders().size() >= 8);

            List<PodosOrder> orders = simulator.orders();
            List<String> skus = orders.stream().map(order -> order.items().get(0).sku()).toList();
            assertThat(skus).containsAll(DemoCatalog.KNOWN_SKUS);
            assertThat(orders).anySatisfy(order -> assertThat(
                    order.items().get(0).sku().equals(DemoCatalog.UNKNOWN_PRODUCT)
                            || order.items().get(0).prints().isEmpty()).isTrue());
            assertThat(orders).allSatisfy(order -> {
                assertThat(order.status()).isEqualTo(PodosOrderStatus.PROCESSING);
                assertThat(order.ref()).matches("TM-1\\d{4}");
            });
            assertThat(ids(new PodosSandboxClient(port).get("/orders?status=processing")))
                    .startsWith(orders.get(0).id());
        }
    }

    private static List<String> ids(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return StreamSupport.stream(response.json().path("orders").spliterator(), false)
                .map(order -> order.path("id").asText()).toList();
    }
}
