package io.printrelay.connector.fourover;

import com.fasterxml.jackson.databind.JsonNode;
import io.printrelay.PrintRelayTest;
import io.printrelay.TestOrders;
import io.printrelay.api.ApiClient;
import io.printrelay.fulfilment.FulfilmentStore;
import io.printrelay.sandbox.fourover.FourOverSimulator;
import io.printrelay.sandbox.fourover.SimulatedCatalog.BusinessCards;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.printrelay.TestItems.art;
import static io.printrelay.TestItems.cards;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Values 4over's request cannot carry stop the order while mapping, before any job is claimed, with a note naming
 * the order, the item, the field and the value; every artwork file goes to its 4over side. Over HTTP to the 4over
 * simulator, in the same context as {@link FourOverEndToEndTest} (same properties).
 */
@PrintRelayTest
@TestPropertySource(properties = {
        "printrelay.sandbox.fourover.step-millis=3600000",
        "printrelay.vendors.fourover.shipping-class-match[Standard\\ Shipping]=UPS 2nd Day Air",
        "printrelay.vendors.fourover.product-settings.code-skip=GIFT-CARD",
        "printrelay.vendors.fourover.product-settings.code-match[bc-promo]=BC-PROMO-INVENTORY"})
class FourOverItemValuesTest {

    static final int SUBMITTED = 3, ERRORS = 7;

    @LocalServerPort
    int port;
    @Autowired
    FourOverSimulator simulator;
    @Autowired
    FulfilmentStore fulfilment;
    ApiClient api;

    @BeforeEach
    void client() {
        api = ApiClient.sandbox(port);
    }

    @Test
    void malformedValuesStopTheOrderWhileMappingNamingOrderItemFieldAndValue() {
        String id = create("\"checkout_data\":{\"skip_confirmation\":\"perhaps\"}",
                cards(1, art() + ",\"sets\":\"two\""),
                cards(1, art() + ",\"option_uuids\":\"[\\\"" + BusinessCards.COATING_UV + "\\\"\""),
                cards(1, art() + ",\"option_uuids\":{\"coating\":\"uv\"}"),
                cards(1, art() + ",\"dropship\":\"maybe\""));

        await().atMost(Duration.ofSeconds(10)).until(() -> api.folderOf(id) == ERRORS);
        List<String> items = itemIds(id);
        String note = api.history(id).stream().filter(n -> n.startsWith("Moved from New to Errors")).findFirst()
                .orElseThrow();
        assertThat(note).contains("Order " + id + " item " + items.get(0) + " (bc-1000): sets: 'two' is not a"
                + " whole number");
        assertThat(note).contains("Order " + id + " item " + items.get(1) + " (bc-1000): option_uuids: '[\""
                + BusinessCards.COATING_UV + "\"' is not a list");
        assertThat(note).contains("Order " + id + " item " + items.get(2) + " (bc-1000): option_uuids: '{coating=uv}'"
                + " is not a list");
        assertThat(note).contains("Order " + id + " item " + items.get(3) + " (bc-1000): dropship: 'maybe' is not");
        assertThat(note).contains("Order " + id + ": skip_confirmation: 'perhaps' is not a flag");
        assertThat(sentOrders(id)).isEmpty();
        assertThat(fulfilment.jobs(Long.parseLong(id))).as("nothing claimed, nothing left SENDING").isEmpty();
    }

    @Test
    void everyArtworkFileGoesToItsFourOverSideAndAFileWithoutOneIsAnError() {
        String placed = create(null, cards(1, "\"print_url_1\":\"https://art.example/back.pdf\","
                + "\"print_location_1\":\"back\",\"print_url_2\":\"https://art.example/front.pdf\""));
        String refused = create(null,
                cards(1, "\"print_url_1\":\"https://art.example/f.pdf\",\"print_location_1\":\"front\","
                        + "\"print_url_2\":\"https://art.example/b.pdf\",\"print_location_2\":\"back\","
                        + "\"print_url_3\":\"https://art.example/third.pdf\""),
                cards(1, "\"print_url_1\":\"https://art.example/f1.pdf\",\"print_location_1\":\"front\","
                        + "\"print_url_2\":\"https://art.example/f2.pdf\",\"print_location_2\":\"Front\""),
                cards(1, "\"print_url_1\":\"https://art.example/sleeve.pdf\",\"print_location_1\":\"sleeve\""));

        await().atMost(Duration.ofSeconds(10)).until(() -> api.folderOf(placed) == SUBMITTED
                && api.folderOf(refused) == ERRORS);
        JsonNode files = sentOrder(placed).path("jobs").get(0).path("files");
        assertThat(files.path("fr").asText()).isEqualTo("https://art.example/front.pdf");
        assertThat(files.path("bk").asText()).isEqualTo("https://art.example/back.pdf");
        String job = fulfilment.jobs(Long.parseLong(placed)).get(0).vendorJobId();
        assertThat(simulator.job(job).orElseThrow().request().path("files")).isEqualTo(files);

        List<String> items = itemIds(refused);
        String note = api.history(refused).stream().filter(n -> n.startsWith("Moved from New to Errors"))
                .findFirst().orElseThrow();
        assertThat(note).contains("Order " + refused + " item " + items.get(0) + " (bc-1000): print_url_3:"
                + " 'https://art.example/third.pdf' has no side left: 4over takes one file for each of front, back");
        assertThat(note).contains("Order " + refused + " item " + items.get(1) + " (bc-1000): print_url_2:"
                + " 'https://art.example/f2.pdf' is a second file for the front (print_url_1 has it)");
        assertThat(note).contains("Order " + refused + " item " + items.get(2) + " (bc-1000): print_location_1:"
                + " 'sleeve' is not a side 4over prints (front, back)");
        assertThat(sentOrders(refused)).isEmpty();
    }

    private String create(String extraFields, String... items) {
        ApiClient.Response created = api.post("/orders", TestOrders.json(TestOrders.unique(), extraFields,
                String.join(",", items)));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.body().path("order").path("id").asText();
    }

    private List<String> itemIds(String id) {
        List<String> ids = new ArrayList<>();
        api.get("/orders/" + id).body().path("order").path("order_items").forEach(i -> ids.add(i.path("id").asText()));
        return ids;
    }

    private List<JsonNode> sentOrders(String id) {
        return simulator.ordersReceived().stream()
                .filter(order -> order.path("order_id").asText().equals("PR-" + id)).toList();
    }

    private JsonNode sentOrder(String id) {
        List<JsonNode> sent = sentOrders(id);
        assertThat(sent).hasSize(1);
        return sent.get(0);
    }
}
