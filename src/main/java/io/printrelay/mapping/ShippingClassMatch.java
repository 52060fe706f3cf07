package io.printrelay.mapping;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Order Desk's Shipping Class Match: the shipping method name a cart wrote ("Standard Shipping") to the vendor's
 * mail class ("UPS Ground"). Matching ignores case and every space, inside the name too ("Fed Ex  Home Delivery"
 * is "FedEx Home Delivery"): carts and people type the same method with spaces of their own. No match means the
 * default mail class.
 */
public record ShippingClassMatch(Map<String, String> matches, String defaultMailClass) {

    /** Whitespace, and the no-break and other Unicode spaces carts paste in. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

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
        return SPACES.matcher(name).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
