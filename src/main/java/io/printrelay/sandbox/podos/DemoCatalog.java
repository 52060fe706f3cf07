package io.printrelay.sandbox.podos;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The SKUs the simulated podOS sells in its demo orders. PrintRelay's sandbox seeds inventory items with these
 * codes, so that demo orders find their print details; {@link #UNKNOWN_PRODUCT} is deliberately left out of that.
 */
public final class DemoCatalog {

    public static final String BUSINESS_CARDS = "BC-14PT-500";
    public static final String FLYERS = "FLYER-100-8.5X11";
    public static final String POSTCARDS = "POSTCARD-16PT-4X6";
    /** Printed by POV. */
    public static final String TEE_SHIRT = "TEE-CLASSIC-WHITE-L";
    /** Printed by POV. */
    public static final String MUG = "MUG-11OZ";
    /** No inventory item has this code: a demo order with it lands in Errors. */
    public static final String UNKNOWN_PRODUCT = "MYSTERY-ITEM";

    private static final String ARTWORK_BASE = "https://art.printrelay.example/demo/";

    /**
     * A product of the demo shop: its name, unit price, how many a demo order takes and where its artwork goes.
     */
    public record Product(String sku, String name, String price, int quantity, List<String> printLocations) {
    }

    /** The products demo orders cycle through, in that order. */
    public static final List<Product> PRODUCTS = List.of(
            new Product(BUSINESS_CARDS, "Business cards 14pt (500)", "24.00", 1, List.of("front", "back")),
            new Product(FLYERS, "Flyers 100# gloss 8.5x11 (100)", "19.50", 2, List.of("front")),
            new Product(POSTCARDS, "Postcards 16pt 4x6", "32.00", 1, List.of("front")),
            new Product(TEE_SHIRT, "Classic tee, white, L", "18.00", 1, List.of("front")),
            new Product(MUG, "Mug 11oz", "12.50", 1, List.of("front")));

    public static final Product MYSTERY = new Product(UNKNOWN_PRODUCT, "Mystery item", "10.00", 1, List.of("front"));

    /** The SKUs PrintRelay's sandbox knows (every product but the mystery one). */
    public static final List<String> KNOWN_SKUS = PRODUCTS.stream().map(Product::sku).toList();

    private static final Map<String, Product> BY_SKU = Stream.concat(PRODUCTS.stream(), Stream.of(MYSTERY))
            .collect(Collectors.toMap(Product::sku, Function.identity()));

    private DemoCatalog() {
    }

    /** e.g. {@code https://art.printrelay.example/demo/BC-14PT-500-front.pdf}. */
    public static String artworkUrl(String sku, String location) {
        return ARTWORK_BASE + sku + "-" + location + ".pdf";
    }

    /** The product's name, or the SKU itself for one the demo shop does not sell. */
    public static String nameOf(String sku) {
        Product product = sku == null ? null : BY_SKU.get(sku);
        return product == null ? sku : product.name();
    }
}
