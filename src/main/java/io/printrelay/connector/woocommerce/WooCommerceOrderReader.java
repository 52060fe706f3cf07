package io.printrelay.connector.woocommerce;

import com.fasterxml.jackson.databind.JsonNode;
import io.printrelay.order.Address;
import io.printrelay.order.Order;
import io.printrelay.order.OrderItem;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * A WooCommerce order (REST v3, also the body of its order webhooks) as a PrintRelay order. The Woo order id is the
 * source id, Order Prefix + {@code number} the order number. Order {@code meta_data} becomes checkout data and line
 * item {@code meta_data} item metadata (where storefront plugins put {@code print_url}, {@code print_sku},
 * {@code product_uuid}), leaving out the keys starting with {@code _} that WordPress and plugins keep to themselves.
 * A variation's taxonomy attributes ({@code pa_size}) go to the variation list under their slug without {@code pa_}
 * ({@code size}), with the value the shop displays; a variation's custom attributes cannot be told from plugin meta
 * in the REST answer and stay in the metadata. The Woo line item id is kept as {@code woocommerce_line_item_id}.
 */
@Component
public class WooCommerceOrderReader {

    public static final String SOURCE_NAME = "WooCommerce";
    static final String LINE_ITEM_ID_FIELD = "woocommerce_line_item_id";
    static final String STATUS_FIELD = "woocommerce_status";

    private final WooCommerceProperties properties;

    public WooCommerceOrderReader(WooCommerceProperties properties) {
        this.properties = properties;
    }

    /** @throws IllegalArgumentException an order that cannot be kept at all (no id): the caller names and skips it */
    public Order read(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("a WooCommerce order is not a JSON object");
        }
        String id = text(json, WooCommerceApi.ID);
        if (!WooCommerceApi.isOrderId(id)) {
            throw new IllegalArgumentException("a WooCommerce order has no usable " + WooCommerceApi.ID + " ('" + id
                    + "'" + (json.hasNonNull(WooCommerceApi.NUMBER) ? ", number " + text(json, WooCommerceApi.NUMBER)
                    : "") + ")");
        }
        Order order = new Order();
        order.setSourceName(SOURCE_NAME);
        order.setSourceId(id);
        String number = text(json, WooCommerceApi.NUMBER);
        order.setOrderNumber(properties.orderPrefix() + (number.isBlank() ? id : number));
        JsonNode billing = json.path(WooCommerceApi.BILLING);
        order.setEmail(text(billing, WooCommerceApi.EMAIL));
        Address customer = address(billing, "");
        order.setCustomer(customer);
        JsonNode shipping = json.path(WooCommerceApi.SHIPPING);
        // a shop that ships to the billing address (or a virtual order) may leave the shipping address empty
        order.setShipping(shipping.isObject() && !text(shipping, WooCommerceApi.ADDRESS_1).isBlank()
                ? address(shipping, customer.phone()) : customer);
        order.setShippingMethod(text(json.path(WooCommerceApi.SHIPPING_LINES).path(0), WooCommerceApi.METHOD_TITLE));
        order.setShippingTotal(number(json, WooCommerceApi.SHIPPING_TOTAL));
        order.setTaxTotal(number(json, WooCommerceApi.TOTAL_TAX));
        order.setDiscountTotal(number(json, WooCommerceApi.DISCOUNT_TOTAL));
        order.setOrderTotal(number(json, WooCommerceApi.TOTAL));
        order.setDateAdded(createdAt(json));
        order.getOrderMetadata().put(STATUS_FIELD, text(json, WooCommerceApi.STATUS));
        putVisibleMeta(json.path(WooCommerceApi.META_DATA), order.getCheckoutData());
        String customerNote = text(json, WooCommerceApi.CUSTOMER_NOTE);
        if (!customerNote.isBlank()) {
            order.getCheckoutData().putIfAbsent(WooCommerceApi.CUSTOMER_NOTE, customerNote);
        }
        BigDecimal productTotal = null;
        JsonNode items = json.path(WooCommerceApi.LINE_ITEMS);
        for (JsonNode line : items) {
            OrderItem item = item(line);
            order.getOrderItems().add(item);
            BigDecimal subtotal = number(line, WooCommerceApi.SUBTOTAL);
            if (subtotal != null) {
                productTotal = productTotal == null ? subtotal : productTotal.add(subtotal);
            }
        }
        order.setProductTotal(productTotal);
        return order;
    }

    /** The Woo status the order was read with. */
    static String status(JsonNode json) {
        return text(json, WooCommerceApi.STATUS);
    }

    /** When the order was created, in UTC ({@code date_created_gmt}, no zone in the text); null when not readable. */
    static LocalDateTime createdAt(JsonNode json) {
        String text = text(json, WooCommerceApi.DATE_CREATED_GMT);
        try {
            return text.isBlank() ? null : LocalDateTime.parse(text.endsWith("Z") ? text.substring(0,
                    text.length() - 1) : text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static OrderItem item(JsonNode json) {
        OrderItem item = new OrderItem();
        String sku = text(json, WooCommerceApi.SKU);
        item.setCode(sku.isBlank() ? null : sku);
        item.setName(json.hasNonNull(WooCommerceApi.NAME) ? text(json, WooCommerceApi.NAME) : sku);
        // a whole number that fits, or none (the intake then names the field): 1.5 or 1e12 is not cut to fit
        JsonNode quantity = json.path(WooCommerceApi.QUANTITY);
        item.setQuantity(quantity.isIntegralNumber() && quantity.canConvertToInt() ? quantity.asInt() : null);
        item.setPrice(unitPrice(json, item.getQuantity()));
        item.getMetadata().put(LINE_ITEM_ID_FIELD, text(json, WooCommerceApi.ITEM_ID));
        for (JsonNode meta : json.path(WooCommerceApi.META_DATA)) {
            String key = text(meta, WooCommerceApi.META_KEY);
            if (key.isBlank() || key.startsWith(WooCommerceApi.HIDDEN_PREFIX)) {
                continue;
            }
            if (key.startsWith(WooCommerceApi.ATTRIBUTE_PREFIX) && key.length() > WooCommerceApi.ATTRIBUTE_PREFIX.length()) {
                String shown = text(meta, WooCommerceApi.META_DISPLAY_VALUE);
                item.getVariationList().put(key.substring(WooCommerceApi.ATTRIBUTE_PREFIX.length()),
                        shown.isBlank() ? value(meta.path(WooCommerceApi.META_VALUE)) : shown);
            } else {
                item.getMetadata().put(key, value(meta.path(WooCommerceApi.META_VALUE)));
            }
        }
        return item;
    }

    /**
     * Woo's {@code price} is the unit price after discounts; before them it is {@code subtotal / quantity}, which is
     * what the customer was charged per unit on the product line (the discount is order-level in Order Desk).
     */
    private static BigDecimal unitPrice(JsonNode json, Integer quantity) {
        BigDecimal subtotal = number(json, WooCommerceApi.SUBTOTAL);
        if (subtotal != null && quantity != null && quantity > 0) {
            return subtotal.divide(BigDecimal.valueOf(quantity), 2, RoundingMode.HALF_UP);
        }
        return number(json, WooCommerceApi.PRICE);
    }

    private static void putVisibleMeta(JsonNode metaData, Map<String, Object> into) {
        for (JsonNode meta : metaData) {
            String key = text(meta, WooCommerceApi.META_KEY);
            if (!key.isBlank() && !key.startsWith(WooCommerceApi.HIDDEN_PREFIX)) {
                into.put(key, value(meta.path(WooCommerceApi.META_VALUE)));
            }
        }
    }

    /** A scalar as its text; an object or array (plugins store those too) as its JSON. */
    private static String value(JsonNode value) {
        return value.isMissingNode() || value.isNull() ? "" : value.isContainerNode() ? value.toString()
                : value.asText();
    }

    private static Address address(JsonNode json, String fallbackPhone) {
        String phone = text(json, WooCommerceApi.PHONE);
        return new Address(text(json, WooCommerceApi.FIRST_NAME), text(json, WooCommerceApi.LAST_NAME),
                text(json, WooCommerceApi.COMPANY), text(json, WooCommerceApi.ADDRESS_1),
                text(json, WooCommerceApi.ADDRESS_2), "", "", text(json, WooCommerceApi.CITY),
                text(json, WooCommerceApi.STATE), text(json, WooCommerceApi.POSTCODE),
                text(json, WooCommerceApi.COUNTRY), phone.isBlank() ? fallbackPhone : phone);
    }

    static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? "" : value.asText();
    }

    private static BigDecimal number(JsonNode json, String field) {
        String text = text(json, field);
        try {
            return text.isBlank() ? null : new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
