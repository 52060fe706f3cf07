package io.printrelay.vendor.fourover;

import io.printrelay.mapping.ProductSettings;
import io.printrelay.mapping.ShippingClassMatch;
import io.printrelay.mapping.VendorProfile;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/** 4over as the mapping processor sees it: the Order Desk guide's item details, required ones first. */
@Component
public class FourOverProfile implements VendorProfile {

    public static final String ID = "fourover";
    static final List<String> REQUIRED = List.of("product_uuid", "runsize_uuid", "turnaroundtime_uuid",
            "colorspec_uuid");
    /** "sets: defaults to 1, set 0 if not a set"; "dropship: defaults to 1". */
    static final Map<String, String> DEFAULTS = Map.of("sets", "1", "dropship", "1");

    private final FourOverProperties properties;

    public FourOverProfile(FourOverProperties properties) {
        this.properties = properties;
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
    public boolean enabled() {
        return properties.enabled();
    }

    @Override
    public ProductSettings productSettings() {
        return properties.productSettings();
    }

    @Override
    public ShippingClassMatch shippingClassMatch() {
        return new ShippingClassMatch(properties.shippingClassMatch(), properties.defaultMailClass());
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
    public String afterImportFolder() {
        return properties.afterImportFolder();
    }

    @Override
    public String afterShipmentFolder() {
        return properties.afterShipmentFolder();
    }

    public FourOverProperties properties() {
        return properties;
    }
}
