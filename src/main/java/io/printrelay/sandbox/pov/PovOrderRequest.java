package io.printrelay.sandbox.pov;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code POST /orders} body, read leniently: a missing field, or one that is not a plain value, reads as
 * {@code ""}, so that the validator can name it instead of the parser failing on it.
 */
final class PovOrderRequest {

    /**
     * One line of {@code items}; {@code number} counts from 1, as POV's messages do. {@code lineReference} and
     * {@code prints} are optional ({@link JsonNode#isMissingNode() missing} when not sent).
     */
    record Item(int number, String sku, JsonNode quantity, String printUrl, JsonNode lineReference, JsonNode prints) {

        /** The line as POV keeps it, once it has been checked. */
        PovOrderLine line() {
            List<PovOrderLine.Print> files = new ArrayList<>();
            for (JsonNode print : prints) {
                String location = text(print, "location");
                files.add(new PovOrderLine.Print(text(print, "url"), location.isEmpty() ? null : location));
            }
            if (files.isEmpty()) {
                files.add(new PovOrderLine.Print(printUrl, null));
            }
            String reference = lineReference.isTextual() ? lineReference.asText().trim() : null;
            return new PovOrderLine(sku, quantity.intValue(), printUrl, reference, files);
        }
    }

    private final JsonNode body;

    PovOrderRequest(JsonNode body) {
        this.body = body;
    }

    String customerId() {
        return text(body, "customer_id");
    }

    String orderMode() {
        return text(body, "order_mode");
    }

    String reference() {
        return text(body, "reference");
    }

    String mailClass() {
        return text(body, "mail_class");
    }

    JsonNode shipTo() {
        return body.path("ship_to");
    }

    List<Item> items() {
        List<Item> items = new ArrayList<>();
        for (JsonNode item : body.path("items")) {
            items.add(new Item(items.size() + 1, text(item, "sku"), item.path("quantity"), text(item, "print_url"),
                    item.path("line_reference"), item.path("prints")));
        }
        return items;
    }

    /** An order with a {@link PovMagicValues#CANCEL_SKU} item is canceled in production instead of shipping. */
    boolean endsCanceled() {
        return items().stream().anyMatch(item -> item.sku().equals(PovMagicValues.CANCEL_SKU));
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText().trim() : "";
    }
}
