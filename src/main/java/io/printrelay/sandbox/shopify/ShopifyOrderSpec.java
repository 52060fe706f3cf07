package io.printrelay.sandbox.shopify;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An order to place on the simulated Shopify (tests and the demo shop): who, what, how shipped. The simulator gives
 * it its id, its name ({@code #1001}...) and its line item ids.
 */
public final class ShopifyOrderSpec {

    /** A line item to be: SKU, name, quantity, unit price, variant options, properties. */
    public record Item(String sku, String name, int quantity, String price, Map<String, String> options,
                       Map<String, String> properties) {
    }

    Instant createdAt;
    String email = "grace.hopper@printrelay.example";
    final Map<String, String> attributes = new LinkedHashMap<>();
    ShopifySimAddress shipping = ShopifySimAddress.us("Grace", "Hopper", "1 Harbor Rd", "Arlington", "VA", "22202");
    ShopifySimAddress billing;
    String shippingTitle = "Standard";
    String shippingPrice = "5.00";
    String tax = "0.00";
    final List<Item> items = new ArrayList<>();

    public static ShopifyOrderSpec order() {
        return new ShopifyOrderSpec();
    }

    public ShopifyOrderSpec createdAt(Instant createdAt) {
        this.createdAt = createdAt;
        return this;
    }

    public ShopifyOrderSpec email(String email) {
        this.email = email;
        return this;
    }

    /** An order attribute (the checkout's note attributes, GraphQL customAttributes). */
    public ShopifyOrderSpec attribute(String key, String value) {
        attributes.put(key, value);
        return this;
    }

    public ShopifyOrderSpec shipping(ShopifySimAddress shipping) {
        this.shipping = shipping;
        return this;
    }

    public ShopifyOrderSpec billing(ShopifySimAddress billing) {
        this.billing = billing;
        return this;
    }

    public ShopifyOrderSpec shippingLine(String title, String price) {
        this.shippingTitle = title;
        this.shippingPrice = price;
        return this;
    }

    public ShopifyOrderSpec tax(String tax) {
        this.tax = tax;
        return this;
    }

    public ShopifyOrderSpec item(Item item) {
        items.add(item);
        return this;
    }

    /** An item with artwork as the {@code print_url} property and no options. */
    public ShopifyOrderSpec item(String sku, int quantity, String price, String printUrl) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("print_url", printUrl);
        return item(new Item(sku, sku, quantity, price, Map.of(), properties));
    }
}
