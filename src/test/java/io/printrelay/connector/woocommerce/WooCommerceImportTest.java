package io.printrelay.connector.woocommerce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.printrelay.api.ApiClient;
import io.printrelay.management.Operations;
import io.printrelay.sandbox.woocommerce.WooCommerceDemoOrders;
import io.printrelay.sandbox.woocommerce.WooCommerceDemoShop;
import io.printrelay.sandbox.woocommerce.WooCommerceOrderSpec;
import io.printrelay.sandbox.woocommerce.WooCommerceSimulator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The WooCommerce poll against the simulated shop over HTTP, through the shipped route (page size 2). */
@WooCommerceTest
@ExtendWith(OutputCaptureExtension.class)
class WooCommerceImportTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    WooCommerceSimulator shop;
    @Autowired
    WooCommerceDemoShop demo;
    @Autowired
    Operations operations;
    @Autowired
    JdbcTemplate jdbc;
    ApiClient api;

    @BeforeEach
    void emptyShop() {
        shop.reset();
        api = ApiClient.sandbox(port);
    }

    @Test
    void aPollReadsEveryPageAndImportsEveryOrder() {
        List<Long> ids = demo.place(5, false).stream().map(WooCommerceDemoShop.Placed::id).toList();

        operations.pollNow("woocommerce-import-poll");

        assertThat(shop.pageReads()).as("5 orders, 2 a page").isEqualTo(3);
        ids.forEach(id -> assertThat(stored(id)).as("order " + id).isEqualTo(1));
    }

    @Test
    void anOrderIsMappedWithItsMetaVariationsAddressesAndTotals() {
        Map<String, String> meta = new LinkedHashMap<>(WooCommerceDemoOrders.artwork("TEE-CLASSIC-WHITE-L",
                List.of("front")));
        meta.put("pa_size", "l");
        meta.put("print_sku", "CLASSIC-TEE-WHITE-L");
        long id = demo.place(WooCommerceOrderSpec.order()
                .shipTo("Grace", "Hopper", "1 Navy Way", "Arlington", "VA", "22202", "US").company("Navy")
                .email("grace@example.com").shipping("Express", "7.50").meta("gift_message", "Happy birthday")
                .line("TEE-CLASSIC-WHITE-L", "Classic tee - L", 2, "18.00", meta), false).id();

        operations.pollNow("woocommerce-import-poll");

        JsonNode order = order(id);
        assertThat(order.path("order_number").asText()).isEqualTo("WC-" + id);
        assertThat(order.path("email").asText()).isEqualTo("grace@example.com");
        assertThat(order.path("shipping_method").asText()).isEqualTo("Express");
        assertThat(order.path("shipping").path("first_name").asText()).isEqualTo("Grace");
        assertThat(order.path("shipping").path("company").asText()).isEqualTo("Navy");
        assertThat(order.path("shipping").path("address1").asText()).isEqualTo("1 Navy Way");
        assertThat(order.path("shipping").path("postal_code").asText()).isEqualTo("22202");
        assertThat(order.path("customer").path("last_name").asText()).isEqualTo("Hopper");
        assertThat(order.path("order_total").decimalValue()).isEqualByComparingTo("43.50");
        assertThat(order.path("shipping_total").decimalValue()).isEqualByComparingTo("7.50");
        assertThat(order.path("product_total").decimalValue()).isEqualByComparingTo("36.00");
        assertThat(order.path("checkout_data").path("gift_message").asText()).isEqualTo("Happy birthday");
        assertThat(fieldNames(order.path("checkout_data"))).noneMatch(key -> key.startsWith("_"));
        JsonNode item = order.path("order_items").get(0);
        assertThat(item.path("code").asText()).isEqualTo("TEE-CLASSIC-WHITE-L");
        assertThat(item.path("quantity").asInt()).isEqualTo(2);
        assertThat(item.path("price").decimalValue()).isEqualByComparingTo("18.00");
        assertThat(item.path("variation_list").path("size").asText()).isEqualTo("L");
        assertThat(item.path("metadata").path("print_url_1").asText())
                .isEqualTo("https://art.printrelay.example/demo/TEE-CLASSIC-WHITE-L-front.pdf");
        assertThat(item.path("metadata").path("print_sku").asText()).isEqualTo("CLASSIC-TEE-WHITE-L");
        assertThat(item.path("metadata").path("woocommerce_line_item_id").asText()).isNotBlank();
        assertThat(fieldNames(item.path("metadata"))).noneMatch(key -> key.startsWith("_") || key.startsWith("pa_"));
    }

    @Test
    void aShopAnswering503Or429IsAskedAgainByTheErrorPolicyAndThePollImports() {
        long id = demo.place(1, false).get(0).id();
        shop.failNextPages(1, 503);

        operations.pollNow("woocommerce-import-poll");
        assertThat(stored(id)).isEqualTo(1);

        long next = demo.place(1, false).get(0).id();
        shop.failNextPages(2, 429);
        operations.pollNow("woocommerce-import-poll");
        assertThat(stored(next)).isEqualTo(1);
    }

    @Test
    void pollingAgainStoresNoOrderTwice() {
        long id = demo.place(1, false).get(0).id();

        operations.pollNow("woocommerce-import-poll");
        operations.pollNow("woocommerce-import-poll");

        assertThat(stored(id)).isEqualTo(1);
    }

    @Test
    void anOrderOutsideTheStatusFilterIsNotImported() {
        long held = demo.place(WooCommerceDemoOrders.order(1).status("on-hold"), false).id();
        long paid = demo.place(1, false).get(0).id();

        operations.pollNow("woocommerce-import-poll");

        assertThat(stored(held)).isZero();
        assertThat(stored(paid)).isEqualTo(1);
    }

    @Test
    void aMalformedOrderOnAPageIsLoggedAndSkippedAndTheOthersAreImported(CapturedOutput output) throws Exception {
        long before = demo.place(1, false).get(0).id();
        shop.addRaw(JSON.readTree("{\"id\":\"not-a-number\",\"number\":\"9999\",\"status\":\"processing\"}"));
        shop.addRaw(JSON.readTree("\"just a string\""));
        long after = demo.place(1, false).get(0).id();

        operations.pollNow("woocommerce-import-poll");

        assertThat(stored(before)).isEqualTo(1);
        assertThat(stored(after)).isEqualTo(1);
        assertThat(output.getOut()).contains("WooCommerce order list page 1: a WooCommerce order has no usable id"
                + " ('not-a-number', number 9999); the order is skipped");
        assertThat(output.getOut()).contains("WooCommerce order list page 2: a WooCommerce order is not a JSON object");
    }

    @Test
    void refusedCredentialsNameTheSettingsImportNothingAndPrintNoSecret(CapturedOutput output) {
        shop.requireCredentials("ck_rotated", "cs_rotated");
        long id = demo.place(1, false).get(0).id();

        operations.pollNow("woocommerce-import-poll");

        assertThat(stored(id)).isZero();
        assertThat(output.getOut()).contains("WooCommerce refused the credentials (HTTP 401: "
                + "woocommerce_rest_cannot_view: Sorry, you cannot list resources.): check"
                + " printrelay.sources.woocommerce.consumer-key and printrelay.sources.woocommerce.consumer-secret");
        String basic = Base64.getEncoder().encodeToString("ck_sandbox_woocommerce:cs_sandbox_woocommerce"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(output.getAll()).doesNotContain("cs_sandbox_woocommerce").doesNotContain(basic);
    }

    private int stored(long wooId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM orders WHERE source_name = 'WooCommerce' AND source_id = ?",
                Integer.class, String.valueOf(wooId));
    }

    private JsonNode order(long wooId) {
        JsonNode found = api.get("/orders?source_name=WooCommerce&source_id=" + wooId).body().path("orders");
        assertThat(found.size()).as("orders with source id " + wooId).isEqualTo(1);
        return found.get(0);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
