package io.printrelay.connector.shopify;

import com.fasterxml.jackson.databind.JsonNode;
import io.printrelay.order.Address;
import io.printrelay.order.Order;
import io.printrelay.order.OrderItem;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * A Shopify order as a PrintRelay order, from either of the shapes Shopify sends it in: a node of the GraphQL
 * {@code orders} listing (camelCase, money in {@code *Set { shopMoney { amount } }}, ids as gids) or the REST-shaped
 * body of the {@code orders/create} webhook (snake_case, plain amounts, numeric ids). Both name the order by its
 * numeric id (the source id), so a webhook and a poll bring in the same order once. The order attributes are the
 * checkout data; a line item's properties are its metadata, with its numeric id as {@code shopify_line_item_id}
 * (the fulfilment names line items by it); the variant's options are its variation list.
 */
@Component
public class ShopifyOrderReader {

    public static final String SOURCE_NAME = "Shopify";
    static final String LINE_ITEM_ID_FIELD = "shopify_line_item_id";

    private final ShopifyProperties properties;

    public ShopifyOrderReader(ShopifyProperties properties) {
        this.properties = properties;
    }

    /** @throws IllegalArgumentException an order without a usable id: it cannot be kept, not even in Errors */
    public Order read(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("a Shopify order is not a JSON object");
        }
        boolean rest = json.has("line_items") || json.has("created_at") || json.path("id").isNumber();
        Shape shape = rest ? Shape.REST : Shape.GRAPHQL;
        String id = sourceId(json, shape);
        String name = text(json, "name");
        if (id.isEmpty()) {
            throw new IllegalArgumentException("a Shopify order has no numeric id"
                    + (name.isEmpty() ? "" : " (" + name + ")"));
        }
        Order order = new Order();
        order.setSourceName(SOURCE_NAME);
        order.setSourceId(id);
        order.setOrderNumber(properties.orderPrefix() + (name.isEmpty() ? id : name.replaceFirst("^#", "")));
        order.setEmail(text(json, "email"));
        Address shipping = address(json.path(shape.shippingAddress), shape);
        Address billing = address(json.path(shape.billingAddress), shape);
        order.setShipping(shipping);
        order.setCustomer(billing.isBlank() ? shipping : billing);
        order.setShippingMethod(shippingMethod(json, shape));
        order.setProductTotal(money(json, shape, "subtotalPriceSet", "subtotal_price"));
        order.setShippingTotal(money(json, shape, "totalShippingPriceSet", "total_shipping_price_set"));
        order.setTaxTotal(money(json, shape, "totalTaxSet", "total_tax"));
        order.setOrderTotal(money(json, shape, "totalPriceSet", "total_price"));
        order.setDateAdded(createdAt(json));
        putPairs(order.getCheckoutData(), json.path(shape.orderAttributes), shape);
        if (!name.isEmpty()) {
            order.getOrderMetadata().put("shopify_order_name", name);
        }
        JsonNode items = shape == Shape.REST ? json.path("line_items") : lineItemNodes(json.path("lineItems"));
        if (!items.isMissingNode() && !items.isArray()) {
            // left empty: the intake puts the order in Errors naming order_items
            return order;
        }
        for (JsonNode item : items) {
            order.getOrderItems().add(item(item, shape));
        }
        return order;
    }

    /** When Shopify says the order was created, in UTC (null when it does not say, or not readably). */
    static LocalDateTime createdAt(JsonNode json) {
        String text = json.has("createdAt") ? text(json, "createdAt") : text(json, "created_at");
        try {
            return text.isBlank() ? null
                    : OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private enum Shape {
        GRAPHQL("shippingAddress", "billingAddress", "customAttributes", "key"),
        REST("shipping_address", "billing_address", "note_attributes", "name");

        final String shippingAddress;
        final String billingAddress;
        final String orderAttributes;
        final String pairKey;

        Shape(String shippingAddress, String billingAddress, String orderAttributes, String pairKey) {
            this.shippingAddress = shippingAddress;
            this.billingAddress = billingAddress;
            this.orderAttributes = orderAttributes;
            this.pairKey = pairKey;
        }
    }

    private static String sourceId(JsonNode json, Shape shape) {
        if (shape == Shape.REST) {
            JsonNode id = json.path("id");
            return id.isIntegralNumber() ? id.asText() : ShopifyApi.numericId(id.isTextual() ? id.asText() : null);
        }
        String legacy = text(json, "legacyResourceId");
        return legacy.matches("\\d+") ? legacy : ShopifyApi.numericId(text(json, "id"));
    }

    private static OrderItem item(JsonNode json, Shape shape) {
        OrderItem item = new OrderItem();
        item.setCode(text(json, "sku"));
        item.setName(json.hasNonNull("name") ? json.path("name").asText() : item.getCode());
        // a whole number that fits, or none (the intake then names the field): 1.5 or 1e12 is not cut to fit
        JsonNode quantity = json.path("quantity");
        item.setQuantity(quantity.isIntegralNumber() && quantity.canConvertToInt() ? quantity.asInt() : null);
        item.setPrice(shape == Shape.REST ? number(text(json, "price"))
                : number(text(json.path("originalUnitPriceSet").path("shopMoney"), "amount")));
        JsonNode id = json.path("id");
        item.getMetadata().put(LINE_ITEM_ID_FIELD,
                id.isIntegralNumber() ? id.asText() : ShopifyApi.numericId(id.isTextual() ? id.asText() : null));
        putPairs(item.getMetadata(), json.path(shape == Shape.REST ? "properties" : "customAttributes"), shape);
        String variantTitle = text(json, shape == Shape.REST ? "variant_title" : "variantTitle");
        for (JsonNode option : json.path("variant").path("selectedOptions")) {
            String name = text(option, "name");
            if (!name.isBlank()) {
                item.getVariationList().put(name, text(option, "value"));
            }
        }
        if (!variantTitle.isBlank() && !"Default Title".equals(variantTitle)) {
            item.getVariationList().put("variant_title", variantTitle);
        }
        return item;
    }

    /** {@code lineItems { nodes [...] }} or {@code lineItems { edges [{node}] }}. */
    private static JsonNode lineItemNodes(JsonNode connection) {
        if (connection.has("nodes")) {
            return connection.path("nodes");
        }
        if (connection.has("edges")) {
            com.fasterxml.jackson.databind.node.ArrayNode nodes =
                    com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
            connection.path("edges").forEach(edge -> nodes.add(edge.path("node")));
            return nodes;
        }
        return connection.isMissingNode() || connection.isNull() ? com.fasterxml.jackson.databind.node
                .JsonNodeFactory.instance.arrayNode() : connection;
    }

    /** {@code [{key|name, value}]} into a string map; a pair without a key is left out. */
    private static void putPairs(Map<String, Object> into, JsonNode pairs, Shape shape) {
        for (JsonNode pair : pairs) {
            String key = text(pair, shape.pairKey);
            if (key.isBlank()) {
                key = text(pair, shape == Shape.REST ? "key" : "name");
            }
            if (!key.isBlank()) {
                into.put(key, text(pair, "value"));
            }
        }
    }

    private static String shippingMethod(JsonNode json, Shape shape) {
        if (shape == Shape.GRAPHQL) {
            return text(json.path("shippingLine"), "title");
        }
        JsonNode first = json.path("shipping_lines").path(0);
        return text(first, "title");
    }

    private static BigDecimal money(JsonNode json, Shape shape, String graphqlField, String restField) {
        JsonNode rest = json.path(restField);
        if (shape == Shape.REST && !rest.isObject()) {
            return number(text(json, restField));
        }
        JsonNode set = shape == Shape.REST ? rest.path("shop_money") : json.path(graphqlField).path("shopMoney");
        return number(text(set, "amount"));
    }

    private static Address address(JsonNode json, Shape shape) {
        if (!json.isObject()) {
            return Address.empty();
        }
        boolean rest = shape == Shape.REST;
        return new Address(text(json, rest ? "first_name" : "firstName"), text(json, rest ? "last_name" : "lastName"),
                text(json, "company"), text(json, "address1"), text(json, "address2"), "", "", text(json, "city"),
                text(json, rest ? "province_code" : "provinceCode"), text(json, "zip"),
                text(json, rest ? "country_code" : "countryCodeV2"), text(json, "phone"));
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json == null ? null : json.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? "" : value.asText();
    }

    private static BigDecimal number(String text) {
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
