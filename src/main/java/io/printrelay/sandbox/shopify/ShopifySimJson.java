package io.printrelay.sandbox.shopify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The simulated Shopify's orders as Shopify writes them: a GraphQL {@code Order} node (every field PrintRelay asks
 * for, whatever the selection says: this is not a GraphQL engine) and the REST-shaped body of an
 * {@code orders/create} webhook.
 */
final class ShopifySimJson {

    private final ObjectMapper mapper;

    ShopifySimJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ObjectNode graphqlOrder(ShopifySimOrder order, boolean withFulfillments) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", "gid://shopify/Order/" + order.id());
        node.put("legacyResourceId", String.valueOf(order.id()));
        node.put("name", order.name());
        node.put("email", order.email());
        node.put("createdAt", order.createdAt().toString());
        node.put("displayFulfillmentStatus", order.displayFulfillmentStatus());
        ArrayNode attributes = node.putArray("customAttributes");
        order.attributes().forEach((key, value) -> attributes.addObject().put("key", key).put("value", value));
        node.set("shippingAddress", graphqlAddress(order.shippingAddress()));
        node.set("billingAddress", graphqlAddress(order.billingAddress()));
        node.putObject("shippingLine").put("title", order.shippingTitle())
                .put("code", order.shippingTitle().toLowerCase().replace(' ', '_'));
        node.set("totalPriceSet", money(order.total()));
        node.set("subtotalPriceSet", money(order.subtotal()));
        node.set("totalShippingPriceSet", money(new BigDecimal(order.shippingPrice())));
        node.set("totalTaxSet", money(new BigDecimal(order.tax())));
        ArrayNode lines = node.putObject("lineItems").putArray("nodes");
        for (ShopifySimLineItem item : order.lineItems()) {
            ObjectNode line = lines.addObject();
            line.put("id", "gid://shopify/LineItem/" + item.id());
            line.put("sku", item.sku());
            line.put("name", item.name());
            line.put("quantity", item.quantity());
            line.put("variantTitle", item.variantTitle());
            line.set("originalUnitPriceSet", money(new BigDecimal(item.price())));
            ArrayNode properties = line.putArray("customAttributes");
            item.properties().forEach((key, value) -> properties.addObject().put("key", key).put("value", value));
            ArrayNode options = line.putObject("variant").putArray("selectedOptions");
            item.options().forEach((name, value) -> options.addObject().put("name", name).put("value", value));
        }
        if (withFulfillments) {
            fulfillments(order, node);
        }
        return node;
    }

    private void fulfillments(ShopifySimOrder order, ObjectNode node) {
        ArrayNode fulfillments = node.putArray("fulfillments");
        for (ShopifySimFulfillment done : order.fulfillments()) {
            ObjectNode fulfillment = fulfillments.addObject().put("id", "gid://shopify/Fulfillment/" + done.id());
            fulfillment.putArray("trackingInfo").addObject().put("number", done.trackingNumber())
                    .put("url", done.trackingUrl()).put("company", done.trackingCompany());
        }
        ObjectNode fulfillmentOrder = node.putObject("fulfillmentOrders").putArray("nodes").addObject();
        fulfillmentOrder.put("id", "gid://shopify/FulfillmentOrder/" + order.fulfillmentOrderId());
        fulfillmentOrder.put("status", order.displayFulfillmentStatus().equals("FULFILLED") ? "CLOSED"
                : order.fulfillments().isEmpty() ? "OPEN" : "IN_PROGRESS");
        ArrayNode lines = fulfillmentOrder.putObject("lineItems").putArray("nodes");
        for (ShopifySimLineItem item : order.lineItems()) {
            ObjectNode line = lines.addObject();
            line.put("id", "gid://shopify/FulfillmentOrderLineItem/"
                    + (ShopifySimOrder.FULFILLMENT_LINE_OFFSET + item.id()));
            line.put("remainingQuantity", order.remaining(item.id()));
            line.putObject("lineItem").put("id", "gid://shopify/LineItem/" + item.id());
        }
    }

    /** The body of Shopify's orders/create webhook (its REST Admin API order). */
    ObjectNode restOrder(ShopifySimOrder order) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", order.id());
        node.put("admin_graphql_api_id", "gid://shopify/Order/" + order.id());
        node.put("name", order.name());
        node.put("order_number", Integer.parseInt(order.name().substring(1)));
        node.put("email", order.email());
        node.put("created_at", order.createdAt().toString());
        node.put("financial_status", "paid");
        node.putNull("fulfillment_status");
        node.put("currency", "USD");
        ArrayNode attributes = node.putArray("note_attributes");
        order.attributes().forEach((key, value) -> attributes.addObject().put("name", key).put("value", value));
        ArrayNode lines = node.putArray("line_items");
        for (ShopifySimLineItem item : order.lineItems()) {
            ObjectNode line = lines.addObject();
            line.put("id", item.id());
            line.put("sku", item.sku());
            line.put("name", item.name());
            line.put("title", item.name());
            line.put("quantity", item.quantity());
            line.put("price", item.price());
            line.put("variant_title", item.variantTitle());
            ArrayNode properties = line.putArray("properties");
            item.properties().forEach((key, value) -> properties.addObject().put("name", key).put("value", value));
        }
        node.set("shipping_address", restAddress(order.shippingAddress()));
        node.set("billing_address", restAddress(order.billingAddress()));
        node.putArray("shipping_lines").addObject().put("title", order.shippingTitle())
                .put("code", order.shippingTitle().toLowerCase().replace(' ', '_')).put("price", order.shippingPrice());
        node.put("total_price", order.total().toPlainString());
        node.put("subtotal_price", order.subtotal().toPlainString());
        node.put("total_tax", order.tax());
        node.putObject("total_shipping_price_set").putObject("shop_money").put("amount", order.shippingPrice())
                .put("currency_code", "USD");
        return node;
    }

    /** The REST order with what the simulator recorded of its fulfilment: for tests and curious users. */
    ObjectNode demoView(ShopifySimOrder order) {
        ObjectNode node = restOrder(order);
        node.put("display_fulfillment_status", order.displayFulfillmentStatus());
        ArrayNode fulfillments = node.putArray("fulfillments");
        for (ShopifySimFulfillment done : order.fulfillments()) {
            ObjectNode fulfillment = fulfillments.addObject().put("id", done.id())
                    .put("tracking_number", done.trackingNumber()).put("tracking_url", done.trackingUrl())
                    .put("tracking_company", done.trackingCompany()).put("notify_customer", done.notifyCustomer());
            ArrayNode lines = fulfillment.putArray("line_items");
            for (Map.Entry<Long, Integer> line : done.quantities().entrySet()) {
                lines.addObject().put("id", line.getKey()).put("quantity", line.getValue());
            }
        }
        return node;
    }

    private ObjectNode money(BigDecimal amount) {
        ObjectNode set = mapper.createObjectNode();
        set.putObject("shopMoney").put("amount", amount.toPlainString()).put("currencyCode", "USD");
        return set;
    }

    private ObjectNode graphqlAddress(ShopifySimAddress address) {
        return mapper.createObjectNode().put("firstName", address.firstName()).put("lastName", address.lastName())
                .put("company", address.company()).put("address1", address.address1())
                .put("address2", address.address2()).put("city", address.city())
                .put("provinceCode", address.provinceCode()).put("zip", address.zip())
                .put("countryCodeV2", address.countryCode()).put("phone", address.phone());
    }

    private ObjectNode restAddress(ShopifySimAddress address) {
        return mapper.createObjectNode().put("first_name", address.firstName()).put("last_name", address.lastName())
                .put("company", address.company()).put("address1", address.address1())
                .put("address2", address.address2()).put("city", address.city())
                .put("province_code", address.provinceCode()).put("zip", address.zip())
                .put("country_code", address.countryCode()).put("phone", address.phone());
    }
}
