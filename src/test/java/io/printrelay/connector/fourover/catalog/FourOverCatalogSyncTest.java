package io.printrelay.connector.fourover.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.printrelay.PrintRelayTest;
import io.printrelay.api.ApiClient;
import io.printrelay.sandbox.fourover.SimulatedCatalog;
import io.printrelay.sandbox.fourover.SimulatedProduct;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The productsfeed sync against the simulator over HTTP, through the shipped routes: a full sync writes every
 * product of the feed with its groups, options and prices; a delta after some products changed reads only those.
 */
@PrintRelayTest
@TestPropertySource(properties = {FourOverCatalogTest.STEP, FourOverCatalogTest.EXPRESS, FourOverCatalogTest.BC,
        FourOverCatalogTest.BC_PERCENT, FourOverCatalogTest.BC_FIXED, FourOverCatalogTest.POSTCARDS,
        FourOverCatalogTest.POSTCARDS_PERCENT, FourOverCatalogTest.DEFAULT_PERCENT})
class FourOverCatalogSyncTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    CatalogStore store;
    @Autowired
    io.printrelay.management.Operations operations;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    org.apache.camel.ProducerTemplate camel;
    ApiClient api;

    @BeforeEach
    void client() {
        api = ApiClient.sandbox(port);
    }

    @Test
    void aFullSyncWritesTheWholeFeedAndADeltaOnlyTheProductsChangedSince() throws Exception {
        JsonNode full = sync("full");

        System.out.println("4over catalog full sync: " + full);
        assertThat(full.path("mode").asText()).isEqualTo("full");
        assertThat(full.path("complete").asBoolean()).isTrue();
        assertThat(full.path("pages_total").asInt()).isEqualTo(103);
        assertThat(full.path("pages_done").asInt()).isEqualTo(103);
        assertThat(full.path("products").asInt()).isEqualTo(SimulatedCatalog.PRODUCT_COUNT);
        assertThat(full.path("errors").asInt()).isZero();
        Map<String, Long> counts = store.counts();
        System.out.println("4over catalog tables after the full sync: " + counts);
        assertThat(counts).containsEntry("fourover_products", (long) SimulatedCatalog.PRODUCT_COUNT)
                .containsEntry("fourover_option_groups", expected(p -> p.optionGroups().size()))
                .containsEntry("fourover_options", expected(p -> p.optionGroups().stream()
                        .mapToInt(g -> g.options().size()).sum()))
                .containsEntry("fourover_base_prices", expected(p -> p.basePrices().size()));

        JsonNode all = api.get("/fourover/products?limit=5").body();
        JsonNode postcards = api.get("/fourover/products?category=Postcards&limit=500").body();
        JsonNode search = api.get("/fourover/products?q=" + SimulatedCatalog.BusinessCards.PRODUCT_CODE).body();
        assertThat(all.path("total_records").asInt()).isEqualTo(SimulatedCatalog.PRODUCT_COUNT);
        assertThat(all.path("products")).hasSize(5);
        assertThat(postcards.path("total_records").asLong()).isEqualTo(SimulatedCatalog.productsIn(
                SimulatedCatalog.POSTCARDS_CATEGORY).size());
        assertThat(search.path("products").get(0).path("product_uuid").asText())
                .isEqualTo(SimulatedCatalog.BusinessCards.PRODUCT);

        List<String> changed = change(20);
        JsonNode delta = sync("delta");

        System.out.println("4over catalog delta sync: " + delta);
        assertThat(delta.path("mode").asText()).isEqualTo("delta");
        assertThat(delta.path("complete").asBoolean()).isTrue();
        assertThat(delta.path("products").asInt()).isEqualTo(20);
        assertThat(delta.path("pages_done").asInt()).isEqualTo(1);
        String one = changed.get(0);
        SimulatedProduct product = SimulatedCatalog.product(one).orElseThrow();
        BigDecimal before = new BigDecimal(product.basePrices().get(0).productBaseprice());
        assertThat(store.product(one).orElseThrow().price(product.basePrices().get(0).runsizeUuid(),
                product.basePrices().get(0).colorspecUuid()).orElseThrow().price())
                .isEqualByComparingTo(before.add(BigDecimal.ONE));
    }

    @Test
    void aSyncRunningOnAnotherNodeKeepsThisOneFromStartingUntilItsNodeIsTakenForGone() {
        // another node of the database is syncing: its run holds the one sync slot
        jdbc.update("INSERT INTO fourover_catalog_syncs (mode, started_at, total_pages, pages_done, pages_failed,"
                + " products, complete, running_slot) VALUES ('full', ?, 0, 0, 0, 0, FALSE, 1)",
                java.sql.Timestamp.from(java.time.Instant.now()));
        try {
            long runs = runs();
            assertThat(camel.requestBody("direct:fourover-catalog-run", "full")).isNull();
            assertThat(runs()).as("no run of this node recorded").isEqualTo(runs);

            // a run holding the slot for longer than any sync takes lost its node: the next sync goes ahead
            jdbc.update("UPDATE fourover_catalog_syncs SET started_at = ? WHERE running_slot = 1",
                    java.sql.Timestamp.from(java.time.Instant.now().minus(CatalogSync.STALE_RUN).minusSeconds(60)));
            Object summary = camel.requestBody("direct:fourover-catalog-run", "full");
            assertThat(summary).isInstanceOf(Map.class);
            assertThat(((Map<?, ?>) summary).get("complete")).isEqualTo(true);
            assertThat(runs()).isEqualTo(runs + 1);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fourover_catalog_syncs WHERE running_slot IS NOT NULL",
                    Long.class)).as("the slot is free again").isZero();
        } finally {
            jdbc.update("DELETE FROM fourover_catalog_syncs WHERE complete = FALSE AND finished_at IS NULL");
        }
    }

    private long runs() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM fourover_catalog_syncs", Long.class);
    }

    @Test
    void operationsSyncCatalogRunsTheRouteAndItsProgressShowsOnJmxAndActuator() throws Exception {
        String before = api.get("/fourover/catalog/sync").body().path("progress").path("started_at").asText();

        assertThat(operations.syncCatalog()).isEqualTo("4over catalog full sync started");

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100)).until(() -> {
            JsonNode progress = api.get("/fourover/catalog/sync").body().path("progress");
            return !Objects.equals(progress.path("started_at").asText(), before)
                    && !progress.path("running").asBoolean();
        });
        assertThat(operations.getCatalogSyncProgress()).startsWith("full sync complete: 103/103 pages, "
                + SimulatedCatalog.PRODUCT_COUNT + " products, 0 errors");
        HttpResponse<String> gauge = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + port + "/actuator/metrics/printrelay.fourover.catalog.sync.products")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(MAPPER.readTree(gauge.body()).path("measurements").get(0).path("value").asDouble())
                .isEqualTo(SimulatedCatalog.PRODUCT_COUNT);
    }

    private static long expected(java.util.function.ToIntFunction<SimulatedProduct> rows) {
        return SimulatedCatalog.products().stream().mapToInt(rows).sum();
    }

    /** Starts a sync over the API and waits for it to end; its progress. */
    private JsonNode sync(String mode) {
        String before = api.get("/fourover/catalog/sync").body().path("progress").path("started_at").asText();
        assertThat(api.post("/fourover/catalog/sync?mode=" + mode, "").status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100)).until(() -> {
            JsonNode progress = api.get("/fourover/catalog/sync").body().path("progress");
            return !Objects.equals(progress.path("started_at").asText(), before)
                    && !progress.path("running").asBoolean();
        });
        return api.get("/fourover/catalog/sync").body().path("progress");
    }

    private List<String> change(int count) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + port + "/sandbox/4over/demo/catalog/change?count=" + count))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> uuids = new ArrayList<>();
        MAPPER.readTree(response.body()).path("product_uuids").forEach(u -> uuids.add(u.asText()));
        Set<String> distinct = new HashSet<>(uuids);
        assertThat(distinct).hasSize(count);
        return uuids;
    }
}
