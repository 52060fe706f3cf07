package io.printrelay.api;

import io.printrelay.PrintRelayTest;
import io.printrelay.TestOrders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static io.printrelay.api.OrdersApiTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

/** Every string field has its column's size as limit, and the body as a whole has one: nothing half-stored. */
@PrintRelayTest
@TestPropertySource(properties = ApiContract.STORE_ONLY)
class FieldLimitsApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    ApiClient api;

    @BeforeEach
    void client() {
        api = ApiClient.sandbox(port);
    }

    @Test
    void anOrderWithAnOverLongFieldIsRefusedNamingTheFieldAndTheLimitAndNotStored() {
        refusedAndNotStored(null, item("\"name\":\"" + x(1001) + "\""), "order_items[0].name: at most 1000 characters");
        refusedAndNotStored(null, item("\"name\":\"n\",\"code\":\"" + x(256) + "\""),
                "order_items[0].code: at most 255 characters");
        refusedAndNotStored("\"email\":\"" + x(321) + "@example.com\"", null, "email: at most 320 characters");
        refusedAndNotStored("\"order_notes\":[{\"content\":\"" + x(1_000_000) + "\"}]", null,
                "order_notes: at most 1000000 characters (as JSON)");
        refusedAndNotStored("\"customer\":{\"first_name\":\"A\",\"city\":\"" + x(256) + "\"}", null,
                "customer.city: at most 255 characters");
        refusedAndNotStored("\"checkout_data\":{\"Gift Message\":\"" + x(1_000_000) + "\"}", null,
                "checkout_data: at most 1000000 characters (as JSON)");
        refusedAndNotStored(null, item("\"name\":\"n\",\"metadata\":{\"k\":\"" + x(1_000_000) + "\"}"),
                "order_items[0].metadata: at most 1000000 characters (as JSON)");
        refusedAndNotStored("\"order_shipments\":[{\"tracking_number\":\"1Z\",\"tracking_url\":\"https://t.example/"
                + x(2000) + "\"}]", null, "order_shipments[0].tracking_url: at most 2000 characters");
    }

    @Test
    void valuesExactlyAtTheLimitAreStoredWhole() {
        String name = x(1000);
        String id = create(TestOrders.json(TestOrders.unique(), "\"order_notes\":\"" + x(10_000) + "\"",
                item("\"name\":\"" + name + "\"")));

        assertThat(api.get("/orders/" + id).body().path("order").path("order_items").get(0).path("name").asText())
                .isEqualTo(name);
    }

    @Test
    void itemsShipmentsInventoryItemsAndHistoryNotesHaveTheirLimitsToo() {
        String id = create(TestOrders.json(TestOrders.unique(), null, null));

        assertError(api.put("/orders/" + id, TestOrders.json(TestOrders.unique(), null,
                item("\"name\":\"" + x(1001) + "\""))), 400, "order_items[0].name: at most 1000 characters");
        assertError(api.post("/orders/" + id + "/order-items", item("\"name\":\"n\",\"delivery_type\":\"" + x(51)
                + "\"")), 400, "delivery_type: at most 50 characters");
        assertError(api.post("/orders/" + id + "/shipments", "{\"tracking_number\":\"" + x(256) + "\"}"), 400,
                "tracking_number: at most 255 characters");
        assertError(api.post("/orders/" + id + "/order-history", "{\"note\":\"" + x(10_001) + "\"}"), 400,
                "note: at most 10000 characters");
        assertError(api.post("/orders/" + id + "/order-history", "{\"note\":\"n\",\"source_name\":\"" + x(101)
                + "\"}"), 400, "source_name: at most 100 characters");
        ApiClient.Response batch = api.post("/batch-shipments", "{\"shipments\":[{\"order_id\":" + id
                + ",\"tracking_number\":\"1Z\",\"carrier_code\":\"" + x(101) + "\"}]}");
        assertThat(batch.body().path("results").get(0).path("message").asText())
                .isEqualTo("shipments[0].carrier_code: at most 100 characters");
        String code = TestOrders.unique();
        assertError(api.post("/inventory-items", "{\"code\":\"" + code + "\",\"name\":\"" + x(1001) + "\"}"), 400,
                "name: at most 1000 characters");
        assertError(api.post("/inventory-items", "{\"code\":\"" + code + "\",\"name\":\"n\",\"location\":\""
                + x(256) + "\"}"), 400, "location: at most 255 characters");

        assertThat(api.get("/orders/" + id).body().path("order").path("order_items").size()).isEqualTo(1);
        assertThat(api.get("/orders/" + id).body().path("order").path("order_shipments").size()).isZero();
        assertThat(api.history(id)).hasSize(1);
        assertThat(count("SELECT COUNT(*) FROM inventory_items WHERE code = ?", code)).isZero();
    }

    @Test
    void aBodyOverMaxBodySizeIs413InTheErrorEnvelopeWithOrWithoutAContentLength() throws Exception {
        String sourceId = TestOrders.unique();
        String fiveMegabyteName = TestOrders.json(sourceId, null, item("\"name\":\"" + x(5 * 1024 * 1024) + "\""));

        assertError(api.post("/orders", fiveMegabyteName), 413, "body: at most 4194304 bytes");

        HttpResponse<String> chunked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v2/orders"))
                .header("ORDERDESK-STORE-ID", "1").header("ORDERDESK-API-KEY", "sandbox-api-key")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() ->
                        new ByteArrayInputStream(fiveMegabyteName.getBytes(StandardCharsets.UTF_8)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunked.body()).isEqualTo("{\"status\":\"error\",\"message\":\"body: at most 4194304 bytes\"}");
        assertThat(count("SELECT COUNT(*) FROM orders WHERE source_id = ?", sourceId)).isZero();
    }

    private void refusedAndNotStored(String extraFields, String items, String message) {
        String sourceId = TestOrders.unique();
        assertError(api.post("/orders", TestOrders.json(sourceId, extraFields, items)), 400, message);
        assertThat(count("SELECT COUNT(*) FROM orders WHERE source_id = ?", sourceId)).as(message).isZero();
    }

    private String create(String json) {
        ApiClient.Response created = api.post("/orders", json);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.body().path("order").path("id").asText();
    }

    private long count(String sql, String value) {
        return jdbc.queryForObject(sql, Long.class, value);
    }

    private static String item(String fields) {
        return "{\"quantity\":1," + fields + "}";
    }

    private static String x(int length) {
        return "x".repeat(length);
    }
}
