package io.printrelay.mapping;

import io.printrelay.order.InventoryItem;
import io.printrelay.order.Order;
import io.printrelay.order.OrderItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** DESIGN.md's field resolution as a table: the first non-blank source wins. */
class MappingTableTest {

    /** A vendor whose product code field is print_sku, with the given item defaults. */
    record TestVendor(ProductSettings productSettings, Map<String, String> itemDefaults) implements VendorProfile {
        TestVendor(ProductSettings productSettings) {
            this(productSettings, Map.of("sets", "1", "dropship", "1"));
        }

        public String id() { return "test"; }
        public String displayName() { return "Test"; }
        public boolean enabled() { return true; }
        public ShippingClassMatch shippingClassMatch() { return new ShippingClassMatch(Map.of(), "Ground"); }
        public List<String> requiredItemFields() { return List.of("product_uuid"); }
        public String productCodeField() { return "print_sku"; }
        public boolean requiresArtwork() { return true; }
        public List<String> claimingFields() { return List.of("product_uuid"); }
        public String afterImportFolder() { return "Submitted"; }
        public String afterShipmentFolder() { return "Shipped"; }
    }

    @ParameterizedTest(name = "metadata={0} variation={1} inventory={2} default={3} -> {4}")
    @CsvSource(nullValues = "-", value = {
            // metadata, variation, inventory, vendor default, expected
            "m,  v,  i,  d,  m",
            "-,  v,  i,  d,  v",
            "'', v,  i,  d,  v",      // blank metadata does not win
            "' ',-,  i,  d,  i",
            "-,  -,  i,  d,  i",
            "-,  -,  -,  d,  d",
            "-,  -,  -,  -,  -",
            "0,  1,  -,  1,  0",      // "0" is a value (sets=0: not a set), not a blank
    })
    void itemFieldsResolveMetadataThenVariationThenInventoryThenDefault(String metadata, String variation,
                                                                       String inventory, String vendorDefault,
                                                                       String expected) {
        OrderItem item = item("bc-1");
        put(item.getMetadata(), "sets", metadata);
        put(item.getVariationList(), "sets", variation);
        InventoryItem inv = new InventoryItem();
        put(inv.getMetadata(), "sets", inventory);
        VendorProfile vendor = new TestVendor(ProductSettings.none(),
                vendorDefault == null ? Map.of() : Map.of("sets", vendorDefault));

        MappedItem mapped = new MappedItem(item, inv, vendor);

        assertThat(mapped.field("sets").orElse(null)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "order_metadata={0} checkout_data={1} setting={2} -> {3}")
    @CsvSource(nullValues = "-", value = {
            "FAC-A, FAC-B, FAC-C, FAC-A",
            "-,     FAC-B, FAC-C, FAC-B",
            "'',    '',    FAC-C, FAC-C",
            "-,     -,     -,     ''",
    })
    void orderFieldsResolveOrderMetadataThenCheckoutDataThenSetting(String metadata, String checkout, String setting,
                                                                  String expected) {
        Order order = new Order();
        put(order.getOrderMetadata(), "ship_from_facility", metadata);
        put(order.getCheckoutData(), "ship_from_facility", checkout);
        MappedOrder mapped = new MappedOrder(order, new TestVendor(ProductSettings.none()), List.of());

        assertThat(mapped.orderField("ship_from_facility", setting)).isEqualTo(expected);
    }

    @Test
    void numbersAndListsReadAsText() {
        OrderItem item = item("bc-1");
        item.getMetadata().put("sets", 0);
        item.getMetadata().put("option_uuids", List.of("a", "b"));
        item.getMetadata().put("runsize", new java.math.BigDecimal("1000.00"));
        MappedItem mapped = new MappedItem(item, null, new TestVendor(ProductSettings.none()));

        assertThat(mapped.field("sets")).hasValue("0");
        assertThat(mapped.field("option_uuids")).hasValue("a,b");
        assertThat(mapped.field("runsize")).hasValue("1000");
    }

    @Test
    void productCodeMatchSuppliesTheVendorsProductCodeAfterEveryOtherSource() {
        ProductSettings settings = new ProductSettings(Map.of("TSHIRT-RED", "POV-TEE-R"), List.of());
        OrderItem matched = item(" tshirt-red ");
        OrderItem own = item("tshirt-red");
        own.getMetadata().put("print_sku", "OWN-SKU");

        assertThat(new MappedItem(matched, null, new TestVendor(settings)).field("print_sku")).hasValue("POV-TEE-R");
        assertThat(new MappedItem(own, null, new TestVendor(settings)).field("print_sku")).hasValue("OWN-SKU");
        assertThat(new MappedItem(item("mug"), null, new TestVendor(settings)).field("print_sku")).isEmpty();
    }

    @Test
    void productCodeSkipIgnoresCaseAndSpaces() {
        ProductSettings settings = new ProductSettings(Map.of(), List.of("GIFT-CARD", " sticker "));
        assertThat(settings.skips("gift-card")).isTrue();
        assertThat(settings.skips("STICKER")).isTrue();
        assertThat(settings.skips("bc-1000")).isFalse();
        assertThat(settings.skips(null)).isFalse();
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(nullValues = "-", value = {
            "Standard Shipping,     UPS Ground",
            "'  standard SHIPPING ', UPS Ground",
            "Express,               UPS Next Day Air",
            "Pigeon,                UPS 3 Day Select",
            "-,                     UPS 3 Day Select",
    })
    void shippingClassMatchIgnoresCaseAndSpacesAndFallsBackToTheDefault(String method, String expected) {
        ShippingClassMatch match = new ShippingClassMatch(Map.of("Standard Shipping", "UPS Ground",
                "express", "UPS Next Day Air"), "UPS 3 Day Select");
        assertThat(match.mailClassFor(method)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} ''{1}'' -> {2}")
    @CsvSource(delimiter = '|', value = {
            "WHOLE_NUMBER | 0              | ok",
            "WHOLE_NUMBER | ' 12 '         | ok",
            "WHOLE_NUMBER | two            | 'two' is not a whole number",
            "WHOLE_NUMBER | -1             | '-1' is not a whole number",
            "WHOLE_NUMBER | 1.5            | '1.5' is not a whole number",
            "FLAG         | Yes            | ok",
            "FLAG         | 0              | ok",
            "FLAG         | maybe          | 'maybe' is not a flag (1 or 0, true or false, yes or no)",
            "LIST         | a-1, b-2       | ok",
            "LIST         | '[\"a-1\", 2]'  | ok",
            "LIST         | '[\"a-1\"'      | '[\"a-1\"' is not a list (a JSON list of values, or values separated by commas)",
            "LIST         | '[[\"a\"]]'     | '[[\"a\"]]' is not a list (a JSON list of values, or values separated by commas)",
            "LIST         | '{a=1}'        | '{a=1}' is not a list (a JSON list of values, or values separated by commas)",
    })
    void vendorFieldFormatsNameTheValueThatDoesNotFit(FieldFormat format, String value, String expected) {
        assertThat(format.problem(value).orElse("ok")).isEqualTo(expected);
    }

    @Test
    void printFilesComeFromPrintUrlAndNumberedUrlsInNumberOrder() {
        OrderItem item = item("tee");
        item.getMetadata().put("print_url_2", "https://x/back.png");
        item.getMetadata().put("print_location_2", "back");
        item.getVariationList().put("print_url_1", "https://x/front.png");
        InventoryItem inv = new InventoryItem();
        inv.getMetadata().put("print_location_1", "front");
        inv.getMetadata().put("print_url_10", "https://x/sleeve.png");

        List<PrintFile> prints = new MappedItem(item, inv, new TestVendor(ProductSettings.none())).prints();

        assertThat(prints).containsExactly(new PrintFile(1, "https://x/front.png", "front"),
                new PrintFile(2, "https://x/back.png", "back"), new PrintFile(10, "https://x/sleeve.png", null));
    }

    private static OrderItem item(String code) {
        OrderItem item = new OrderItem();
        item.setId(7L);
        item.setCode(code);
        item.setName("Item " + code);
        item.setQuantity(1);
        return item;
    }

    private static void put(Map<String, Object> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
