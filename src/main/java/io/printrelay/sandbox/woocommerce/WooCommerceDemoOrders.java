package io.printrelay.sandbox.woocommerce;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo shop's orders. The SKUs are those PrintRelay's sandbox inventory knows (a copy of the podOS demo
 * shop's, so that this package stands alone), so demo orders find their print details and really ship: business
 * cards, flyers and postcards at 4over, the tee and the mug at POV. The artwork is in line item meta, as storefront
 * upload plugins put it.
 */
public final class WooCommerceDemoOrders {

    public static final String BUSINESS_CARDS = "BC-14PT-500";
    public static final String FLYERS = "FLYER-100-8.5X11";
    public static final String POSTCARDS = "POSTCARD-16PT-4X6";
    /** Printed by POV. */
    public static final String TEE_SHIRT = "TEE-CLASSIC-WHITE-L";
    /** Printed by POV. */
    public static final String MUG = "MUG-11OZ";

    private static final String ARTWORK_BASE = "https://art.printrelay.example/demo/";

    private record Product(String sku, String name, String price, List<String> sides, Map<String, String> attributes) {
    }

    private static final List<Product> PRODUCTS = List.of(
            new Product(BUSINESS_CARDS, "Business cards 14pt (500)", "24.00", List.of("front", "back"), Map.of()),
            new Product(TEE_SHIRT, "Classic tee - White, L", "18.00", List.of("front"),
                    Map.of("pa_color", "white", "pa_size", "l")),
            new Product(FLYERS, "Flyers 100# gloss 8.5x11 (100)", "19.50", List.of("front"), Map.of()),
            new Product(MUG, "Mug 11oz", "12.50", List.of("front"), Map.of()),
            new Product(POSTCARDS, "Postcards 16pt 4x6", "32.00", List.of("front"), Map.of()));

    private static final String[][] CUSTOMERS = {
            {"Ada", "Lovelace", "12 St James's Sq", "Boston", "MA", "02116", "US"},
            {"Grace", "Hopper", "1 Navy Way", "Arlington", "VA", "22202", "US"},
            {"Alan", "Kay", "500 Main St", "Los Angeles", "CA", "90012", "US"}};

    private WooCommerceDemoOrders() {
    }

    /** The n-th demo order (1-based): products and customers in turn. */
    public static WooCommerceOrderSpec order(int n) {
        Product product = PRODUCTS.get((n - 1) % PRODUCTS.size());
        String[] customer = CUSTOMERS[(n - 1) % CUSTOMERS.length];
        return WooCommerceOrderSpec.order()
                .shipTo(customer[0], customer[1], customer[2], customer[3], customer[4], customer[5], customer[6])
                .email(customer[0].toLowerCase() + "@example.com")
                .meta("gift_message", "Demo order " + n)
                .line(product.sku(), product.name(), 1, product.price(), lineMeta(product));
    }

    /** The artwork as {@code print_url_N}/{@code print_location_N}, the variation's attributes, a product id. */
    public static Map<String, String> artwork(String sku, List<String> sides) {
        Map<String, String> meta = new LinkedHashMap<>();
        for (int i = 0; i < sides.size(); i++) {
            meta.put("print_url_" + (i + 1), ARTWORK_BASE + sku + "-" + sides.get(i) + ".pdf");
            meta.put("print_location_" + (i + 1), sides.get(i));
        }
        return meta;
    }

    private static Map<String, String> lineMeta(Product product) {
        Map<String, String> meta = artwork(product.sku(), product.sides());
        meta.putAll(product.attributes());
        return meta;
    }
}
