package io.printrelay.connector.podos;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.printrelay.PrintRelayTest;
import io.printrelay.api.ApiClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input corpus for podOS pages (issue 12), served by WireMock as podOS would: one page of orders, each bad in
 * one way, beside a good one. Each bad order is kept in Errors with a note naming the field (an order without an id,
 * which cannot be kept, is skipped and counted); the good one, and the one whose text only looks dangerous, are
 * imported as they are. Nothing stops the import. The count tried and how each ended is printed.
 */
@PrintRelayTest
@TestPropertySource(properties = {"printrelay.fulfilment.auto-submit=false", "printrelay.sources.podos.order-prefix=POD-"})
class PodosBadInputCorpusTest {

    static final WireMockServer PODOS = new WireMockServer(options().dynamicPort());
    static final ObjectMapper JSON = new ObjectMapper();

    static {
        PODOS.start();
    }

    @DynamicPropertySource
    static void podosAtWireMock(DynamicPropertyRegistry registry) {
        registry.add("printrelay.sources.podos.base-url", PODOS::baseUrl);
    }

    @AfterAll
    static void stop() {
        PODOS.stop();
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eachBadOrderOfAPageIsInErrorsNamingItsFieldAndTheOthersAreImported() {
        Map<String, String> expected = new LinkedHashMap<>();
        ArrayNode orders = JSON.createArrayNode();
        add(orders, expected, "po_good", "New", order -> { });
        add(orders, expected, "po_sql", "New", order -> item(order).put("name", "Robert'); DROP TABLE orders;--"));
        add(orders, expected, "po_qty_word", "order_items[0].quantity", order -> item(order).put("quantity", "two"));
        add(orders, expected, "po_qty_half", "order_items[0].quantity", order -> item(order).put("quantity", 1.5));
        add(orders, expected, "po_qty_negative", "order_items[0].quantity", order -> item(order).put("quantity", -3));
        add(orders, expected, "po_qty_huge", "order_items[0].quantity",
                order -> item(order).put("quantity", 1_000_000_000_000L));
        add(orders, expected, "po_name_huge", "order_items[0].name", order -> item(order).put("name", "x".repeat(100_000)));
        add(orders, expected, "po_name_control", "order_items[0].name", order -> item(order).put("name", "bell\u0007"));
        add(orders, expected, "po_country", "shipping.country",
                order -> ((ObjectNode) order.get("shippingAddress")).put("country", "Atlantis"));
        add(orders, expected, "po_print_url", "print_url_1",
                order -> ((ObjectNode) item(order).withArray("prints").get(0)).put("url", "ftp://art.example/a.pdf"));
        add(orders, expected, "po_items_text", "order_items", order -> order.put("items", "two business cards"));
        add(orders, expected, "po_email", "email",
                order -> ((ObjectNode) order.get("contactInformation")).put("email", "nobody"));
        ObjectNode noId = order("po_no_id");
        noId.remove("id");
        orders.add(noId);
        ObjectNode page = JSON.createObjectNode();
        page.set("orders", orders);
        page.putNull("nextPageToken");
        PODOS.stubFor(get(urlPathEqualTo("/orders")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(page.toString())));

        ApiClient.Response imported = ApiClient.sandbox(port).post("/sources/podos/import?from=2026-11-01", "");

        assertThat(imported.status()).as(imported.body().toString()).isEqualTo(200);
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        List<String> wrong = new ArrayList<>();
        expected.forEach((sourceId, where) -> {
            List<Map<String, Object>> rows = jdbc.queryForList("SELECT o.id, f.name AS folder FROM orders o"
                    + " JOIN folders f ON f.id = o.folder_id WHERE o.source_id = ?", sourceId);
            String folder = rows.isEmpty() ? "missing" : String.valueOf(rows.get(0).get("folder"));
            List<String> notes = rows.isEmpty() ? List.of() : jdbc.queryForList("SELECT note FROM order_history"
                    + " WHERE order_id = ?", String.class, rows.get(0).get("id"));
            boolean ok = where.equals("New") ? folder.equals("New")
                    : folder.equals("Errors") && notes.stream().anyMatch(note -> note.contains(where));
            outcomes.merge(ok ? (where.equals("New") ? "imported" : "Errors naming the field") : "WRONG", 1,
                    Integer::sum);
            if (!ok) {
                wrong.add(sourceId + ": in " + folder + " with " + notes + " (expected " + where + ")");
            }
        });
        boolean noIdSkipped = jdbc.queryForObject("SELECT COUNT(*) FROM orders", Integer.class) == expected.size();
        outcomes.merge(noIdSkipped ? "skipped and counted (no id)" : "WRONG", 1, Integer::sum);
        System.out.printf("bad-input corpus (podOS page): %d tried: %s%n", expected.size() + 1, outcomes);

        assertThat(wrong).isEmpty();
        assertThat(noIdSkipped).as("the order without an id is not stored").isTrue();
        assertThat(imported.body().path("imported").asInt()).isEqualTo(expected.size());
        assertThat(jdbc.queryForObject("SELECT i.name FROM order_items i JOIN orders o ON o.id = i.order_id"
                + " WHERE o.source_id = 'po_sql'", String.class)).isEqualTo("Robert'); DROP TABLE orders;--");
    }

    private static void add(ArrayNode orders, Map<String, String> expected, String id, String where,
                            Consumer<ObjectNode> spoil) {
        ObjectNode order = order(id);
        spoil.accept(order);
        orders.add(order);
        expected.put(id, where);
    }

    private static ObjectNode item(ObjectNode order) {
        return (ObjectNode) order.withArray("items").get(0);
    }

    /** A good podOS order, in the shape of podOS's GET /v1/orders. */
    private static ObjectNode order(String id) {
        try {
            return (ObjectNode) JSON.readTree("""
                    {"id":"%s","ref":"R-%s","status":"processing","createdAt":"2026-11-20T10:00:00Z",
                     "contactInformation":{"email":"jimmy@example.com","phone":"+1 615 555 0100"},
                     "shippingAddress":{"contactName":"Jimmy Dean","line1":"800 Emmet St","city":"Nashville",
                       "state":"TN","postalCode":"37203","country":"US"},
                     "shippingMethod":"Ground","subtotal":"10.00","shippingTotal":"5.00","taxTotal":"0","total":"15.00",
                     "items":[{"id":"it_%s","sku":"BC-14PT-500","name":"Business cards","quantity":1,"price":"10.00",
                       "prints":[{"url":"https://art.example/front.pdf","location":"front"}]}]}
                    """.formatted(id, id, id));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
