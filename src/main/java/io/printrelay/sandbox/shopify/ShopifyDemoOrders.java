package io.printrelay.sandbox.shopify;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo shop's orders, the n-th always the same: the sandbox inventory's products in turn, each with its artwork
 * as the line item property {@code print_url} (as a storefront upload app puts it), shipped in the US. The SKUs are
 * the ones the sandbox inventory gives 4over's or POV's print details (sandbox.podos.DemoCatalog; copied here so
 * that the two simulators do not depend on each other).
 */
final class ShopifyDemoOrders {

    /** A demo product: SKU, name, unit price, quantity, sides with artwork, variant options. */
    private record Product(String sku, String name, String price, int quantity, List<String> sides,
                           Map<String, String> options) {
    }

    private static final List<Product> PRODUCTS = List.of(
            new Product("BC-14PT-500", "Business cards 14pt (500)", "24.00", 1, List.of("front", "back"), Map.of()),
            new Product("TEE-CLASSIC-WHITE-L", "Classic tee", "18.00", 1, List.of("front"),
                    options("Size", "L", "Color", "White")),
            new Product("FLYER-100-8.5X11", "Flyers 100# gloss 8.5x11 (100)", "19.50", 2, List.of("front"), Map.of()),
            new Product("MUG-11OZ", "Mug 11oz", "12.50", 1, List.of("front"), Map.of()),
            new Product("POSTCARD-16PT-4X6", "Postcards 16pt 4x6", "32.00", 1, List.of("front"), Map.of()));

    private static final List<ShopifySimAddress> CUSTOMERS = List.of(
            ShopifySimAddress.us("Grace", "Hopper", "1 Harbor Rd", "Arlington", "VA", "22202"),
            ShopifySimAddress.us("Jimmy", "Dean", "800 Emmet St", "Nashville", "TN", "37203"),
            ShopifySimAddress.us("Ada", "Lovelace", "12 Analytical Ave", "Austin", "TX", "78701"),
            ShopifySimAddress.us("Katherine", "Johnson", "21 Orbit Way", "Hampton", "VA", "23666"),
            ShopifySimAddress.us("Hedy", "Lamarr", "9 Frequency Blvd", "Los Angeles", "CA", "90028"));

    private static final String ARTWORK = "https://art.printrelay.example/demo/";

    private ShopifyDemoOrders() {
    }

    /** The n-th demo order (from 1). */
    static ShopifyOrderSpec order(int n) {
        ShopifySimAddress customer = CUSTOMERS.get(Math.floorMod(n - 1, CUSTOMERS.size()));
        Product product = PRODUCTS.get(Math.floorMod(n - 1, PRODUCTS.size()));
        Map<String, String> properties = new LinkedHashMap<>();
        for (int side = 0; side < product.sides().size(); side++) {
            String suffix = side == 0 ? "" : "_" + (side + 1);
            properties.put("print_url" + suffix, ARTWORK + product.sku() + "-" + product.sides().get(side) + ".pdf");
            properties.put("print_location" + suffix, product.sides().get(side));
        }
        boolean express = n % 4 == 0;
        ShopifyOrderSpec spec = ShopifyOrderSpec.order()
                .email((customer.firstName() + "." + customer.lastName()).toLowerCase() + "@printrelay.example")
                .shipping(customer)
                .attribute("sales_channel", "sandbox demo shop")
                .shippingLine(express ? "Express" : "Standard", express ? "15.00" : "5.00")
                .item(new ShopifyOrderSpec.Item(product.sku(), product.name(), product.quantity(), product.price(),
                        product.options(), properties));
        return n % 3 == 0 ? spec.attribute("gift_note", "Happy birthday!") : spec;
    }

    private static Map<String, String> options(String... namesAndValues) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            options.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return options;
    }
}
