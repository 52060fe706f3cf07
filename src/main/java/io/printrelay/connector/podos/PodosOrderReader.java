package io.printrelay.connector.podos;

import com.fasterxml.jackson.databind.JsonNode;
import io.printrelay.order.Address;
import io.printrelay.order.Order;
import io.printrelay.order.OrderItem;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * A podOS order as a PrintRelay order: the podOS id is the source id, its ref (with the Order Prefix) the order
 * number; each item keeps its artwork as {@code print_url_1..n} / {@code print_location_1..n} and its podOS id as
 * {@code podos_item_id} (the fulfilment names items by it).
 */
@Component
public class PodosOrderReader {

    public static final String SOURCE_NAME = "podOS";
    static final String ITEM_ID_FIELD = "podos_item_id";

    private final PodosProperties properties;

    public PodosOrderReader(PodosProperties properties) {
        this.properties = properties;
    }

    public Order read(JsonNode json) {
        String id = json.path(PodosApi.ID).asText("");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a podOS order has no " + PodosApi.ID
                    + (json.hasNonNull(PodosApi.REF) ? " (ref " + json.path(PodosApi.REF).asText() + ")" : ""));
        }
        Order order = new Order();
        order.setSourceName(SOURCE_NAME);
        order.setSourceId(id);
        order.setOrderNumber(properties.orderPrefix() + json.path(PodosApi.REF).asText(id));
        JsonNode contact = json.path(PodosApi.CONTACT);
        order.setEmail(text(contact, PodosApi.EMAIL));
        Address address = address(json.path(PodosApi.ADDRESS), text(contact, PodosApi.PHONE));
        order.setShipping(address);
        order.setCustomer(address);
        order.setShippingMethod(text(json, PodosApi.SHIPPING_METHOD));
        order.setProductTotal(number(json, PodosApi.SUBTOTAL));
        order.setShippingTotal(number(json, PodosApi.SHIPPING_TOTAL));
        order.setTaxTotal(number(json, PodosApi.TAX_TOTAL));
        order.setOrderTotal(number(json, PodosApi.TOTAL));
        order.setDateAdded(createdAt(json));
        order.getOrderMetadata().put("podos_status", json.path(PodosApi.STATUS).asText(""));
        for (JsonNode item : json.path(PodosApi.ITEMS)) {
            order.getOrderItems().add(item(item));
        }
        return order;
    }

    /** When podOS says the order was created (null when it does not say, or not readably). */
    static LocalDateTime createdAt(JsonNode json) {
        String text = json.path(PodosApi.CREATED_AT).asText("");
        try {
            return text.isBlank() ? null : LocalDateTime.ofInstant(Instant.parse(text), ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static OrderItem item(JsonNode json) {
        OrderItem item = new OrderItem();
        item.setCode(text(json, PodosApi.SKU));
        item.setName(json.hasNonNull(PodosApi.NAME) ? json.path(PodosApi.NAME).asText() : item.getCode());
        // a whole number that fits, or none (the intake then names the field): 1.5 or 1e12 is not cut to fit
        JsonNode quantity = json.path(PodosApi.QUANTITY);
        item.setQuantity(quantity.isIntegralNumber() && quantity.canConvertToInt() ? quantity.asInt() : null);
        item.setPrice(number(json, PodosApi.PRICE));
        item.getMetadata().put(ITEM_ID_FIELD, json.path(PodosApi.ITEM_ID).asText(""));
        int n = 0;
        for (JsonNode print : json.path(PodosApi.PRINTS)) {
            n++;
            item.getMetadata().put("print_url_" + n, print.path(PodosApi.PRINT_URL).asText(""));
            item.getMetadata().put("print_location_" + n, print.path(PodosApi.PRINT_LOCATION).asText(""));
        }
        return item;
    }

    private static Address address(JsonNode json, String phone) {
        String name = text(json, PodosApi.CONTACT_NAME);
        int space = name.indexOf(' ');
        String first = space < 0 ? name : name.substring(0, space);
        String last = space < 0 ? "" : name.substring(space + 1).trim();
        return new Address(first, last, text(json, PodosApi.COMPANY), text(json, PodosApi.LINE1),
                text(json, PodosApi.LINE2), "", "", text(json, PodosApi.CITY), text(json, PodosApi.STATE),
                text(json, PodosApi.POSTAL_CODE), text(json, PodosApi.COUNTRY), phone);
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value == null || value.isNull() ? "" : value.asText();
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
