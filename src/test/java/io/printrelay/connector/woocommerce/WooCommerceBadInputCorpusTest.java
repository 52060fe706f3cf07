package io.printrelay.connector.woocommerce;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.printrelay.PrintRelayTest;
import io.printrelay.api.WebhookSignature;
import io.printrelay.management.Operations;
import io.printrelay.sandbox.SimulatorHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input corpus for WooCommerce (issue 12), as a page of orders served by WireMock as a shop would, and as
 * signed webhooks. Each bad order is kept in Errors with a note naming the field (an order without a usable id,
 * which cannot be kept, is skipped and counted); the good one, and the one whose text only looks dangerous, are
 * imported as they are. Webhook bodies that are no order are 400, unsigned ones 401, oversized ones 413; nothing of
 * them is stored. The count tried and how each ended is printed.
 */
@PrintRelayTest
@TestPropertySource(properties = "printrelay.fulfilment.auto-submit=false")
class WooCommerceBadInputCorpusTest {

    static final WireMockServer SHOP = new WireMockServer(options().dynamicPort());
    static final ObjectMapper JSON = new ObjectMapper();
    static final String SECRET = "sandbox-woocommerce-webhook-secret";

    static {
        SHOP.start();
    }

    @DynamicPropertySource
    static void shopAtWireMock(DynamicPropertyRegistry registry) {
        registry.add("printrelay.sources.woocommerce.base-url", SHOP::baseUrl);
    }

    @AfterAll
    static void stop() {
        SHOP.stop();
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Operations operations;

    @BeforeEach
    void noStubs() {
        SHOP.resetAll();
    }

    @Test
    void aPageThatIsNotAListOfOrdersEndsThePollAndThePagesBeforeItAreImported() {
        ArrayNode first = JSON.createArrayNode().add(order(400)).add(order(401));
        SHOP.stubFor(get(urlPathEqualTo("/wp-json/wc/v3/orders")).withQueryParam("page", equalTo("1"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withHeader("X-WP-TotalPages", "3").withBody(first.toString())));
        SHOP.stubFor(get(urlPathEqualTo("/wp-json/wc/v3/orders")).withQueryParam("page", equalTo("2"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html")
                        .withBody("<html><body>There has been a critical error on this website.</body></html>")));
        SHOP.stubFor(get(urlPathEqualTo("/wp-json/wc/v3/orders")).withQueryParam("page", equalTo("3"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withHeader("X-WP-TotalPages", "3").withBody(JSON.createArrayNode().add(order(402))
                                .toString())));

        operations.pollNow("woocommerce-import-poll");

        assertThat(jdbc.queryForList("SELECT source_id FROM orders WHERE source_name = 'WooCommerce'"
                + " AND source_id IN ('400', '401', '402') ORDER BY source_id", String.class))
                .containsExactly("400", "401");
        SHOP.verify(0, getRequestedFor(urlPathEqualTo("/wp-json/wc/v3/orders")).withQueryParam("page", equalTo("3")));
    }

    @Test
    void eachBadOrderOfAPageIsInErrorsNamingItsFieldAndTheOthersAreImported() {
        Map<String, String> expected = new LinkedHashMap<>();
        ArrayNode orders = JSON.createArrayNode();
        corpus(100, (order, where) -> {
            orders.add(order);
            expected.put(order.path("id").asText(), where);
        });
        ObjectNode noId = order(199);
        noId.remove("id");
        orders.add(noId);
        orders.add("not an order");
        SHOP.stubFor(get(urlPathEqualTo("/wp-json/wc/v3/orders")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withHeader("X-WP-Total", "" + orders.size())
                .withHeader("X-WP-TotalPages", "1").withBody(orders.toString())));
        int before = count();

        operations.pollNow("woocommerce-import-poll");

        Map<String, Integer> outcomes = check(expected);
        boolean skipped = count() - before == expected.size();
        outcomes.merge(skipped ? "skipped and counted (no id, not an object)" : "WRONG", 2, Integer::sum);
        System.out.printf("bad-input corpus (WooCommerce page): %d tried: %s%n", expected.size() + 2, outcomes);
        assertThat(outcomes).doesNotContainKey("WRONG");
        assertThat(jdbc.queryForObject("SELECT i.name FROM order_items i JOIN orders o ON o.id = i.order_id"
                + " WHERE o.source_id = '101'", String.class)).isEqualTo("Robert'); DROP TABLE orders;--");
    }

    @Test
    void eachBadOrderOfAWebhookIsInErrorsNamingItsFieldAndBodiesThatAreNoOrderAreRefused() {
        Map<String, String> expected = new LinkedHashMap<>();
        List<String> wrong = new ArrayList<>();
        corpus(200, (order, where) -> {
            expected.put(order.path("id").asText(), where);
            SimulatorHttp.Response answer = signed(order.toString());
            if (answer.status() != 200) {
                wrong.add(order.path("id").asText() + ": HTTP " + answer.status() + " " + answer.body());
            }
        });
        Map<String, Integer> outcomes = check(expected);
        int before = count();
        Map<String, Integer> refusals = new LinkedHashMap<>();
        refuse(refusals, wrong, 400, signed("{\"id\":\"abc\",\"status\":\"processing\"}"));
        refuse(refusals, wrong, 400, signed("{\"number\":\"1001\"}"));
        refuse(refusals, wrong, 400, signed("[]"));
        refuse(refusals, wrong, 400, signed("null"));
        refuse(refusals, wrong, 400, signed("{\"id\":"));
        refuse(refusals, wrong, 400, signed("\u0000\u0001binary"));
        refuse(refusals, wrong, 400, signed(""));
        refuse(refusals, wrong, 401, post(order(298).toString().getBytes(StandardCharsets.UTF_8), "Zm9v"));
        refuse(refusals, wrong, 401, post(order(299).toString().getBytes(StandardCharsets.UTF_8), "not base64!"));
        byte[] huge = ("{\"id\":297,\"x\":\"" + "x".repeat(5 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        refuse(refusals, wrong, 413, post(huge, WebhookSignature.of(SECRET, huge)));
        System.out.printf("bad-input corpus (WooCommerce webhooks): %d tried: %s, refused %s%n",
                expected.size() + 10, outcomes, refusals);

        assertThat(wrong).isEmpty();
        assertThat(outcomes).doesNotContainKey("WRONG");
        assertThat(count()).as("nothing of a refused webhook is stored").isEqualTo(before);
    }

    private void refuse(Map<String, Integer> refusals, List<String> wrong, int status, SimulatorHttp.Response answer) {
        refusals.merge(String.valueOf(answer.status()), 1, Integer::sum);
        if (answer.status() != status) {
            wrong.add("expected " + status + ", got " + answer.status() + " " + answer.body());
        }
    }

    /** The orders, each bad in one way (or not), and the field its Errors note must name ("New": imported). */
    private static void corpus(int firstId, java.util.function.BiConsumer<ObjectNode, String> use) {
        int[] id = {firstId};
        Map<String, Consumer<ObjectNode>> spoils = new LinkedHashMap<>();
        List<String> wheres = new ArrayList<>();
        add(spoils, wheres, "New", order -> { });
        add(spoils, wheres, "New", order -> item(order).put("name", "Robert'); DROP TABLE orders;--"));
        add(spoils, wheres, "order_items[0].quantity", order -> item(order).put("quantity", "two"));
        add(spoils, wheres, "order_items[0].quantity", order -> item(order).put("quantity", 1.5));
        add(spoils, wheres, "order_items[0].quantity", order -> item(order).put("quantity", -3));
        add(spoils, wheres, "order_items[0].quantity", order -> item(order).put("quantity", 1_000_000_000_000L));
        add(spoils, wheres, "order_items[0].name", order -> item(order).put("name", "x".repeat(100_000)));
        add(spoils, wheres, "order_items[0].name", order -> item(order).put("name", "bell\u0007"));
        add(spoils, wheres, "shipping.country", order -> ((ObjectNode) order.get("shipping")).put("country", "Atlantis"));
        add(spoils, wheres, "print_url_1", order -> ((ObjectNode) item(order).withArray("meta_data").get(0))
                .put("value", "ftp://art.example/a.pdf"));
        add(spoils, wheres, "order_items", order -> order.put("line_items", "two business cards"));
        add(spoils, wheres, "email", order -> ((ObjectNode) order.get("billing")).put("email", "nobody"));
        int i = 0;
        for (Consumer<ObjectNode> spoil : spoils.values()) {
            ObjectNode order = order(id[0]++);
            spoil.accept(order);
            use.accept(order, wheres.get(i++));
        }
    }

    private static void add(Map<String, Consumer<ObjectNode>> spoils, List<String> wheres, String where,
                            Consumer<ObjectNode> spoil) {
        spoils.put(UUID.randomUUID().toString(), spoil);
        wheres.add(where);
    }

    private Map<String, Integer> check(Map<String, String> expected) {
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        List<String> wrong = new ArrayList<>();
        expected.forEach((sourceId, where) -> {
            List<Map<String, Object>> rows = jdbc.queryForList("SELECT o.id, f.name AS folder FROM orders o"
                    + " JOIN folders f ON f.id = o.folder_id WHERE o.source_name = 'WooCommerce' AND o.source_id = ?",
                    sourceId);
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
        assertThat(wrong).isEmpty();
        return outcomes;
    }

    private int count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM orders", Integer.class);
    }

    private SimulatorHttp.Response signed(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return post(bytes, WebhookSignature.of(SECRET, bytes));
    }

    private SimulatorHttp.Response post(byte[] body, String signature) {
        return new SimulatorHttp().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/webhooks/woocommerce"))
                .header("Content-Type", "application/json")
                .header("X-WC-Webhook-Topic", "order.created")
                .header("X-WC-Webhook-Delivery-ID", UUID.randomUUID().toString())
                .header("X-WC-Webhook-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private static ObjectNode item(ObjectNode order) {
        return (ObjectNode) order.withArray("line_items").get(0);
    }

    /** A good WooCommerce order, in the shape of GET /wp-json/wc/v3/orders. */
    private static ObjectNode order(int id) {
        try {
            return (ObjectNode) JSON.readTree("""
                    {"id":%d,"number":"%d","status":"processing","date_created_gmt":"2026-11-20T10:00:00",
                     "billing":{"first_name":"Jimmy","last_name":"Dean","address_1":"800 Emmet St","city":"Nashville",
                       "state":"TN","postcode":"37203","country":"US","email":"jimmy@example.com","phone":"+1 615 555 0100"},
                     "shipping":{"first_name":"Jimmy","last_name":"Dean","address_1":"800 Emmet St","city":"Nashville",
                       "state":"TN","postcode":"37203","country":"US"},
                     "shipping_lines":[{"id":1,"method_title":"Ground","method_id":"flat_rate","total":"5.00"}],
                     "meta_data":[{"id":1,"key":"_hidden","value":"x"}],
                     "shipping_total":"5.00","total_tax":"0.00","total":"15.00",
                     "line_items":[{"id":%d,"name":"Business cards","sku":"BC-14PT-500","quantity":1,"price":10,
                       "subtotal":"10.00","meta_data":[{"id":2,"key":"print_url_1",
                       "value":"https://art.example/front.pdf"}]}]}
                    """.formatted(id, id, id * 10));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
