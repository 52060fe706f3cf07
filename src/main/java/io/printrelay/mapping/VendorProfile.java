package io.printrelay.mapping;

import java.util.List;
import java.util.Map;

/** What the mapping processor needs to know about a vendor; each vendor package provides one. */
public interface VendorProfile {

    /** Short id used in routes and tables: "fourover", "pov". */
    String id();

    /** The name people use: "4over", "POV". */
    String displayName();

    boolean enabled();

    ProductSettings productSettings();

    ShippingClassMatch shippingClassMatch();

    /** Item fields that must resolve to a value, in the order problems are reported. */
    List<String> requiredItemFields();

    /** Item fields that fall back to a default when nothing else gives them (4over: sets=1, dropship=1). */
    Map<String, String> itemDefaults();

    /** The item field that Product Code Match supplies (POV: print_sku), or null when it only finds inventory. */
    String productCodeField();

    /** Whether the vendor needs artwork (print_url or print_url_1..n) on every item. */
    boolean requiresArtwork();

    /**
     * Item fields whose value must have a form beyond text (4over: sets a whole number, option_uuids a list); a
     * value that does not fit stops the order while mapping, before anything is claimed.
     */
    default Map<String, FieldFormat> itemFieldFormats() {
        return Map.of();
    }

    /** Order fields (order metadata, checkout data) whose value must have a form beyond text. */
    default Map<String, FieldFormat> orderFieldFormats() {
        return Map.of();
    }

    /**
     * The fixed sides the vendor prints artwork on, one file each (4over: front and back), or null when it takes
     * every file an item has, wherever it goes.
     */
    default PrintSides printSides() {
        return null;
    }

    /**
     * The print details that say an item is for this vendor when nothing names its vendor (4over:
     * {@code product_uuid}, {@code fourover_job_id}; POV: {@code print_sku}).
     */
    List<String> claimingFields();

    /** Other names people give the vendor in an item's {@code vendor} field or a code rule ("4over"). */
    default List<String> aliases() {
        return List.of();
    }

    /**
     * What the vendor's own catalog says is wrong with an item whose print details are all there (4over: a uuid that
     * is not the product's, a turnaround of another runsize or colorspec), each naming the field; the mapping puts
     * the order and the item in front. Empty when the vendor has no catalog, or does not know the product.
     */
    default List<String> catalogProblems(MappedItem item) {
        return List.of();
    }

    String afterImportFolder();

    String afterShipmentFolder();
}
