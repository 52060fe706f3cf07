package io.printrelay.sandbox.shopify;

import java.util.Map;

/**
 * A line item of a simulated Shopify order: its numeric id, SKU, quantity, unit price, the variant's options (name to
 * value, in order) and its properties (Shopify's line item properties, which storefront apps fill with print
 * details such as {@code print_url}).
 */
public record ShopifySimLineItem(long id, String sku, String name, int quantity, String price,
                                 Map<String, String> options, Map<String, String> properties) {

    /** "L / White", as Shopify titles a variant by its option values; null without options. */
    public String variantTitle() {
        return options.isEmpty() ? null : String.join(" / ", options.values());
    }
}
