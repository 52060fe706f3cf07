package io.printrelay.sandbox.woocommerce;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * An order to place on the simulated shop, built up by tests and the demo feed; the shop gives it its ids and turns
 * it into Woo's REST v3 JSON, with the hidden {@code _} meta keys WordPress and plugins add to every real order.
 */
public final class WooCommerceOrderSpec {

    /** One product line: SKU, name, quantity, unit price, its visible meta (print_url, pa_size, ...). */
    public record Line(String sku, String name, int quantity, String price, Map<String, String> meta) {
    }

    private String status = "processing";
    private String firstName = "Jimmy";
    private String lastName = "Dean";
    private String company = "";
    private String address1 = "800 Emmet St";
    private String city = "Nashville";
    private String state = "TN";
    private String postcode = "37203";
    private String country = "US";
    private String email = "jimmy@example.com";
    private String phone = "+1 615 555 0100";
    private String shippingMethod = "Flat rate";
    private String shippingTotal = "5.00";
    private LocalDateTime createdGmt;
    private final Map<String, String> orderMeta = new LinkedHashMap<>();
    private final List<Line> lines = new ArrayList<>();

    public static WooCommerceOrderSpec order() {
        return new WooCommerceOrderSpec();
    }

    public WooCommerceOrderSpec status(String status) {
        this.status = status;
        return this;
    }

    public WooCommerceOrderSpec shipTo(String firstName, String lastName, String address1, String city, String state,
                                       String postcode, String country) {
        this.firstName = firstName;
        this.lastName = lastName;
        this.address1 = address1;
        this.city = city;
        this.state = state;
        this.postcode = postcode;
        this.country = country;
        return this;
    }

    public WooCommerceOrderSpec company(String company) {
        this.company = company;
        return this;
    }

    public WooCommerceOrderSpec email(String email) {
        this.email = email;
        return this;
    }

    public WooCommerceOrderSpec shipping(String methodTitle, String total) {
        this.shippingMethod = methodTitle;
        this.shippingTotal = total;
        return this;
    }

    public WooCommerceOrderSpec createdGmt(LocalDateTime createdGmt) {
        this.createdGmt = createdGmt;
        return this;
    }

    /** Order meta the checkout stores (gift message, delivery date): visible, so checkout data in PrintRelay. */
    public WooCommerceOrderSpec meta(String key, String value) {
        orderMeta.put(key, value);
        return this;
    }

    public WooCommerceOrderSpec line(String sku, String name, int quantity, String price, Map<String, String> meta) {
        lines.add(new Line(sku, name, quantity, price, new LinkedHashMap<>(meta)));
        return this;
    }

    ObjectNode toJson(ObjectMapper mapper, long id, LongSupplier subIds, LocalDateTime now) {
        LocalDateTime created = createdGmt != null ? createdGmt : now;
        ObjectNode order = mapper.createObjectNode();
        order.put("id", id);
        order.put("parent_id", 0);
        order.put("number", String.valueOf(id));
        order.put("order_key", "wc_order_" + Long.toString(id * 7919, 36));
        order.put("created_via", "checkout");
        order.put("version", "9.4.2");
        order.put("status", status);
        order.put("currency", "USD");
        order.put("date_created", created.toString());
        order.put("date_created_gmt", created.toString());
        order.put("date_modified", created.toString());
        order.put("date_modified_gmt", created.toString());
        order.put("prices_include_tax", false);
        order.put("customer_id", 0);
        order.put("customer_note", "");
        order.put("payment_method", "stripe");
        order.put("payment_method_title", "Credit Card (Stripe)");
        order.put("transaction_id", "ch_sandbox_" + id);
        ObjectNode billing = address(order.putObject("billing"));
        billing.put("email", email);
        address(order.putObject("shipping"));
        ArrayNode meta = order.putArray("meta_data");
        meta(meta, subIds, "_wc_order_attribution_source_type", "typein");
        meta(meta, subIds, "_stripe_customer_id", "cus_sandbox");
        orderMeta.forEach((key, value) -> meta(meta, subIds, key, value));
        BigDecimal itemsTotal = BigDecimal.ZERO;
        ArrayNode items = order.putArray("line_items");
        for (Line line : lines) {
            BigDecimal subtotal = new BigDecimal(line.price()).multiply(BigDecimal.valueOf(line.quantity()));
            itemsTotal = itemsTotal.add(subtotal);
            ObjectNode item = items.addObject();
            item.put("id", subIds.getAsLong());
            item.put("name", line.name());
            item.put("product_id", 100 + Math.abs(line.sku().hashCode() % 900));
            item.put("variation_id", line.meta().keySet().stream().anyMatch(k -> k.startsWith("pa_")) ? 2000 : 0);
            item.put("quantity", line.quantity());
            item.put("tax_class", "");
            item.put("subtotal", subtotal.setScale(2).toPlainString());
            item.put("subtotal_tax", "0.00");
            item.put("total", subtotal.setScale(2).toPlainString());
            item.put("total_tax", "0.00");
            item.putArray("taxes");
            ArrayNode itemMeta = item.putArray("meta_data");
            line.meta().forEach((key, value) -> meta(itemMeta, subIds, key, value));
            meta(itemMeta, subIds, "_reduced_stock", String.valueOf(line.quantity()));
            item.put("sku", line.sku());
            item.put("price", new BigDecimal(line.price()));
            item.put("parent_name", line.name());
        }
        ArrayNode shippingLines = order.putArray("shipping_lines");
        ObjectNode shipping = shippingLines.addObject();
        shipping.put("id", subIds.getAsLong());
        shipping.put("method_title", shippingMethod);
        shipping.put("method_id", "flat_rate");
        shipping.put("total", shippingTotal);
        shipping.put("total_tax", "0.00");
        shipping.putArray("meta_data");
        order.put("discount_total", "0.00");
        order.put("shipping_total", shippingTotal);
        order.put("cart_tax", "0.00");
        order.put("total_tax", "0.00");
        order.put("total", itemsTotal.add(new BigDecimal(shippingTotal)).setScale(2).toPlainString());
        order.putArray("tax_lines");
        order.putArray("fee_lines");
        order.putArray("coupon_lines");
        order.putArray("refunds");
        return order;
    }

    private ObjectNode address(ObjectNode into) {
        into.put("first_name", firstName);
        into.put("last_name", lastName);
        into.put("company", company);
        into.put("address_1", address1);
        into.put("address_2", "");
        into.put("city", city);
        into.put("state", state);
        into.put("postcode", postcode);
        into.put("country", country);
        into.put("phone", phone);
        return into;
    }

    /**
     * A meta entry as Woo lists it. Line item meta also has {@code display_key}/{@code display_value}: for a
     * taxonomy attribute the attribute's label and the term's name ({@code pa_size}: Size, Large).
     */
    private static void meta(ArrayNode into, LongSupplier ids, String key, String value) {
        ObjectNode meta = into.addObject();
        meta.put("id", ids.getAsLong());
        meta.put("key", key);
        meta.put("value", value);
        if (key.startsWith("pa_")) {
            String label = key.substring(3);
            meta.put("display_key", Character.toUpperCase(label.charAt(0)) + label.substring(1));
            meta.put("display_value", Character.toUpperCase(value.charAt(0)) + value.substring(1));
        } else {
            meta.put("display_key", key);
            meta.put("display_value", value);
        }
    }
}
