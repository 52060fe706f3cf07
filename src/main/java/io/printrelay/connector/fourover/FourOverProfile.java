package io.printrelay.connector.fourover;

import io.printrelay.connector.fourover.catalog.CatalogCheck;
import io.printrelay.connector.fourover.catalog.ItemChoice;
import io.printrelay.mapping.FieldFormat;
import io.printrelay.mapping.MappedItem;
import io.printrelay.mapping.PrintSides;
import io.printrelay.mapping.SettingsProfile;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 4over as the mapping processor sees it: the Order Desk guide's item details, required ones first, the forms its
 * request needs (sets, dropship, option_uuids, skip_confirmation) and its two print sides.
 */
@Component
public class FourOverProfile extends SettingsProfile {

    public static final String ID = "fourover";
    static final List<String> REQUIRED = List.of("product_uuid", "runsize_uuid", "turnaroundtime_uuid",
            "colorspec_uuid");
    /** "sets: defaults to 1, set 0 if not a set"; "dropship: defaults to 1". */
    static final Map<String, String> DEFAULTS = Map.of("sets", "1", "dropship", "1");
    /** What 4over's request carries as a number, a flag and a list. */
    static final Map<String, FieldFormat> ITEM_FORMATS = Map.of("sets", FieldFormat.WHOLE_NUMBER,
            "dropship", FieldFormat.FLAG, "option_uuids", FieldFormat.LIST);
    static final Map<String, FieldFormat> ORDER_FORMATS = Map.of("skip_confirmation", FieldFormat.FLAG);
    /** 4over's {@code files}: one front ({@code fr}) and one back ({@code bk}). */
    static final PrintSides PRINT_SIDES = new PrintSides(sides());

    private final FourOverProperties properties;
    /** Looked up when first needed: the check reads the catalog through Camel, which starts after this profile. */
    private final ObjectProvider<CatalogCheck> catalog;

    public FourOverProfile(FourOverProperties properties, ObjectProvider<CatalogCheck> catalog) {
        super(properties);
        this.properties = properties;
        this.catalog = catalog;
    }

    /**
     * The catalog's check of the item's uuids (local catalog, else 4over live): an inconsistent item stops its order
     * here, before anything is sent. A product neither knows is not checked (4over judges it).
     */
    @Override
    public List<String> catalogProblems(MappedItem item) {
        CatalogCheck check = catalog.getIfAvailable();
        if (check == null) {
            return List.of();
        }
        ItemChoice choice = new ItemChoice(item.fieldOrBlank("product_uuid"), item.fieldOrBlank("runsize_uuid"),
                item.fieldOrBlank("colorspec_uuid"), item.fieldOrBlank("turnaroundtime_uuid"),
                FieldFormat.listValues(item.fieldOrBlank("option_uuids")));
        return check.check(choice).problems().stream().map(CatalogCheck.Problem::toString).toList();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "4over";
    }




    @Override
    public List<String> requiredItemFields() {
        return REQUIRED;
    }

    @Override
    public Map<String, String> itemDefaults() {
        return DEFAULTS;
    }

    @Override
    public String productCodeField() {
        return null;
    }

    @Override
    public boolean requiresArtwork() {
        return true;
    }

    @Override
    public Map<String, FieldFormat> itemFieldFormats() {
        return ITEM_FORMATS;
    }

    @Override
    public Map<String, FieldFormat> orderFieldFormats() {
        return ORDER_FORMATS;
    }

    @Override
    public PrintSides printSides() {
        return PRINT_SIDES;
    }

    @Override
    public List<String> claimingFields() {
        return List.of("product_uuid", FourOverConnector.HAND_PLACED_FIELD);
    }

    @Override
    public List<String> aliases() {
        return List.of("4over");
    }



    public FourOverProperties properties() {
        return properties;
    }

    private static Map<String, List<String>> sides() {
        Map<String, List<String>> sides = new LinkedHashMap<>();
        sides.put("fr", List.of("front", "fr"));
        sides.put("bk", List.of("back", "bk"));
        return sides;
    }
}
