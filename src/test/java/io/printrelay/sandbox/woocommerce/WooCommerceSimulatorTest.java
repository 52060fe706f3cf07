package io.printrelay.sandbox.woocommerce;

import com.fasterxml.jackson.databind.JsonNode;
import io.printrelay.connector.woocommerce.WooCommerceTest;
import io.printrelay.sandbox.SimulatorHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The simulated WooCommerce REST API v3 and its demo endpoints, over HTTP as a Woo client sees them. */
@WooCommerceTest
class WooCommerceSimulatorTest {

    @LocalServerPort
    int port;
    @Autowired
    WooCommerceSimulator shop;
    final SimulatorHttp http = new SimulatorHttp();

    @BeforeEach
    void emptyShop() {
        shop.reset();
    }

    @Test
    void badOrMissingBasicCredentialsAre401InWooCommercesShape() {
        SimulatorHttp.Response none = http.send(HttpRequest.newBuilder(rest("/orders")).GET());
        SimulatorHttp.Response wrong = http.send(HttpRequest.newBuilder(rest("/orders"))
                .header("Authorization", basic("ck_sandbox_woocommerce", "cs_wrong")).GET());
        SimulatorHttp.Response post = http.send(HttpRequest.newBuilder(rest("/orders/1/notes"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(none.status()).isEqualTo(401);
        assertThat(none.json().path("code").asText()).isEqualTo("woocommerce_rest_cannot_view");
        assertThat(none.json().path("data").path("status").asInt()).isEqualTo(401);
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(post.json().path("code").asText()).isEqualTo("woocommerce_rest_cannot_create");
    }

    @Test
    void theOrderListPagesWithTotalsFiltersByStatusAndDateAndSorts() {
        LocalDateTime start = LocalDateTime.parse("2026-11-20T10:00:00");
        long first = shop.place(WooCommerceDemoOrders.order(1).createdGmt(start)).path("id").asLong();
        long second = shop.place(WooCommerceDemoOrders.order(2).createdGmt(start.plusHours(1))).path("id").asLong();
        long third = shop.place(WooCommerceDemoOrders.order(3).createdGmt(start.plusHours(2))).path("id").asLong();
        shop.place(WooCommerceDemoOrders.order(4).status("on-hold").createdGmt(start.plusHours(3)));

        SimulatorHttp.Response page1 = get("/orders?status=processing&per_page=2&page=1&orderby=date&order=asc");
        SimulatorHttp.Response page2 = get("/orders?status=processing&per_page=2&page=2&orderby=date&order=asc");
        SimulatorHttp.Response after = get("/orders?status=processing,completed&after=2026-11-20T10:30:00&order=asc");
        SimulatorHttp.Response newestFirst = get("/orders?status=processing");
        SimulatorHttp.Response any = get("/orders");

        assertThat(ids(page1.json())).containsExactly(first, second);
        assertThat(ids(page2.json())).containsExactly(third);
        assertThat(ids(after.json())).containsExactly(second, third);
        assertThat(ids(newestFirst.json())).containsExactly(third, second, first);
        assertThat(any.json().size()).isEqualTo(4);
        assertThat(get("/orders?per_page=101").status()).isEqualTo(400);
        assertThat(get("/orders?status=processing&per_page=2&page=3").json().path("code").asText())
                .isEqualTo("rest_post_invalid_page_number");
    }

    @Test
    void totalsAreInTheWpHeaders() throws Exception {
        for (int i = 1; i <= 3; i++) {
            shop.place(WooCommerceDemoOrders.order(i));
        }
        var answer = java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(rest("/orders?per_page=2"))
                .header("Authorization", sandboxCredentials()).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(answer.headers().firstValue("X-WP-Total")).hasValue("3");
        assertThat(answer.headers().firstValue("X-WP-TotalPages")).hasValue("2");
    }

    @Test
    void anOrderLooksLikeWooCommercesWithHiddenAndVisibleMeta() {
        long id = shop.place(WooCommerceDemoOrders.order(2)).path("id").asLong();

        JsonNode order = get("/orders/" + id).json();

        assertThat(order.path("number").asText()).isEqualTo(String.valueOf(id));
        assertThat(order.path("status").asText()).isEqualTo("processing");
        assertThat(order.path("date_created_gmt").asText()).isNotBlank();
        assertThat(order.path("billing").path("email").asText()).contains("@example.com");
        assertThat(order.path("shipping_lines").get(0).path("method_title").asText()).isEqualTo("Flat rate");
        assertThat(keys(order.path("meta_data"))).contains("_wc_order_attribution_source_type", "gift_message");
        JsonNode item = order.path("line_items").get(0);
        assertThat(item.path("sku").asText()).isEqualTo(WooCommerceDemoOrders.TEE_SHIRT);
        assertThat(keys(item.path("meta_data"))).contains("pa_size", "print_url_1", "_reduced_stock");
        assertThat(get("/orders/999999999").status()).isEqualTo(404);
        assertThat(get("/orders/" + id).json().has("_notes")).isFalse();
    }

    @Test
    void notesAreAddedAndListedNewestFirstAndTheStatusIsSet() {
        long id = shop.place(WooCommerceDemoOrders.order(1)).path("id").asLong();

        SimulatorHttp.Response first = send("POST", "/orders/" + id + "/notes", "{\"note\":\"one\",\"customer_note\":true}");
        send("POST", "/orders/" + id + "/notes", "{\"note\":\"two\"}");
        SimulatorHttp.Response completed = send("PUT", "/orders/" + id, "{\"status\":\"completed\"}");
        SimulatorHttp.Response unknown = send("PUT", "/orders/" + id, "{\"status\":\"shipped\"}");

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().path("customer_note").asBoolean()).isTrue();
        JsonNode notes = get("/orders/" + id + "/notes").json();
        assertThat(notes.get(0).path("note").asText()).isEqualTo("two");
        assertThat(notes.get(1).path("note").asText()).isEqualTo("one");
        assertThat(completed.json().path("status").asText()).isEqualTo("completed");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(shop.view(id).orElseThrow().status()).isEqualTo("completed");
        assertThat(send("POST", "/orders/999999999/notes", "{\"note\":\"x\"}").status()).isEqualTo(404);
    }

    @Test
    void theDemoEndpointPlacesOrdersWithOrWithoutWebhookAndShowsWhatTheShopSaw() {
        SimulatorHttp.Response quiet = http.send(HttpRequest.newBuilder(demo("/orders?count=3&webhook=false"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        SimulatorHttp.Response announced = http.send(HttpRequest.newBuilder(demo("/orders?count=1&webhook=true"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        SimulatorHttp.Response seen = http.send(HttpRequest.newBuilder(demo("/orders")).GET());

        assertThat(quiet.status()).isEqualTo(201);
        assertThat(quiet.json().path("placed")).hasSize(3);
        assertThat(quiet.json().path("placed").get(0).path("webhook").isNull()).isTrue();
        assertThat(announced.json().path("placed").get(0).path("webhook").path("status").asInt()).isEqualTo(200);
        assertThat(seen.json().path("orders")).hasSize(4);
        assertThat(http.send(HttpRequest.newBuilder(demo("/orders?count=zero")).POST(HttpRequest.BodyPublishers
                .noBody())).status()).isEqualTo(400);
    }

    private SimulatorHttp.Response get(String path) {
        return http.send(HttpRequest.newBuilder(rest(path)).header("Authorization", sandboxCredentials()).GET());
    }

    private SimulatorHttp.Response send(String method, String path, String json) {
        return http.send(HttpRequest.newBuilder(rest(path)).header("Authorization", sandboxCredentials())
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    private URI rest(String path) {
        return URI.create("http://127.0.0.1:" + port + "/sandbox/woocommerce/wp-json/wc/v3" + path);
    }

    private URI demo(String path) {
        return URI.create("http://127.0.0.1:" + port + "/sandbox/woocommerce/demo" + path);
    }

    private static String sandboxCredentials() {
        return basic("ck_sandbox_woocommerce", "cs_sandbox_woocommerce");
    }

    private static String basic(String key, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    private static List<Long> ids(JsonNode orders) {
        List<Long> ids = new java.util.ArrayList<>();
        orders.forEach(order -> ids.add(order.path("id").asLong()));
        return ids;
    }

    private static List<String> keys(JsonNode meta) {
        List<String> keys = new java.util.ArrayList<>();
        meta.forEach(entry -> keys.add(entry.path("key").asText()));
        return keys;
    }
}
