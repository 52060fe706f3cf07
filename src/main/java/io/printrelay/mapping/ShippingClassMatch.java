package io.printrelay.mapping;

import java.util.Locale;
import java.util.Map;

/**
 * Order Desk's Shipping Class Match: the shipping method name a cart wrote ("Standard Shipping") to the vendor's
 * mail class ("UPS Ground"). Matching ignores case and surrounding spaces; no match means the default mail class.
 */
public record ShippingClassMatch(Map<String, String> matches, String defaultMailClass) {

    public ShippingClassMatch {
        matches = matches == null ? Map.of() : Map.copyOf(matches);
    }

    public String mailClassFor(String shippingMethod) {
        if (shippingMethod != null) {
            String wanted = normalized(shippingMethod);
            for (Map.Entry<String, String> match : matches.entrySet()) {
                if (normalized(match.getKey()).equals(wanted)) {
                    return match.getValue();
                }
            }
        }
        return defaultMailClass;
    }

    private static String normalized(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }
}
