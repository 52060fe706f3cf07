package io.printrelay.sandbox.podos;

import com.fasterxml.jackson.databind.JsonNode;
import io.printrelay.PrintRelayTest;
import io.printrelay.sandbox.SimulatorHttp;
import io.printrelay.sandbox.SimulatorHttp.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;

import static io.printrelay.sandbox.podos.PodosSandboxClient.PROJECT;
import static io.printrelay.sandbox.podos.PodosSandboxClient.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's handles on the simulated podOS, over real HTTP: {@code POST /sandbox/podos/demo-orders} loads
 * many orders at once (behind the project and token check), and {@code GET /sandbox/stats} shows when each was
 * loaded, first served in a page and first tracked.
 */
@PrintRelayTest
class PodosLoaderAndStatsTest {

    @LocalServerPort
    int port;

    @Autowired
    PodosSimulator simulator;

    private final SimulatorHttp http = new SimulatorHttp();
    private PodosSandboxClient podos;

    @BeforeEach
    void startClean() {
        simulator.reset();
        podos = new PodosSandboxClient(port);
    }

    @Test
    void aLoadPutsInCountOrdersOfTheMixEachProcessingWithItsArtwork() {
        Response fourOver = load("count=7");
        Response all = load("count=5&mix=all");

        assertThat(fourOver.status()).as(fourOver.body()).isEqualTo(201);
        assertThat(fourOver.json().path("loaded").asInt()).isEqualTo(7);
        assertThat(all.json().path("loaded").asInt()).isEqualTo(5);
        assertThat(all.json().path("ordersInShop").asInt()).isEqualTo(12);
        List<PodosOrder> orders = simulator.orders();
        assertThat(orders).hasSize(12).allSatisfy(order -> {
            assertThat(order.status()).isEqualTo(PodosOrderStatus.PROCESSING);
            assertThat(order.items()).singleElement().satisfies(item -> assertThat(item.prints()).isNotEmpty());
        });
        assertThat(orders.stream().map(order -> order.items().get(0).sku()))
                .as("the first load's 4over products, then the second's from the whole shop")
                .containsExactlyInAnyOrder(
                        DemoCatalog.BUSINESS_CARDS, DemoCatalog.FLYERS, DemoCatalog.POSTCARDS,
                        DemoCatalog.BUSINESS_CARDS, DemoCatalog.FLYERS, DemoCatalog.POSTCARDS,
                        DemoCatalog.BUSINESS_CARDS,
                        DemoCatalog.FLYERS, DemoCatalog.POSTCARDS, DemoCatalog.TEE_SHIRT, DemoCatalog.MUG,
                        DemoCatalog.BUSINESS_CARDS);
        assertThat(simulator.order(fourOver.json().path("firstId").asText())).isPresent();
        assertThat(simulator.order(all.json().path("lastId").asText())).isPresent();
    }

    @Test
    void aLoadNeedsTheTokenAndAWholeCountAndAKnownMix() {
        Response noToken = http.send(HttpRequest.newBuilder(loader("count=3&project=" + PROJECT))
                .POST(HttpRequest.BodyPublishers.noBody()));
        Response zero = load("count=0");
        Response words = load("count=many");
        Response pov = load("count=3&mix=pov");

        assertThat(noToken.status()).isEqualTo(401);
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.error()).isEqualTo("count must be between 1 and 1000000");
        assertThat(words.status()).isEqualTo(400);
        assertThat(words.error()).isEqualTo("count must be a whole number, was many");
        assertThat(pov.status()).isEqualTo(400);
        assertThat(pov.error()).isEqualTo("mix must be fourover or all, was pov");
        assertThat(simulator.orders()).as("a refused load puts nothing in").isEmpty();
    }

    @Test
    void theStatsFollowEachOrderFromLoadedToServedToTracked() {
        load("count=3");
        JsonNode all = stats();
        JsonNode loaded = all.path("podos");
        Response page = podos.get("/orders?status=processing");
        JsonNode served = stats().path("podos");
        String first = page.json().path("orders").get(0).path("id").asText();
        Response fulfilment = podos.post("/orders/" + first + "/fulfilments", "{\"trackingNumber\":\"1Z999AA1\"}");
        JsonNode tracked = stats().path("podos");

        assertThat(all.path("latency_millis").toString()).as("no latency unless asked for")
                .isEqualTo("{\"podos\":0,\"fourover\":0,\"pov\":0}");
        assertThat(all.path("at").asLong()).isPositive();
        assertThat(loaded.path("loaded").asInt()).isEqualTo(3);
        assertThat(loaded.path("served").asInt()).isZero();
        assertThat(loaded.path("tracked").asInt()).isZero();
        assertThat(loaded.has("by_order")).as("times only when asked for").isFalse();
        assertThat(served.path("served").asInt()).isEqualTo(3);
        assertThat(fulfilment.status()).isEqualTo(201);
        assertThat(tracked.path("served").asInt()).isEqualTo(3);
        assertThat(tracked.path("tracked").asInt()).isEqualTo(1);

        JsonNode times = http.send(HttpRequest.newBuilder(URI.create(base() + "/sandbox/stats?orders=true")).GET())
                .json().path("podos").path("by_order");
        assertThat(times.size()).isEqualTo(3);
        JsonNode firstTimes = times.path(first);
        assertThat(firstTimes.get(0).asLong()).isPositive();
        assertThat(firstTimes.get(1).asLong()).isGreaterThanOrEqualTo(firstTimes.get(0).asLong());
        assertThat(firstTimes.get(2).asLong()).isGreaterThanOrEqualTo(firstTimes.get(1).asLong());
        times.fields().forEachRemaining(entry -> {
            if (!entry.getKey().equals(first)) {
                assertThat(entry.getValue().get(2).asLong()).as("not tracked: 0").isZero();
            }
        });
    }

    @Test
    void aSecondReadOfTheSamePageLeavesTheFirstServedTime() {
        load("count=2");
        podos.get("/orders");
        JsonNode before = allTimes();
        podos.get("/orders");
        JsonNode after = allTimes();

        assertThat(after).isEqualTo(before);
    }

    @Test
    void pagesAreReadInOrderAcrossALoadOfMoreThanAPage() {
        load("count=60");
        List<String> read = new java.util.ArrayList<>();
        String token = null;
        do {
            JsonNode page = podos.get("/orders" + (token == null ? "" : "?pageToken=" + token)).json();
            page.path("orders").forEach(order -> read.add(order.path("id").asText()));
            token = page.path("nextPageToken").isNull() ? null : page.path("nextPageToken").asText();
        } while (token != null);

        assertThat(read).as("every order once, in the listing's order")
                .containsExactlyElementsOf(simulator.orders().stream().map(PodosOrder::id).toList());
        assertThat(stats().path("podos").path("served").asInt()).isEqualTo(60);
    }

    private JsonNode allTimes() {
        return http.send(HttpRequest.newBuilder(URI.create(base() + "/sandbox/stats?orders=true")).GET())
                .json().path("podos").path("by_order");
    }

    private JsonNode stats() {
        Response stats = http.send(HttpRequest.newBuilder(URI.create(base() + "/sandbox/stats")).GET());
        assertThat(stats.status()).isEqualTo(200);
        return stats.json();
    }

    private Response load(String query) {
        return http.send(HttpRequest.newBuilder(loader(query + "&project=" + PROJECT))
                .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private URI loader(String query) {
        return URI.create(base() + "/sandbox/podos/demo-orders?" + query);
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
