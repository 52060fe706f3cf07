package io.printrelay.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.printrelay.PrintRelayTest;
import io.printrelay.TestOrders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@PrintRelayTest
@TestPropertySource(properties = ApiContract.STORE_ONLY)
class OrdersApiTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Assigned by PrintRelay, as by Order Desk: a client's value for these is not kept. */
    private static final Set<String> SERVER_ASSIGNED = Set.of("id", "date_updated");

    @LocalServerPort
    int port;
    ApiClient api;

    @BeforeEach
    void client() {
        api = ApiClient.sandbox(port);
    }

    @Test
    void theExampleOrderOfTheOrderDeskDocsReadsBackWithEveryFieldItWasGiven() throws IOException {
        ObjectNode example = exampleOrder();
        example.put("source_id", unique());

        ApiClient.Response created = api.post("/orders", example.toString());

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().path("status").asText()).isEqualTo("success");
        String id = created.body().path("order").path("id").asText();
        ApiClient.Response read = api.get("/orders/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertSameFields("order", example, read.body().path("order"));
        assertThat(read.body().path("order").path("quantity_total").asInt()).isEqualTo(1);
    }

    @Test
    void mapsKeepKeysWithSpacesUnicodeAndValueTypesExactly() {
        String json = order(unique(), """
                "checkout_data":{"Gift Message":"Happy Birthday","Grüße an Zoë":"✓ 日本語","empty":""},
                "order_metadata":{"fraud score":0,"nested":{"a":[1,"two",true]},"flag":false}""",
                """
                {"name":"Flyer","quantity":2,"price":1.5,"variation_list":{"Paper Stock":"100# Gloss","Größe":"A5"},
                 "metadata":{"print_url_1":"https://x.example/front.pdf","print location 1":"front","n":3}}""");

        JsonNode order = api.post("/orders", json).body().path("order");
        JsonNode read = api.get("/orders/" + order.path("id").asText()).body().path("order");

        assertThat(read.path("checkout_data").toString())
                .isEqualTo("{\"Gift Message\":\"Happy Birthday\",\"Grüße an Zoë\":\"✓ 日本語\",\"empty\":\"\"}");
        assertThat(read.path("order_metadata").path("nested").path("a").toString()).isEqualTo("[1,\"two\",true]");
        assertThat(read.path("order_metadata").path("fraud score").isNumber()).isTrue();
        assertThat(read.path("order_metadata").path("flag").asBoolean(true)).isFalse();
        JsonNode item = read.path("order_items").get(0);
        assertThat(item.path("variation_list").path("Größe").asText()).isEqualTo("A5");
        assertThat(item.path("metadata").path("print location 1").asText()).isEqualTo("front");
        assertThat(fieldNames(item.path("metadata"))).containsExactly("print_url_1", "print location 1", "n");
        assertThat(read.path("quantity_total").asInt()).isEqualTo(2);
    }

    @Test
    void postingTheSameSourceOrderTwiceReturnsTheOrderAlreadyStored() {
        String sourceId = unique();
        ApiClient.Response first = api.post("/orders", order(sourceId, null, null));
        ApiClient.Response second = api.post("/orders", order(sourceId, null, null));

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.message()).startsWith("Order already exists");
        assertThat(second.body().path("order").path("id").asText())
                .isEqualTo(first.body().path("order").path("id").asText());
        assertThat(api.get("/orders?source_id=" + sourceId).body().path("total_records").asInt()).isEqualTo(1);
    }

    @Test
    void aMissingAddressIsCopiedFromTheOtherAndTheIntakeWritesHistory() {
        String json = "{\"source_id\":\"" + unique() + "\",\"customer\":{\"first_name\":\"Ada\",\"city\":\"Leeds\"},"
                + "\"order_items\":[{\"name\":\"Card\",\"quantity\":1}]}";
        JsonNode order = api.post("/orders", json).body().path("order");
        JsonNode read = api.get("/orders/" + order.path("id").asText() + "?get_order_history=1").body().path("order");

        assertThat(read.path("shipping").path("first_name").asText()).isEqualTo("Ada");
        assertThat(read.path("shipping").path("city").asText()).isEqualTo("Leeds");
        assertThat(read.path("source_name").asText()).isEqualTo("API");
        assertThat(read.path("folder_id").asInt()).isEqualTo(1);
        assertThat(read.path("order_history").get(0).path("note").asText())
                .isEqualTo("Order received from API into New");
    }

    @Test
    void invalidBodiesAreRefusedNamingTheField() {
        assertError(api.post("/orders", "{\"shipping\":{\"first_name\":\"A\"},\"order_items\":[]}"), 400,
                "order_items: at least one item is required");
        assertError(api.post("/orders", order(unique(), null, "{\"name\":\"x\",\"quantity\":\"many\"}")), 400,
                "order_items[0].quantity: 'many' is not a valid whole number");
        assertError(api.post("/orders", order(unique(), null, "{\"name\":\"x\",\"quantity\":0}")), 400,
                "order_items[0].quantity: must be a whole number of at least 1");
        assertError(api.post("/orders", order(unique(), null, "{\"quantity\":1}")), 400,
                "order_items[0].name: is required");
        assertError(api.post("/orders", "{\"order_items\":[{\"name\":\"x\",\"quantity\":1}]}"), 400,
                "shipping: a first_name, last_name or company is required on shipping or customer");
        assertError(api.post("/orders", "{\"order_items\": ["), 400, "body: is not valid JSON");
        assertError(api.post("/orders", order(unique(), "\"date_added\":\"yesterday\"", null)), 400,
                "date_added: 'yesterday' is not a valid date");
        assertError(api.post("/orders", order(unique(), "\"folder_id\":999", null)), 400,
                "folder_id: no folder with id 999");
        assertError(api.get("/orders?limit=501"), 400, "limit: must be between 1 and 500");
        assertError(api.get("/orders?order_by=password"), 400, "order_by: must be one of");
        assertError(api.get("/orders?folder_id=1,x"), 400, "folder_id: 'x' is not a number");
        assertError(api.get("/orders?search_start_date=soon"), 400, "search_start_date: 'soon' is not a date");
    }

    @Test
    void unknownOrdersAndPathsAre404() {
        assertError(api.get("/orders/999999"), 404, "Order 999999 not found");
        assertError(api.put("/orders/999999", order(unique(), null, null)), 404, "Order 999999 not found");
        assertError(api.delete("/orders/999999"), 404, "Order 999999 not found");
        assertError(api.post("/orders/999999/order-history", "{\"note\":\"hi\"}"), 404, "Order 999999 not found");
        assertError(api.get("/orders/abc"), 400, "id: 'abc' is not a valid");
        assertError(api.get("/no-such-endpoint"), 404, "No such endpoint");
    }

    @Test
    void listFiltersByFolderSourceEmailAndDatesAndPages() {
        String source = "filter-" + unique();
        String email = unique() + "@example.com";
        for (int i = 0; i < 5; i++) {
            String extra = "\"source_name\":\"" + source + "\",\"email\":\"" + email + "\","
                    + "\"date_added\":\"2020-01-0" + (i + 1) + " 10:00:00\"" + (i == 4 ? ",\"folder_id\":2" : "");
            assertThat(api.post("/orders", order("o" + i, extra, null)).status()).isEqualTo(201);
        }

        JsonNode all = api.get("/orders?source_name=" + source + "&order_by=date_added&order=asc").body();
        assertThat(all.path("total_records").asInt()).isEqualTo(5);
        assertThat(all.path("orders").get(0).path("source_id").asText()).isEqualTo("o0");

        JsonNode page = api.get("/orders?source_name=" + source + "&order=desc&limit=2&offset=1").body();
        assertThat(page.path("total_records").asInt()).isEqualTo(5);
        assertThat(page.path("records_returned").asInt()).isEqualTo(2);
        assertThat(page.path("limit").asInt()).isEqualTo(2);
        assertThat(page.path("offset").asInt()).isEqualTo(1);
        assertThat(page.path("orders").get(0).path("source_id").asText()).isEqualTo("o3");

        assertThat(count("/orders?source_name=" + source + "&folder_id=2")).isEqualTo(1);
        assertThat(count("/orders?source_name=" + source + "&folder_id=1,2")).isEqualTo(5);
        assertThat(count("/orders?source_name=" + source + "&folder_name=prepared")).isEqualTo(1);
        assertThat(count("/orders?email=" + email)).isEqualTo(5);
        assertThat(count("/orders?source_name=" + source + "&source_id=o3")).isEqualTo(1);
        assertThat(count("/orders?source_name=" + source
                + "&search_start_date=2020-01-02&search_end_date=2020-01-03")).isEqualTo(2);
        assertThat(count("/orders?source_name=" + source
                + "&search_start_date=2020-01-02%2010:00:01")).isEqualTo(3);
        assertThat(count("/orders?source_name=" + source + "&modified_start_date=2000-01-01")).isEqualTo(5);
        assertThat(count("/orders?source_name=" + source + "&modified_end_date=2000-01-01")).isZero();
    }

    @Test
    void putReplacesTheWholeOrderKeepingItemIdsThatComeBack() {
        JsonNode created = api.post("/orders", order(unique(), null,
                "{\"name\":\"A\",\"quantity\":1},{\"name\":\"B\",\"quantity\":1}")).body().path("order");
        String id = created.path("id").asText();
        String keptItemId = created.path("order_items").get(0).path("id").asText();
        ObjectNode changed = created.deepCopy();
        changed.put("email", "changed@example.com");
        changed.putObject("checkout_data").put("Note", "rush");
        ObjectNode keptItem = (ObjectNode) changed.path("order_items").get(0);
        keptItem.put("quantity", 3);
        changed.withArray("order_items").remove(1);
        changed.withArray("order_items").addObject().put("name", "C").put("quantity", 2);

        ApiClient.Response updated = api.put("/orders/" + id, changed.toString());

        assertThat(updated.status()).isEqualTo(200);
        JsonNode read = api.get("/orders/" + id).body().path("order");
        assertThat(read.path("email").asText()).isEqualTo("changed@example.com");
        assertThat(read.path("checkout_data").path("Note").asText()).isEqualTo("rush");
        assertThat(read.path("order_items")).hasSize(2);
        assertThat(read.path("order_items").get(0).path("id").asText()).isEqualTo(keptItemId);
        assertThat(read.path("order_items").get(1).path("name").asText()).isEqualTo("C");
        assertThat(read.path("quantity_total").asInt()).isEqualTo(5);
        assertError(api.put("/orders/" + id, "{\"order_items\":[]}"), 400, "order_items: at least one item");
    }

    @Test
    void putWithoutItemIdsRecognisesEachItemByItsCode() {
        JsonNode created = api.post("/orders", order(unique(), null, "{\"name\":\"Gift\",\"code\":\"gift\","
                + "\"quantity\":1},{\"name\":\"Cards\",\"code\":\"bc\",\"quantity\":1},{\"name\":\"Cards again\","
                + "\"code\":\"bc\",\"quantity\":2}")).body().path("order");
        String id = created.path("id").asText();
        JsonNode items = created.path("order_items");
        ObjectNode withoutGift = created.deepCopy();
        withoutGift.withArray("order_items").remove(0);
        withoutGift.withArray("order_items").forEach(item -> ((ObjectNode) item).remove("id"));
        ((ObjectNode) withoutGift.path("order_items").get(0)).put("code", " BC ");
        withoutGift.withArray("order_items").addObject().put("name", "Poster").put("code", "poster").put("quantity", 1);

        assertThat(api.put("/orders/" + id, withoutGift.toString()).status()).isEqualTo(200);

        JsonNode read = api.get("/orders/" + id).body().path("order").path("order_items");
        assertThat(read).hasSize(3);
        assertThat(read.get(0).path("id").asText()).isEqualTo(items.get(1).path("id").asText());
        assertThat(read.get(1).path("id").asText()).isEqualTo(items.get(2).path("id").asText());
        assertThat(read.get(1).path("quantity").asInt()).isEqualTo(2);
        assertThat(read.get(2).path("id").asText()).isNotIn(items.get(0).path("id").asText(),
                items.get(1).path("id").asText(), items.get(2).path("id").asText());
    }

    @Test
    void deleteRemovesTheOrder() {
        String id = createOrder();
        assertThat(api.delete("/orders/" + id).message()).isEqualTo("Order Deleted");
        assertThat(api.get("/orders/" + id).status()).isEqualTo(404);
    }

    @Test
    void historyNotesAreAddedAndListedWithTheOrder() {
        String id = createOrder();
        ApiClient.Response added = api.post("/orders/" + id + "/order-history",
                "{\"note\":\"Customer called: rush it\",\"source_name\":\"Support\"}");
        assertThat(added.status()).isEqualTo(201);
        assertError(api.post("/orders/" + id + "/order-history", "{\"note\":\" \"}"), 400, "note: is required");

        JsonNode history = api.get("/orders/" + id + "?get_order_history=1").body().path("order").path("order_history");
        assertThat(history).hasSize(2);
        assertThat(history.get(1).path("source_name").asText()).isEqualTo("Support");
        assertThat(history.get(1).path("note").asText()).isEqualTo("Customer called: rush it");
        assertThat(api.get("/orders/" + id).body().path("order").has("order_history")).isFalse();
    }

    @Test
    void orderItemsCanBeListedAddedChangedAndRemovedOneAtATime() {
        String id = createOrder();
        ApiClient.Response added = api.post("/orders/" + id + "/order-items",
                "{\"name\":\"Poster\",\"code\":\"poster-a2\",\"quantity\":2,\"metadata\":{\"print_sku\":\"P-A2\"}}");
        assertThat(added.status()).isEqualTo(201);
        String itemId = added.body().path("order_item").path("id").asText();
        assertThat(api.get("/orders/" + id + "/order-items").body().path("order_items")).hasSize(2);
        assertThat(api.get("/orders/" + id).body().path("order").path("quantity_total").asInt()).isEqualTo(3);

        ApiClient.Response changed = api.put("/orders/" + id + "/order-items/" + itemId,
                "{\"name\":\"Poster\",\"code\":\"poster-a1\",\"quantity\":1}");
        assertThat(changed.body().path("order_item").path("code").asText()).isEqualTo("poster-a1");
        assertThat(api.get("/orders/" + id + "/order-items/" + itemId).body().path("order_item").path("quantity")
                .asInt()).isEqualTo(1);
        assertError(api.post("/orders/" + id + "/order-items", "{\"quantity\":1}"), 400, "name: is required");

        assertThat(api.delete("/orders/" + id + "/order-items/" + itemId).message()).isEqualTo("Item Deleted");
        assertError(api.get("/orders/" + id + "/order-items/" + itemId), 404, "Item " + itemId + " not found");
        assertError(api.get("/orders/999999/order-items"), 404, "Order 999999 not found");
    }

    @Test
    void aTrackingNumberIsAddedOncePerOrder() {
        String id = createOrder();
        String shipment = "{\"tracking_number\":\"1ZTRACK1\",\"carrier_code\":\"UPS\",\"shipment_method\":\"Ground\","
                + "\"tracking_url\":\"https://ups.example/1ZTRACK1\"}";

        ApiClient.Response first = api.post("/orders/" + id + "/shipments", shipment);
        ApiClient.Response again = api.post("/orders/" + id + "/shipments", shipment);

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.message()).isEqualTo("Shipment Added");
        assertError(again, 409, "Shipment Not Added");
        JsonNode shipments = api.get("/orders/" + id + "/shipments").body().path("shipments");
        assertThat(shipments).hasSize(1);
        String shipmentId = shipments.get(0).path("id").asText();
        assertThat(api.put("/orders/" + id + "/shipments/" + shipmentId,
                "{\"tracking_number\":\"1ZTRACK1\",\"carrier_code\":\"FedEx\"}").body().path("shipment")
                .path("carrier_code").asText()).isEqualTo("FedEx");
        assertThat(api.get("/orders/" + id + "/shipments/" + shipmentId).body().path("shipment")
                .path("carrier_code").asText()).isEqualTo("FedEx");
        assertError(api.post("/orders/" + id + "/shipments", "{\"carrier_code\":\"UPS\"}"), 400,
                "tracking_number: is required");
        assertThat(api.delete("/orders/" + id + "/shipments/" + shipmentId).message()).isEqualTo("Shipment Deleted");
        assertError(api.get("/orders/" + id + "/shipments/" + shipmentId), 404, "Shipment " + shipmentId);
    }

    @Test
    void batchShipmentsAnswerEachShipmentOnItsOwn() {
        String a = createOrder();
        String b = createOrder();
        String body = "{\"shipments\":["
                + "{\"order_id\":" + a + ",\"tracking_number\":\"T-A\",\"carrier_code\":\"USPS\"},"
                + "{\"order_id\":" + b + ",\"tracking_number\":\"T-B\",\"carrier_code\":\"UPS\"},"
                + "{\"order_id\":" + a + ",\"tracking_number\":\"T-A\",\"carrier_code\":\"USPS\"},"
                + "{\"order_id\":999999,\"tracking_number\":\"T-X\"},"
                + "{\"order_id\":" + b + "}]}";

        ApiClient.Response response = api.post("/batch-shipments", body);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.message()).isEqualTo("2 Shipments Added");
        JsonNode results = response.body().path("results");
        assertThat(results.get(0).path("status").asText()).isEqualTo("success");
        assertThat(results.get(1).path("status").asText()).isEqualTo("success");
        assertThat(results.get(2).path("message").asText()).isEqualTo("Shipment Not Added");
        assertThat(results.get(3).path("message").asText()).isEqualTo("Order 999999 not found");
        assertThat(results.get(4).path("message").asText()).isEqualTo("shipments[4].tracking_number: is required");
        assertThat(api.get("/orders/" + a + "/shipments").body().path("shipments")).hasSize(1);
        assertError(api.post("/batch-shipments", "{\"shipments\":[]}"), 400, "shipments: at least one");
    }

    @Test
    void moveOrdersByFolderIdOrNameAndNoteItInHistory() {
        String a = createOrder();
        String b = createOrder();

        ApiClient.Response byName = api.post("/move-orders",
                "{\"order_id_list\":[" + a + "," + b + "],\"destination_folder_name\":\"Prepared\"}");
        assertThat(byName.message()).isEqualTo("2 Orders Moved");
        assertThat(byName.body().path("results").get(0).path("original_folder_id").asInt()).isEqualTo(1);

        ApiClient.Response byId = api.post("/move-orders",
                "{\"order_id_list\":[" + a + ",999999],\"destination_folder_id\":5}");
        assertThat(byId.message()).isEqualTo("1 Order Moved");
        assertThat(byId.body().path("results").get(1).path("message").asText()).isEqualTo("Order not found");

        JsonNode order = api.get("/orders/" + a + "?get_order_history=1").body().path("order");
        assertThat(order.path("folder_id").asInt()).isEqualTo(5);
        assertThat(order.path("order_history").get(2).path("note").asText()).isEqualTo("Moved from Prepared to Closed");
        assertError(api.post("/move-orders", "{\"order_id_list\":[" + a + "],\"destination_folder_name\":\"Nowhere\"}"),
                400, "destination_folder_name: no folder named 'Nowhere'");
        assertError(api.post("/move-orders", "{\"order_id_list\":[" + a + "]}"), 400,
                "destination_folder_id or destination_folder_name: is required");
        assertError(api.post("/move-orders", "{\"destination_folder_id\":1}"), 400, "order_id_list: at least one");
    }

    private long count(String path) {
        ApiClient.Response response = api.get(path);
        assertThat(response.status()).as(path + " -> " + response.body()).isEqualTo(200);
        return response.body().path("total_records").asLong();
    }

    private String createOrder() {
        ApiClient.Response created = api.post("/orders", order(unique(), null, null));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.body().path("order").path("id").asText();
    }

    static void assertError(ApiClient.Response response, int status, String messageStart) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(status);
        assertThat(response.body().path("status").asText()).isEqualTo("error");
        assertThat(response.message()).startsWith(messageStart);
    }

    static String order(String sourceId, String extraFields, String items) {
        return TestOrders.json(sourceId, extraFields, items);
    }

    static String unique() {
        return TestOrders.unique();
    }

    private static ObjectNode exampleOrder() throws IOException {
        try (InputStream in = OrdersApiTest.class.getResourceAsStream("/orderdesk-example-order.json")) {
            return (ObjectNode) MAPPER.readTree(in);
        }
    }

    private static Iterable<String> fieldNames(JsonNode node) {
        return node::fieldNames;
    }

    /** Every field of {@code expected} is in {@code actual} with the same value (numbers compared as numbers). */
    private static void assertSameFields(String path, JsonNode expected, JsonNode actual) {
        if (expected.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!SERVER_ASSIGNED.contains(field.getKey())) {
                    assertThat(actual.has(field.getKey())).as(path + "." + field.getKey() + " is returned").isTrue();
                    assertSameFields(path + "." + field.getKey(), field.getValue(), actual.get(field.getKey()));
                }
            }
        } else if (expected.isArray()) {
            assertThat(actual.size()).as(path + " size").isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertSameFields(path + "[" + i + "]", expected.get(i), actual.get(i));
            }
        } else if (isNumber(expected) && isNumber(actual)) {
            assertThat(new BigDecimal(actual.asText())).as(path).isEqualByComparingTo(new BigDecimal(expected.asText()));
        } else {
            assertThat(actual.asText()).as(path).isEqualTo(expected.asText());
        }
    }

    private static boolean isNumber(JsonNode node) {
        return node.isNumber() || (node.isTextual() && node.asText().matches("-?\\d+(\\.\\d+)?"));
    }
}
