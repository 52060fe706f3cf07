package io.printrelay.sandbox.pov;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the simulated POV sells and how it ships. Items name a product by its SKU (PrintRelay's {@code print_sku});
 * the mail class is taken exactly as written here, so a Shipping Class Match that maps to a misspelt name is
 * refused rather than silently shipped some other way. POV ships everything with USPS, hence USPS's names.
 */
public final class PovCatalog {

    public static final String CLASSIC_TEE_WHITE_L = "POV-TEE-WHT-L";
    public static final String MUG_11OZ = "POV-MUG-11";
    public static final String POSTER_A2 = "POV-POSTER-A2";
    public static final String HOODIE_BLACK_M = "POV-HOODIE-BLK-M";

    public static final String FIRST_CLASS = "First Class";
    public static final String PRIORITY = "Priority";
    public static final String PRIORITY_EXPRESS = "Priority Express";
    public static final String GROUND_ADVANTAGE = "Ground Advantage";

    /** The carrier of every POV shipment. */
    public static final String CARRIER = "USPS";

    /** SKU → product name, in catalog order. */
    public static final Map<String, String> PRODUCTS = products();

    public static final List<String> MAIL_CLASSES = List.of(FIRST_CLASS, PRIORITY, PRIORITY_EXPRESS, GROUND_ADVANTAGE);

    private PovCatalog() {
    }

    /** A product of the catalog; the magic {@link PovMagicValues#CANCEL_SKU} is not one (but is accepted). */
    public static boolean isProduct(String sku) {
        return PRODUCTS.containsKey(sku);
    }

    public static Optional<String> nameOf(String sku) {
        return Optional.ofNullable(PRODUCTS.get(sku));
    }

    public static boolean isMailClass(String mailClass) {
        return MAIL_CLASSES.contains(mailClass);
    }

    private static Map<String, String> products() {
        Map<String, String> products = new LinkedHashMap<>();
        products.put(CLASSIC_TEE_WHITE_L, "Classic tee white L");
        products.put(MUG_11OZ, "Mug 11oz");
        products.put(POSTER_A2, "Poster A2");
        products.put(HOODIE_BLACK_M, "Hoodie black M");
        return Collections.unmodifiableMap(products);
    }
}
