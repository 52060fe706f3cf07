package io.printrelay.connector.fourover.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import io.printrelay.PrintRelayTest;
import io.printrelay.TestOrders;
import io.printrelay.api.ApiClient;
import io.printrelay.api.ApiClient.Response;
import io.printrelay.sandbox.fourover.FourOverSimulator;
import io.printrelay.sandbox.fourover.SimulatedCatalog;
import io.printrelay.sandbox.fourover.SimulatedCatalog.BusinessCards;
import io.printrelay.sandbox.fourover.SimulatedCatalog.Flyers;
import io.printrelay.sandbox.fourover.SimulatedCatalog.Postcards;
import io.printrelay.sandbox.fourover.SimulatedProduct;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Options Manager, validation and the mapping's check on the simulator's products, over HTTP through the shipped
 * routes: group-name variants read plainly, turnarounds paired with their runsize and colorspec, an inconsistent
 * item stopped before anything reaches 4over.
 */
@PrintRelayTest
@TestPropertySource(properties = {FourOverCatalogTest.STEP, FourOverCatalogTest.EXPRESS, FourOverCatalogTest.BC,
        FourOverCatalogTest.BC_PERCENT, FourOverCatalogTest.BC_FIXED, FourOverCatalogTest.POSTCARDS,
        FourOverCatalogTest.POSTCARDS_PERCENT, FourOverCatalogTest.DEFAULT_PERCENT})
class FourOverCatalogTest {

    static final String STEP = "printrelay.sandbox.fourover.step-millis=3600000";
    static final String EXPRESS = "printrelay.vendors.fourover.shipping-class-match[Express]=FedEx 2Day";
    static final String BC = "printrelay.vendors.fourover.catalog.markups[0].match=bc*";
    static final String BC_PERCENT = "printrelay.vendors.fourover.catalog.markups[0].percent=40";
    static final String BC_FIXED = "printrelay.vendors.fourover.catalog.markups[0].fixed=1.50";
    static final String POSTCARDS = "printrelay.vendors.fourover.catalog.markups[1].category=Postcards";
    static final String POSTCARDS_PERCENT = "printrelay.vendors.fourover.catalog.markups[1].percent=25";
    static final String DEFAULT_PERCENT = "printrelay.vendors.fourover.catalog.default-markup.percent=10";
    static final int ERRORS = 7;

    @LocalServerPort
    int port;
    @Autowired
    FourOverSimulator simulator;
    @Autowired
    ProducerTemplate camel;
    ApiClient api;

    @BeforeEach
    void client() {
        api = ApiClient.sandbox(port);
    }

    /** A generated product whose groups are called "Runsizes" and "Turnaround-times" (index 1 of the generated). */
    static SimulatedProduct variantNamed() {
        return SimulatedCatalog.products().stream()
                .filter(p -> p.optionGroups().get(0).productOptionGroupName().equals("Runsizes")
                        && p.optionGroups().get(2).productOptionGroupName().equals("Turnaround-times"))
                .findFirst().orElseThrow();
    }

    @Test
    void theOptionsManagerNamesGroupsPlainlyAndPairsEachTurnaround() {
        SimulatedProduct product = variantNamed();
        JsonNode view = api.get("/fourover/products/" + product.productUuid() + "/options").body().path("product");

        int runsizes = product.optionGroups().get(0).options().size();
        int colorspecs = product.optionGroups().get(1).options().size();
        assertThat(view.path("product_code").asText()).isEqualTo(product.productCode());
        assertThat(view.path("runsizes")).hasSize(runsizes);
        assertThat(view.path("colorspecs")).hasSize(colorspecs);
        assertThat(view.path("turnaround_times")).hasSize(product.optionGroups().get(2).options().size());
        assertThat(view.path("turnaround_times").size() % (runsizes * colorspecs)).isZero();
        for (JsonNode turnaround : view.path("turnaround_times")) {
            assertThat(turnaround.path("runsize").asText()).isNotBlank();
            assertThat(turnaround.path("colorspec").asText()).isNotBlank();
        }
        assertThat(view.path("option_groups").get(0).path("name").asText()).isEqualTo("Coating");
        assertThat(view.path("option_groups").get(0).path("minoccurs").asInt()).isZero();
        assertThat(view.path("option_groups").get(0).path("maxoccurs").asInt()).isEqualTo(1);
        assertThat(view.path("source").asText()).isIn("catalog", "4over");

        JsonNode cards = api.get("/fourover/products/" + BusinessCards.PRODUCT + "/options").body().path("product");
        JsonNode nextDay250 = find(cards.path("turnaround_times"), "turnaroundtime_uuid",
                BusinessCards.NEXT_DAY_250_4_4);
        assertThat(nextDay250.path("runsize").asText()).isEqualTo("250");
        assertThat(nextDay250.path("colorspec").asText()).isEqualTo("4/4");
        assertThat(nextDay250.path("runsize_uuid").asText()).isEqualTo(BusinessCards.RUNSIZE_250);
        assertThat(api.get("/fourover/products/no-such-product/options").status()).isEqualTo(404);
    }

    @Test
    void aProductNotSyncedIsReadLiveThroughTheRoute() {
        Object live = camel.requestBody("direct:fourover-catalog-live-product", Postcards.PRODUCT);

        assertThat(live).isInstanceOf(CatalogProduct.class);
        CatalogProduct product = (CatalogProduct) live;
        assertThat(product.source()).isEqualTo(CatalogProduct.LIVE);
        assertThat(product.productCode()).isEqualTo(Postcards.PRODUCT_CODE);
        assertThat(product.optionsOf(GroupKind.TURNAROUND)).hasSize(12);
        assertThat(product.price(Postcards.RUNSIZE_500, Postcards.COLORSPEC_4_0)).isPresent();
        assertThat(camel.requestBody("direct:fourover-catalog-live-product", "no-such-product")).isNull();
    }

    @Test
    void validateNamesEachUnknownOrInconsistentField() {
        JsonNode fits = validate(BusinessCards.PRODUCT, BusinessCards.RUNSIZE_500, BusinessCards.COLORSPEC_4_4,
                BusinessCards.THREE_DAYS_500_4_4, "[\"" + BusinessCards.COATING_UV + "\"]");
        JsonNode wrongPair = validate(BusinessCards.PRODUCT, BusinessCards.RUNSIZE_500, BusinessCards.COLORSPEC_4_4,
                BusinessCards.NEXT_DAY_250_4_0, "[]");
        JsonNode strangers = validate(BusinessCards.PRODUCT, Flyers.RUNSIZE_100, BusinessCards.COLORSPEC_4_0,
                BusinessCards.NEXT_DAY_500_4_0, "[\"" + Flyers.COATING_UV + "\",\"" + BusinessCards.COATING_UV
                        + "\",\"" + BusinessCards.COATING_MATTE + "\"]");
        JsonNode unknown = validate("no-such-product", "r", "c", "t", "[]");

        assertThat(fits.path("valid").asBoolean()).isTrue();
        assertThat(fits.path("problems")).isEmpty();
        assertThat(wrongPair.path("valid").asBoolean()).isFalse();
        assertThat(fields(wrongPair)).containsExactly("turnaroundtime_uuid");
        assertThat(wrongPair.path("problems").get(0).path("problem").asText())
                .contains("Next Day for 250 at 4/0, not for runsize 500 at 4/4")
                .contains(BusinessCards.NEXT_DAY_500_4_4);
        assertThat(fields(strangers)).containsExactly("runsize_uuid", "option_uuids", "option_uuids");
        assertThat(strangers.path("problems").get(2).path("problem").asText()).contains("at most 1 of Coating");
        assertThat(unknown.path("product_known").asBoolean()).isFalse();
        assertThat(fields(unknown)).containsExactly("product_uuid");
    }

    @Test
    void anInconsistentItemGoesToErrorsNamingOrderItemAndFieldAndNothingReachesFourOver() {
        String item = "{\"name\":\"Business cards\",\"code\":\"bc-mixed\",\"quantity\":1,\"metadata\":{"
                + "\"product_uuid\":\"" + BusinessCards.PRODUCT + "\",\"runsize_uuid\":\"" + BusinessCards.RUNSIZE_1000
                + "\",\"colorspec_uuid\":\"" + BusinessCards.COLORSPEC_4_0 + "\",\"turnaroundtime_uuid\":\""
                + BusinessCards.THREE_DAYS_500_4_0 + "\",\"print_url\":\"https://art.example/a.pdf\"}}";
        String id = api.post("/orders", TestOrders.json(TestOrders.unique(), null, item)).body().path("order")
                .path("id").asText();

        await().atMost(Duration.ofSeconds(10)).until(() -> api.folderOf(id) == ERRORS);
        String itemId = api.get("/orders/" + id).body().path("order").path("order_items").get(0).path("id").asText();
        assertThat(api.history(id)).anyMatch(note -> note.contains("Order " + id + " item " + itemId
                + " (bc-mixed): turnaroundtime_uuid: '" + BusinessCards.THREE_DAYS_500_4_0 + "' is 3 Business Days"
                + " for 500 at 4/0, not for runsize 1000 at 4/0"));
        assertThat(simulator.ordersReceived()).noneMatch(o -> o.path("order_id").asText().equals("PR-" + id));
    }

    @Test
    void aConsistentItemOfTheSandboxInventoryStillGoesThrough() {
        String item = "{\"name\":\"Business cards\",\"code\":\"bc-ok\",\"quantity\":1,\"metadata\":{"
                + io.printrelay.TestItems.cardDetails() + ",\"print_url\":\"https://art.example/a.pdf\"}}";
        String id = api.post("/orders", TestOrders.json(TestOrders.unique(), null, item)).body().path("order")
                .path("id").asText();

        await().atMost(Duration.ofSeconds(10)).until(() -> simulator.ordersReceived().stream()
                .anyMatch(o -> o.path("order_id").asText().equals("PR-" + id)));
    }

    @Test
    void aQuoteIsFourOversPriceAndTheSellingPriceAfterTheFirstMatchingMarkup() {
        JsonNode cards = quote(BusinessCards.PRODUCT, BusinessCards.RUNSIZE_500, BusinessCards.COLORSPEC_4_0,
                BusinessCards.THREE_DAYS_500_4_0, BusinessCards.COATING_UV);
        JsonNode postcards = quote(Postcards.PRODUCT, Postcards.RUNSIZE_500, Postcards.COLORSPEC_4_0,
                Postcards.NEXT_DAY_500_4_0, null);
        JsonNode flyers = quote(Flyers.PRODUCT, Flyers.RUNSIZE_100, Flyers.COLORSPEC_4_0, Flyers.NEXT_DAY_100_4_0,
                null);

        // 7.80 base, UV 10% of it (0.78), 3 Business Days 8% of it (0.624)
        assertThat(cards.path("price_source").asText()).isEqualTo("4over productquote");
        assertThat(cards.path("fourover_price").path("base_price").asText()).isEqualTo("7.80");
        assertThat(cards.path("fourover_price").path("total_price").asText()).isEqualTo("9.20");
        assertThat(cards.path("markup").path("rule").asText()).isEqualTo("bc*");
        assertThat(cards.path("selling_price").asText()).isEqualTo(sell("9.20", "1.40", "1.50"));
        // 21.60 + Next Day 25%
        assertThat(postcards.path("fourover_price").path("total_price").asText()).isEqualTo("27.00");
        assertThat(postcards.path("markup").path("rule").asText()).isEqualTo("category Postcards");
        assertThat(postcards.path("selling_price").asText()).isEqualTo(sell("27.00", "1.25", "0"));
        assertThat(flyers.path("markup").path("rule").asText()).isEqualTo("default");
        assertThat(flyers.path("selling_price").asText()).isEqualTo(sell(
                flyers.path("fourover_price").path("total_price").asText(), "1.10", "0"));
        Response impossible = api.get("/fourover/quote?product_uuid=" + BusinessCards.PRODUCT + "&runsize_uuid="
                + BusinessCards.RUNSIZE_500 + "&colorspec_uuid=" + BusinessCards.COLORSPEC_4_0
                + "&turnaroundtime_uuid=" + BusinessCards.NEXT_DAY_1000_4_4);
        assertThat(impossible.status()).isEqualTo(422);
    }

    @Test
    void aShippingQuotesServiceCodesReachShippingClassMatch() {
        Response quote = api.post("/fourover/shipping-quote", "{\"product_uuid\":\"" + BusinessCards.PRODUCT
                + "\",\"runsize_uuid\":\"" + BusinessCards.RUNSIZE_500 + "\",\"colorspec_uuid\":\""
                + BusinessCards.COLORSPEC_4_0 + "\",\"turnaroundtime_uuid\":\"" + BusinessCards.THREE_DAYS_500_4_0
                + "\",\"shipping\":{\"address1\":\"800 Emmet St\",\"city\":\"Nashville\",\"state\":\"TN\","
                + "\"postal_code\":\"37203\",\"country\":\"US\"}}");
        assertThat(quote.status()).isEqualTo(200);
        JsonNode fedEx = find(quote.body().path("shipping_options"), "service_name", "FedEx 2Day");
        assertThat(fedEx.path("service_code").asText()).isEqualTo("FEDEX_2_DAY");
        assertThat(new BigDecimal(fedEx.path("service_price").asText())).isPositive();

        String id = api.post("/orders", TestOrders.json(TestOrders.unique(), "\"shipping_method\":\"Express\"",
                io.printrelay.TestItems.cards(1, io.printrelay.TestItems.art()))).body().path("order").path("id")
                .asText();
        await().atMost(Duration.ofSeconds(10)).until(() -> simulator.ordersReceived().stream()
                .anyMatch(o -> o.path("order_id").asText().equals("PR-" + id)));
        JsonNode shipper = simulator.ordersReceived().stream()
                .filter(o -> o.path("order_id").asText().equals("PR-" + id)).findFirst().orElseThrow()
                .path("jobs").get(0).path("shipper");
        assertThat(shipper.path("shipping_method").asText()).isEqualTo("FedEx 2Day");
        assertThat(shipper.path("shipping_code").asText()).isEqualTo("FEDEX_2_DAY");
    }

    private JsonNode validate(String product, String runsize, String colorspec, String turnaround, String options) {
        Response response = api.post("/fourover/validate", "{\"metadata\":{\"product_uuid\":\"" + product
                + "\",\"runsize_uuid\":\"" + runsize + "\",\"colorspec_uuid\":\"" + colorspec
                + "\",\"turnaroundtime_uuid\":\"" + turnaround + "\",\"option_uuids\":" + options + "}}");
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    private JsonNode quote(String product, String runsize, String colorspec, String turnaround, String option) {
        Response response = api.get("/fourover/quote?product_uuid=" + product + "&runsize_uuid=" + runsize
                + "&colorspec_uuid=" + colorspec + "&turnaroundtime_uuid=" + turnaround
                + (option == null ? "" : "&option_uuids=" + option));
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.body();
    }

    private static String sell(String total, String factor, String fixed) {
        return new BigDecimal(total).multiply(new BigDecimal(factor)).add(new BigDecimal(fixed))
                .setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static List<String> fields(JsonNode answer) {
        List<String> fields = new ArrayList<>();
        answer.path("problems").forEach(p -> fields.add(p.path("field").asText()));
        return fields;
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode element : array) {
            if (element.path(field).asText().equals(value)) {
                return element;
            }
        }
        throw new AssertionError("no element with " + field + " " + value + " in " + array);
    }
}
