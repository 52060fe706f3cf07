package io.printrelay.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.printrelay.PrintRelayTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static io.printrelay.api.OrdersApiTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Order Desk's whole order record (every field of its field-names document, odd types included) is accepted,
 * stored, returned under the same names, and survives a read–modify–PUT cycle unchanged.
 */
@PrintRelayTest
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = {ApiContract.STORE_ONLY, "logging.level.io.printrelay.api.IgnoredFieldsLog=DEBUG"})
class OrderRecordRoundTripTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String CARD = "4111 1111 1111 1111";
    /** Assigned by PrintRelay at every level (order, item and shipment ids; the update time). */
    private static final Set<String> SERVER_ASSIGNED = Set.of("id", "date_updated");

    @LocalServerPort
    int port;
    @Autowired
    NamedParameterJdbcTemplate jdbc;
    ApiClient api;

    @BeforeEach
    void client() {
        api = ApiClient.sandbox(port);
    }

    @Test
    void theWholeOrderRecordIsStoredReturnedAndSurvivesReadModifyPut(CapturedOutput output) throws IOException {
        ObjectNode sent = wholeOrder();

        ApiClient.Response created = api.post("/orders", sent.toString());

        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String id = created.body().path("order").path("id").asText();
        JsonNode read = api.get("/orders/" + id).body().path("order");

        ObjectNode expected = sent.deepCopy();
        expected.remove("cc_number");
        expected.remove("a_field_order_desk_added_later");
        expected.put("cc_number_masked", "************1111");
        assertSameFields("order", expected, read);
        assertThat(read.has("cc_number")).isFalse();
        assertThat(read.has("a_field_order_desk_added_later")).isFalse();
        assertThat(read.path("customer_id").asText()).isEqualTo("100");
        assertThat(read.path("email_count").isInt()).isTrue();
        assertThat(read.path("refund_total").isNumber()).isTrue();
        assertThat(read.path("order_notes").isArray()).isTrue();
        assertThat(read.path("return_address").has("first_name")).isFalse();
        assertThat(read.path("order_items").get(1).path("category_code").asText()).isEqualTo("flyers");
        assertThat(output.getAll()).contains("Ignored field /a_field_order_desk_added_later");

        ObjectNode changed = read.deepCopy();
        changed.put("tag_name", "Reprint");
        changed.put("email_count", 3);
        ((ArrayNode) changed.path("order_notes")).addObject().put("date_added", "2014-10-09 09:00:00")
                .put("username", "ops").put("content", "Reprinted the cards");
        ((ObjectNode) changed.path("discount_list").get(0)).put("amount", 6.5);
        ((ObjectNode) changed.path("return_address")).put("title", "The Card Shop & Co");
        ((ObjectNode) changed.path("order_items").get(0)).put("category_code", "premium-cards");

        ApiClient.Response put = api.put("/orders/" + id, changed.toString());

        assertThat(put.status()).as(put.body().toString()).isEqualTo(200);
        JsonNode reread = api.get("/orders/" + id).body().path("order");
        ObjectNode withoutUpdateTime = changed.deepCopy();
        withoutUpdateTime.remove("date_updated");
        ObjectNode rereadWithoutUpdateTime = reread.deepCopy();
        rereadWithoutUpdateTime.remove("date_updated");
        assertThat(rereadWithoutUpdateTime).isEqualTo(withoutUpdateTime);

        assertThat(created.body().toString() + read + put.body() + reread).doesNotContain(CARD)
                .doesNotContain(CARD.replace(" ", ""));
        assertThat(output.getAll()).doesNotContain(CARD).doesNotContain(CARD.replace(" ", ""));
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM orders WHERE id = :id", Map.of("id", Long.parseLong(id)));
        assertThat(row.values().toString()).doesNotContain(CARD).doesNotContain(CARD.replace(" ", ""));
        assertThat(row.get("cc_number_masked")).isEqualTo("************1111");
    }

    @Test
    void aCardNumberSentAsTheMaskedFieldIsMaskedToo() {
        ApiClient.Response created = api.post("/orders", OrdersApiTest.order(OrdersApiTest.unique(),
                "\"cc_number_masked\":\"5500-0000-0000-0004\"", null));

        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        assertThat(created.body().path("order").path("cc_number_masked").asText()).isEqualTo("************0004");
    }

    @Test
    void orderNotesSentAsOneStringBecomeOneNote() {
        ApiClient.Response created = api.post("/orders", OrdersApiTest.order(OrdersApiTest.unique(),
                "\"order_notes\":\"Call before delivery\"", null));

        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        JsonNode notes = created.body().path("order").path("order_notes");
        assertThat(notes.size()).isEqualTo(1);
        assertThat(notes.get(0).path("content").asText()).isEqualTo("Call before delivery");
    }

    @Test
    void anOrderStoredWithNotesAsOneStringReadsThemBackAsOneNote() {
        String id = api.post("/orders", OrdersApiTest.order(OrdersApiTest.unique(), null, null)).body()
                .path("order").path("id").asText();
        // as PrintRelay stored order notes before they were a list
        jdbc.update("UPDATE orders SET order_notes_json = NULL, order_notes = :notes WHERE id = :id",
                Map.of("notes", "Leave at the back door", "id", Long.parseLong(id)));

        JsonNode notes = api.get("/orders/" + id).body().path("order").path("order_notes");

        assertThat(notes.size()).isEqualTo(1);
        assertThat(notes.get(0).path("content").asText()).isEqualTo("Leave at the back door");
    }

    @Test
    void wrongValuesInTheNewFieldsAreRefusedNamingTheField() {
        assertError(api.post("/orders", OrdersApiTest.order(OrdersApiTest.unique(), "\"email_count\":\"many\"", null)),
                400, "email_count: 'many' is not a valid whole number");
        assertError(api.post("/orders", OrdersApiTest.order(OrdersApiTest.unique(),
                "\"discount_list\":[{\"name\":\"x\",\"amount\":\"five\"}]", null)),
                400, "discount_list[0].amount: 'five' is not a valid number");
        assertError(api.post("/orders", OrdersApiTest.order(OrdersApiTest.unique(),
                "\"order_notes\":[{\"content\":[\"a\",\"b\"]}]", null)), 400, "order_notes[0].content: expected string");
        assertError(api.post("/orders", OrdersApiTest.order(OrdersApiTest.unique(), "\"refund_total\":\"lots\"", null)),
                400, "refund_total: 'lots' is not a valid number");
        assertError(api.post("/orders", OrdersApiTest.order(OrdersApiTest.unique(),
                "\"tag_name\":\"" + "x".repeat(256) + "\"", null)), 400, "tag_name: at most 255 characters");
        assertError(api.post("/orders", OrdersApiTest.order(OrdersApiTest.unique(),
                "\"return_address\":{\"title\":\"" + "t".repeat(256) + "\"}", null)),
                400, "return_address.title: at most 255 characters");
    }

    @Test
    void ordersCanBeListedByTagName() {
        String source = "tags-" + OrdersApiTest.unique();
        String rush = created(source, "\"tag_name\":\"Rush\",\"tag_color\":\"#FF0000\"");
        created(source, "\"tag_name\":\"Hold\"");
        created(source, null);

        JsonNode found = api.get("/orders?source_name=" + source + "&tag_name=Rush").body();

        assertThat(found.path("total_records").asInt()).isEqualTo(1);
        assertThat(found.path("orders").get(0).path("id").asText()).isEqualTo(rush);
        assertThat(found.path("orders").get(0).path("tag_color").asText()).isEqualTo("#FF0000");
        assertThat(api.get("/orders?source_name=" + source).body().path("total_records").asInt()).isEqualTo(3);
    }

    private String created(String sourceName, String extraFields) {
        String json = OrdersApiTest.order(OrdersApiTest.unique(), "\"source_name\":\"" + sourceName + "\""
                + (extraFields == null ? "" : "," + extraFields), null);
        ApiClient.Response created = api.post("/orders", json);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.body().path("order").path("id").asText();
    }

    private static ObjectNode wholeOrder() throws IOException {
        try (InputStream in = OrderRecordRoundTripTest.class.getResourceAsStream("/orderdesk-whole-order.json")) {
            ObjectNode order = (ObjectNode) MAPPER.readTree(in);
            order.put("source_id", ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE));
            return order;
        }
    }

    /**
     * Every field of {@code expected} is in {@code actual} with the same value: numbers sent as strings compare as
     * numbers, a {@code null} address line reads back as "".
     */
    private static void assertSameFields(String path, JsonNode expected, JsonNode actual) {
        assertThat(actual).as(path + " is returned").isNotNull();
        if (expected.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!SERVER_ASSIGNED.contains(field.getKey())) {
                    assertSameFields(path + "." + field.getKey(), field.getValue(), actual.get(field.getKey()));
                }
            }
            assertThat(actual.isObject()).as(path + " is an object").isTrue();
        } else if (expected.isArray()) {
            assertThat(actual.size()).as(path + " size").isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertSameFields(path + "[" + i + "]", expected.get(i), actual.get(i));
            }
        } else if (expected.isNull()) {
            assertThat(actual.asText()).as(path).isEmpty();
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
