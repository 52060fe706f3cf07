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
 * the first vendor whose claiming print details the item has ({@link VendorProfile#claimingFields}), else the vendor
 * whose Product Code Match names its code. Nothing here names a vendor: each vendor connector says what it takes.
 */
@Component
public class VendorChoice {

    private final Map<String, String> codeRules;
    private final List<VendorProfile> vendors;
    private final MappingProcessor mapping;

    public VendorChoice(RoutingProperties routing, List<VendorProfile> vendors, MappingProcessor mapping) {
        this.codeRules = routing.codeRules();
        this.vendors = vendors;
        this.mapping = mapping;
    }

    public Optional<String> vendorFor(OrderItem item) {
        InventoryItem inventory = mapping.inventoryFor(item, null);
        Optional<String> named = FieldResolver.itemField(item, inventory, "vendor").map(this::normalized);
        if (named.isPresent()) {
            return named;
        }
        Optional<String> byRule = byCodeRule(item.getCode());
        if (byRule.isPresent()) {
            return byRule;
        }
        Optional<String> claimed = vendors.stream().filter(v -> v.claimingFields().stream()
                .anyMatch(field -> FieldResolver.itemField(item, inventory, field).isPresent()))
                .map(VendorProfile::id).findFirst();
        if (claimed.isPresent()) {
            return claimed;
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

    /** What an item or a code rule may call a vendor: its id or one of its aliases, in any case, spaces ignored. */
    private String normalized(String vendor) {
        String v = vendor.trim().toLowerCase(Locale.ROOT).replace(" ", "");
        return vendors.stream().filter(profile -> profile.id().equals(v) || profile.aliases().stream()
                .anyMatch(alias -> alias.toLowerCase(Locale.ROOT).replace(" ", "").equals(v)))
                .map(VendorProfile::id).findFirst().orElse(v);
    }

    private static boolean matches(String pattern, String code) {
        return pattern.endsWith("*") ? code.startsWith(pattern.substring(0, pattern.length() - 1))
                : pattern.equals(code);
    }
}
