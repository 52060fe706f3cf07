package io.printrelay.connector.fourover.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.printrelay.PrintRelayTest;
import io.printrelay.TestOrders;
import io.printrelay.api.ApiClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.util.Objects;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 4over misbehaving during a catalog sync, played by WireMock through the shipped routes: a page turned away once is
 * retried and written; a page that keeps failing is left out and the sync completes, marked incomplete; a quote
 * 4over cannot give comes from the synced base prices; a product 4over cannot be asked about does not hold an order.
 */
@PrintRelayTest
@TestPropertySource(properties = {"printrelay.vendors.fourover.request-timeout=2s",
        "printrelay.fulfilment.settle=0s"})
class FourOverCatalogFaultsTest {

    static final WireMockServer FOUR_OVER = new WireMockServer(options().dynamicPort());
    static final String FEED = "/printproducts/productsfeed";

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
    CatalogStore store;
    ApiClient api;

    @BeforeEach
    void reset() {
        FOUR_OVER.resetAll();
        api = ApiClient.sandbox(port);
    }

    @Test
    void aPageTurnedAwayIsRetriedAPageThatKeepsFailingIsLeftOutAndTheSyncCompletes() {
        FOUR_OVER.stubFor(get(urlPathEqualTo(FEED)).withQueryParam("offset", equalTo("0"))
                .willReturn(aResponse().withStatus(200).withBody(page(0, 60))));
        FOUR_OVER.stubFor(get(urlPathEqualTo(FEED)).withQueryParam("offset", equalTo("20")).inScenario("busy")
                .whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(503))
                .willSetStateTo("back"));
        FOUR_OVER.stubFor(get(urlPathEqualTo(FEED)).withQueryParam("offset", equalTo("20")).inScenario("busy")
                .whenScenarioStateIs("back").willReturn(aResponse().withStatus(200).withBody(page(20, 60))));
        FOUR_OVER.stubFor(get(urlPathEqualTo(FEED)).withQueryParam("offset", equalTo("40"))
                .willReturn(aResponse().withStatus(429)));

        JsonNode progress = sync();

        System.out.println("4over catalog sync with faults: " + progress);
        assertThat(progress.path("complete").asBoolean()).isFalse();
        assertThat(progress.path("pages_total").asInt()).isEqualTo(3);
        assertThat(progress.path("pages_done").asInt()).isEqualTo(2);
        assertThat(progress.path("products").asInt()).isEqualTo(40);
        assertThat(progress.path("failed_page_offsets").toString()).isEqualTo("[40]");
        FOUR_OVER.verify(2, getRequestedFor(urlPathEqualTo(FEED)).withQueryParam("offset", equalTo("20")));
        FOUR_OVER.verify(4, getRequestedFor(urlPathEqualTo(FEED)).withQueryParam("offset", equalTo("40")));
        assertThat(store.product("wm-20-7")).isPresent();
        assertThat(store.product("wm-40-0")).isEmpty();
        assertThat(FOUR_OVER.findAll(getRequestedFor(urlPathEqualTo(FEED))).get(0).getQueryParams())
                .containsKeys("max", "offset", "apikey", "signature");

        // 4over cannot price it now: the synced base price stands in
        FOUR_OVER.stubFor(get(urlPathEqualTo("/printproducts/productquote")).willReturn(aResponse().withStatus(503)));
        JsonNode quote = api.get("/fourover/quote?product_uuid=wm-0-3&runsize_uuid=wm-0-3-r&colorspec_uuid=wm-0-3-c"
                + "&turnaroundtime_uuid=wm-0-3-t").body();
        assertThat(quote.path("price_source").asText()).isEqualTo("catalog base price");
        assertThat(quote.path("fourover_price").path("total_price").asText()).isEqualTo("12.50");
    }

    @Test
    void aFirstPageThatKeepsFailingEndsTheRunIncompleteAndTheNextSyncStillRuns() {
        FOUR_OVER.stubFor(get(urlPathEqualTo(FEED)).willReturn(aResponse().withStatus(503)));

        JsonNode failed = sync();

        assertThat(failed.path("complete").asBoolean()).isFalse();
        assertThat(failed.path("running").asBoolean()).isFalse();
        assertThat(failed.path("failed_page_offsets").toString()).isEqualTo("[0]");
        FOUR_OVER.verify(4, getRequestedFor(urlPathEqualTo(FEED)));

        FOUR_OVER.stubFor(get(urlPathEqualTo(FEED)).withQueryParam("offset", equalTo("0"))
                .willReturn(aResponse().withStatus(200).withBody(page(0, 20))));
        assertThat(sync().path("complete").asBoolean()).isTrue();
    }

    @Test
    void aCompleteFullSyncRemovesTheProductsNoLongerInTheFeed() {
        FOUR_OVER.stubFor(get(urlPathEqualTo(FEED)).withQueryParam("offset", equalTo("0"))
                .willReturn(aResponse().withStatus(200).withBody(page(0, 20))));
        assertThat(sync().path("complete").asBoolean()).isTrue();
        assertThat(store.product("wm-0-3")).isPresent();

        FOUR_OVER.stubFor(get(urlPathEqualTo(FEED)).withQueryParam("offset", equalTo("0"))
                .willReturn(aResponse().withStatus(200).withBody(page(20, 20).replace("\"currentPage\":2",
                        "\"currentPage\":1"))));
        assertThat(sync().path("complete").asBoolean()).isTrue();

        assertThat(store.product("wm-0-3")).isEmpty();
        assertThat(store.product("wm-20-3")).isPresent();
        assertThat(store.count(null, null)).isEqualTo(20);
    }

    @Test
    void aProductFourOverCannotBeAskedAboutDoesNotHoldTheOrder() {
        FOUR_OVER.stubFor(get(urlPathMatching("/printproducts/products/.*")).willReturn(aResponse().withStatus(503)));
        FOUR_OVER.stubFor(post(urlPathEqualTo("/orders")).willReturn(aResponse().withStatus(200).withBody(
                "{\"order_status\":\"Success\",\"job_ids\":[\"Z55500000009-001\"],\"errors\":[]}")));
        String item = "{\"name\":\"Cards\",\"code\":\"bc-unsynced\",\"quantity\":1,\"metadata\":{"
                + "\"product_uuid\":\"unsynced-1\",\"runsize_uuid\":\"r-1\",\"turnaroundtime_uuid\":\"t-1\","
                + "\"colorspec_uuid\":\"c-1\",\"print_url\":\"https://art.example/a.pdf\"}}";
        String id = api.post("/orders", TestOrders.json(TestOrders.unique(), null, item)).body().path("order")
                .path("id").asText();

        await().atMost(Duration.ofSeconds(10)).until(() -> api.folderOf(id) == 3);
        FOUR_OVER.verify(1, com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                urlPathEqualTo("/orders")));
    }

    private JsonNode sync() {
        String before = api.get("/fourover/catalog/sync").body().path("progress").path("started_at").asText();
        assertThat(api.post("/fourover/catalog/sync?mode=full", "").status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> {
            JsonNode progress = api.get("/fourover/catalog/sync").body().path("progress");
            return !Objects.equals(progress.path("started_at").asText(), before)
                    && !progress.path("running").asBoolean();
        });
        return api.get("/fourover/catalog/sync").body().path("progress");
    }

    /** 20 products in 4over's productsfeed shape, each with one runsize, colorspec and turnaround, priced 12.50. */
    private static String page(int offset, int total) {
        StringBuilder entities = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            String p = "wm-" + offset + "-" + i;
            entities.append(i == 0 ? "" : ",").append("{\"product_uuid\":\"").append(p)
                    .append("\",\"product_code\":\"WM-").append(offset + i).append("\",\"product_description\":\"")
                    .append("WireMock product\",\"categories\":[{\"category_uuid\":\"wm\",\"category_name\":\"WM\"}],")
                    .append("\"product_option_groups\":[")
                    .append(group("g-r", "Runsizes", "{\"option_uuid\":\"" + p + "-r\",\"option_name\":\"100\"}"))
                    .append(",").append(group("g-c", "Colorspec", "{\"option_uuid\":\"" + p
                            + "-c\",\"option_name\":\"4/0\"}"))
                    .append(",").append(group("g-t", "Turn-Around", "{\"option_uuid\":\"" + p
                            + "-t\",\"option_name\":\"Next Day\",\"runsize_uuid\":\"" + p + "-r\",\"colorspec_uuid\":\""
                            + p + "-c\"}"))
                    .append("],\"product_base_prices\":[{\"product_baseprice\":\"12.50\",\"runsize_uuid\":\"")
                    .append(p).append("-r\",\"runsize\":\"100\",\"colorspec_uuid\":\"").append(p)
                    .append("-c\",\"colorspec\":\"4/0\"}]}");
        }
        return "{\"entities\":[" + entities + "],\"totalResults\":" + total + ",\"currentPage\":" + (offset / 20 + 1)
                + ",\"maximumPages\":" + ((total + 19) / 20) + "}";
    }

    private static String group(String uuid, String name, String option) {
        return "{\"product_option_group_uuid\":\"" + uuid + "\",\"product_option_group_name\":\"" + name
                + "\",\"minoccurs\":1,\"maxoccurs\":1,\"options\":[" + option + "]}";
    }
}
