package io.printrelay.connector.shopify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.printrelay.PrintRelayTest;
import io.printrelay.api.WebhookSignature;
import io.printrelay.management.Operations;
import io.printrelay.sandbox.SimulatorHttp;
import org.junit.jupiter.api.AfterAll;
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
import java.util.function.Consumer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input corpus for Shopify: a GraphQL page of orders served by WireMock as Shopify would, each bad in one
 * way beside a good one, and webhooks, each bad in one way. A bad order is kept in Errors with a note naming the
 * field (one without an id, which cannot be kept, is skipped and counted); a webhook with a wrong or missing
 * signature is 401, one whose signed body is not an order 400; nothing stops the import. The counts are printed.
 */
@PrintRelayTest
@TestPropertySource(properties = {"printrelay.fulfilment.auto-submit=false",
        "printrelay.sources.shopify.first-import-date=2026-01-01"})
class ShopifyBadInputCorpusTest {

    static final WireMockServer SHOPIFY = new WireMockServer(options().dynamicPort());
    static final ObjectMapper JSON = new ObjectMapper();
    static final String SECRET = "sandbox-shopify-webhook-secret";

    static {
        SHOPIFY.start();
    }

    @DynamicPropertySource
    static void shopifyAtWireMock(DynamicPropertyRegistry registry) {
        registry.add("printrelay.sources.shopify.shop-url", SHOPIFY::baseUrl);
    }

    @AfterAll
    static void stop() {
        SHOPIFY.stop();
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Operations operations;

    @Test
    void eachBadOrderOfAPageIsInErrorsNamingItsFieldAndTheOthersAreImported() {
        Map<String, String> expected = new LinkedHashMap<>();
        ArrayNode orders = JSON.createArrayNode();
        add(orders, expected, 9001, "New", order -> { });
        add(orders, expected, 9002, "New", order -> item(order).put("name", "Robert'); DROP TABLE orders;--"));
        add(orders, expected, 9003, "order_items[0].quantity", order -> item(order).put("quantity", "two"));
        add(orders, expected, 9004, "order_items[0].quantity", order -> item(order).put("quantity", 1.5));
        add(orders, expected, 9005, "order_items[0].quantity", order -> item(order).put("quantity", -3));
        add(orders, expected, 9006, "order_items[0].quantity",
                order -> item(order).put("quantity", 1_000_000_000_000L));
        add(orders, expected, 9007, "order_items[0].name", order -> item(order).put("name", "x".repeat(100_000)));
        add(orders, expected, 9008, "order_items[0].name", order -> item(order).put("name", "bell\u0007"));
        add(orders, expected, 9009, "shipping.country",
                order -> ((ObjectNode) order.get("shippingAddress")).put("countryCodeV2", "Atlantis"));
        add(orders, expected, 9010, "print_url", order -> ((ObjectNode) item(order).withArray("customAttributes")
                .get(0)).put("value", "ftp://art.example/a.pdf"));
        add(orders, expected, 9011, "order_items", order -> order.put("lineItems", "two business cards"));
        add(orders, expected, 9012, "email", order -> order.put("email", "nobody"));
        add(orders, expected, 9013, "order_items", order -> order.putObject("lineItems").putArray("nodes"));
        ObjectNode noId = order(9099);
        noId.remove("id");
        noId.remove("legacyResourceId");
        orders.add(noId);
        ObjectNode page = JSON.createObjectNode();
        ObjectNode listing = page.putObject("data").putObject("orders");
        listing.putObject("pageInfo").put("hasNextPage", false).put("endCursor", "end");
        listing.set("nodes", orders);
        SHOPIFY.stubFor(post(urlPathEqualTo("/admin/api/2025-01/graphql.json")).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json").withBody(page.toString())));

        assertThat(operations.pollNow("shopify-import-poll")).isEqualTo("Route 'shopify-import-poll' ran once");

        Map<String, Integer> outcomes = new LinkedHashMap<>();
        List<String> wrong = new ArrayList<>();
        expected.forEach((sourceId, where) -> {
            String outcome = outcome(sourceId, where);
            outcomes.merge(outcome.startsWith("WRONG") ? "WRONG" : outcome, 1, Integer::sum);
            if (outcome.startsWith("WRONG")) {
                wrong.add(sourceId + ": " + outcome + " (expected " + where + ")");
            }
        });
        boolean noIdSkipped = jdbc.queryForObject("SELECT COUNT(*) FROM orders WHERE source_name = 'Shopify'"
                + " AND source_id LIKE '90%'", Integer.class) == expected.size();
        outcomes.merge(noIdSkipped ? "skipped and counted (no id)" : "WRONG", 1, Integer::sum);
        System.out.printf("bad-input corpus (Shopify page): %d tried: %s%n", expected.size() + 1, outcomes);

        assertThat(wrong).isEmpty();
        assertThat(noIdSkipped).as("the order without an id is not stored").isTrue();
        assertThat(jdbc.queryForObject("SELECT i.name FROM order_items i JOIN orders o ON o.id = i.order_id"
                + " WHERE o.source_id = '9002'", String.class)).isEqualTo("Robert'); DROP TABLE orders;--");
    }

    @Test
    void everyBadWebhookIsRefusedAsItShouldAndABadOrderInOneIsKeptInErrors() {
        record Webhook(String what, byte[] body, String signature, String topic, int status, String where) {
        }
        List<Webhook> corpus = new ArrayList<>();
        byte[] good = rest(8001, order -> { }).getBytes(StandardCharsets.UTF_8);
        corpus.add(new Webhook("a good order", good, sign(good), "orders/create", 200, "New"));
        byte[] badQuantity = rest(8002, order -> ((ObjectNode) order.withArray("line_items").get(0))
                .put("quantity", "two")).getBytes(StandardCharsets.UTF_8);
        corpus.add(new Webhook("quantity a word", badQuantity, sign(badQuantity), "orders/create", 200,
                "order_items[0].quantity"));
        byte[] badCountry = rest(8003, order -> ((ObjectNode) order.get("shipping_address"))
                .put("country_code", "ZZ")).getBytes(StandardCharsets.UTF_8);
        corpus.add(new Webhook("unknown country", badCountry, sign(badCountry), "orders/create", 200,
                "shipping.country"));
        byte[] forged = rest(8004, order -> { }).getBytes(StandardCharsets.UTF_8);
        corpus.add(new Webhook("a wrong signature", forged, WebhookSignature.of("guess", forged), "orders/create",
                401, null));
        corpus.add(new Webhook("no signature", forged, null, "orders/create", 401, null));
        corpus.add(new Webhook("a signature that is not base64", forged, "%%%", "orders/create", 401, null));
        byte[] tampered = rest(8005, order -> { }).getBytes(StandardCharsets.UTF_8);
        corpus.add(new Webhook("a body changed after signing", rest(8005, order -> order.put("email",
                "evil@example.com")).getBytes(StandardCharsets.UTF_8), sign(tampered), "orders/create", 401, null));
        for (String body : List.of("", "not json", "[]", "\"an order\"", "{\"name\":\"#1\"}", "{\"id\":\"abc\"}",
                "{\"id\": {}}", "{".repeat(3000))) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            corpus.add(new Webhook("signed body " + (body.length() > 20 ? body.substring(0, 20) + "..." : body),
                    bytes, sign(bytes), "orders/create", 400, null));
        }
        byte[] otherTopic = rest(8006, order -> { }).getBytes(StandardCharsets.UTF_8);
        corpus.add(new Webhook("topic orders/delete", otherTopic, sign(otherTopic), "orders/delete", 400, null));

        Map<String, Integer> outcomes = new LinkedHashMap<>();
        List<String> wrong = new ArrayList<>();
        for (Webhook webhook : corpus) {
            SimulatorHttp.Response answer = deliver(webhook.body(), webhook.signature(), webhook.topic());
            String outcome = answer.status() != webhook.status() ? "WRONG HTTP " + answer.status()
                    : webhook.where() == null ? "refused " + answer.status()
                    : outcome(idOf(webhook.body()), webhook.where());
            outcomes.merge(outcome.startsWith("WRONG") ? "WRONG" : outcome, 1, Integer::sum);
            if (outcome.startsWith("WRONG")) {
                wrong.add(webhook.what() + ": " + outcome + " " + answer.body());
            }
        }
        System.out.printf("bad-input corpus (Shopify webhooks): %d tried: %s%n", corpus.size(), outcomes);

        assertThat(wrong).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM orders WHERE source_id IN ('8004', '8005', '8006')",
                Integer.class)).isZero();
    }

    /** Where an order ended: New, Errors with a note naming the field, or WRONG. */
    private String outcome(String sourceId, String where) {
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT o.id, f.name AS folder FROM orders o"
                + " JOIN folders f ON f.id = o.folder_id WHERE o.source_name = 'Shopify' AND o.source_id = ?", sourceId);
        String folder = rows.isEmpty() ? "missing" : String.valueOf(rows.get(0).get("folder"));
        List<String> notes = rows.isEmpty() ? List.of() : jdbc.queryForList("SELECT note FROM order_history"
                + " WHERE order_id = ?", String.class, rows.get(0).get("id"));
        if (where.equals("New")) {
            return folder.equals("New") ? "imported" : "WRONG in " + folder + " " + notes;
        }
        return folder.equals("Errors") && notes.stream().anyMatch(note -> note.contains(where))
                ? "Errors naming the field" : "WRONG in " + folder + " " + notes;
    }

    private SimulatorHttp.Response deliver(byte[] body, String signature, String topic) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/webhooks/shopify/orders-create"))
                .header("Content-Type", "application/json").header("X-Shopify-Topic", topic)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            request.header("X-Shopify-Hmac-Sha256", signature);
        }
        return new SimulatorHttp().send(request);
    }

    private static String sign(byte[] body) {
        return WebhookSignature.of(SECRET, body);
    }

    private static void add(ArrayNode orders, Map<String, String> expected, long id, String where,
                            Consumer<ObjectNode> spoil) {
        ObjectNode order = order(id);
        spoil.accept(order);
        orders.add(order);
        expected.put(String.valueOf(id), where);
    }

    private static ObjectNode item(ObjectNode order) {
        return (ObjectNode) order.with("lineItems").withArray("nodes").get(0);
    }

    /** A good Shopify order, as a node of the GraphQL orders listing. */
    private static ObjectNode order(long id) {
        return parse("""
                {"id":"gid://shopify/Order/%d","legacyResourceId":"%d","name":"#%d","email":"jimmy@example.com",
                 "createdAt":"2026-11-20T10:00:00Z","customAttributes":[{"key":"gift_note","value":"hi"}],
                 "shippingAddress":{"firstName":"Jimmy","lastName":"Dean","address1":"800 Emmet St",
                   "city":"Nashville","provinceCode":"TN","zip":"37203","countryCodeV2":"US"},
                 "shippingLine":{"title":"Ground"},"totalPriceSet":{"shopMoney":{"amount":"15.00"}},
                 "lineItems":{"nodes":[{"id":"gid://shopify/LineItem/%d1","sku":"BC-14PT-500","name":"Business cards",
                   "quantity":1,"originalUnitPriceSet":{"shopMoney":{"amount":"10.00"}},
                   "customAttributes":[{"key":"print_url","value":"https://art.example/front.pdf"}]}]}}
                """.formatted(id, id, id, id));
    }

    /** A good orders/create webhook body (Shopify's REST order), spoiled one way. */
    private static String rest(long id, Consumer<ObjectNode> spoil) {
        ObjectNode order = parse("""
                {"id":%d,"name":"#%d","email":"jimmy@example.com","created_at":"2026-11-20T05:00:00-05:00",
                 "note_attributes":[{"name":"gift_note","value":"hi"}],
                 "line_items":[{"id":%d1,"sku":"BC-14PT-500","name":"Business cards","quantity":1,"price":"10.00",
                   "variant_title":null,"properties":[{"name":"print_url","value":"https://art.example/front.pdf"}]}],
                 "shipping_address":{"first_name":"Jimmy","last_name":"Dean","address1":"800 Emmet St",
                   "city":"Nashville","province_code":"TN","zip":"37203","country_code":"US"},
                 "shipping_lines":[{"title":"Ground","code":"ground"}],"total_price":"15.00"}
                """.formatted(id, id, id));
        spoil.accept(order);
        return order.toString();
    }

    private static ObjectNode parse(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The webhook body's order id, to find it in the store. */
    private static String idOf(byte[] body) {
        try {
            return JSON.readTree(body).path("id").asText();
        } catch (Exception e) {
            return "";
        }
    }
}
