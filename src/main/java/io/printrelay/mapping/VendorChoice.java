package io.printrelay.mapping;

import io.printrelay.order.InventoryItem;
import io.printrelay.order.OrderItem;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which vendor prints an item: the item's own {@code vendor} field (metadata, variation or inventory item), else
 * the first configured code rule ({@code printrelay.routing.code-rules}, e.g. {@code "bc-*": fourover}), else
 * what its print details say ({@code product_uuid} or {@code fourover_job_id}: 4over; {@code print_sku}: POV), else
 * the vendor whose Product Code Match names its code.
 */
@Component
public class VendorChoice {

    private final Map<String, String> codeRules;
    private final List<VendorProfile> vendors;
    private final MappingProcessor mapping;

    public VendorChoice(RoutingProperties routing, List<VendorProfile> vendors, MappingProcessor mapping) {
        this.codeRules = routing.codeRules() == null ? Map.of() : routing.codeRules();
        this.vendors = vendors;
        this.mapping = mapping;
    }

    public Optional<String> vendorFor(OrderItem item) {
        InventoryItem inventory = mapping.inventoryFor(item, null);
        Optional<String> named = FieldResolver.itemField(item, inventory, "vendor").map(VendorChoice::normalized);
        if (named.isPresent()) {
            return named;
        }
        Optional<String> byRule = byCodeRule(item.getCode());
        if (byRule.isPresent()) {
            return byRule;
        }
        if (FieldResolver.itemField(item, inventory, "product_uuid").isPresent()
                || FieldResolver.itemField(item, inventory, "fourover_job_id").isPresent()) {
            return Optional.of("fourover");
        }
        if (FieldResolver.itemField(item, inventory, "print_sku").isPresent()) {
            return Optional.of("pov");
        }
        return vendors.stream().filter(v -> v.productSettings().matchFor(item.getCode()).isPresent())
                .map(VendorProfile::id).findFirst();
    }

    private Optional<String> byCodeRule(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String lower = code.trim().toLowerCase(Locale.ROOT);
        return codeRules.entrySet().stream().filter(rule -> matches(rule.getKey().trim().toLowerCase(Locale.ROOT),
                lower)).map(rule -> normalized(rule.getValue())).findFirst();
    }

    private static boolean matches(String pattern, String code) {
        return pattern.endsWith("*") ? code.startsWith(pattern.substring(0, pattern.length() - 1))
                : pattern.equals(code);
    }

    /** "4over", "4Over", "fourover" all mean the same vendor. */
    static String normalized(String vendor) {
        String v = vendor.trim().toLowerCase(Locale.ROOT).replace(" ", "");
        return v.equals("4over") ? "fourover" : v;
    }
}
