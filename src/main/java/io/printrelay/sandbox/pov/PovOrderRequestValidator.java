package io.printrelay.sandbox.pov;

import com.fasterxml.jackson.databind.JsonNode;
import io.printrelay.sandbox.pov.PovOrderRequest.Item;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * POV's checks of a new order, first problem wins. A request POV cannot read as an order is a 400 (mode,
 * reference, mail class, address, no items); an order it reads but cannot make is a 422 naming the item
 * (numbered from 1), since that is what an operator has to fix in the item's print details.
 */
final class PovOrderRequestValidator {

    static final String ORDER_MODE_INVALID = "order_mode must be test or live";

    private static final Set<String> ORDER_MODES = Set.of("test", "live");
    private static final List<String> REQUIRED_SHIP_TO_FIELDS = List.of("name", "address1", "city", "zip", "country");

    /** @throws PovApiException 400 or 422 naming the first problem */
    void check(PovOrderRequest order) {
        if (!ORDER_MODES.contains(order.orderMode())) {
            throw PovApiException.badRequest(ORDER_MODE_INVALID);
        }
        if (order.reference().isEmpty()) {
            throw PovApiException.badRequest("reference is required");
        }
        checkMailClass(order.mailClass());
        checkShipTo(order.shipTo());
        List<Item> items = order.items();
        if (items.isEmpty()) {
            throw PovApiException.badRequest("items: at least one item is required");
        }
        items.forEach(PovOrderRequestValidator::checkItem);
        checkLineReferencesDiffer(items);
    }

    private static void checkMailClass(String mailClass) {
        if (mailClass.isEmpty()) {
            throw PovApiException.badRequest("mail_class is required");
        }
        if (!PovCatalog.isMailClass(mailClass)) {
            throw PovApiException.badRequest("Unknown mail class '" + mailClass + "'");
        }
    }

    private static void checkShipTo(JsonNode shipTo) {
        if (!shipTo.isObject()) {
            throw PovApiException.badRequest("ship_to is required");
        }
        for (String field : REQUIRED_SHIP_TO_FIELDS) {
            if (PovOrderRequest.text(shipTo, field).isEmpty()) {
                throw PovApiException.badRequest("ship_to." + field + " is required");
            }
        }
    }

    private static void checkItem(Item item) {
        String which = " (item " + item.number() + ")";
        if (item.sku().isEmpty()) {
            throw PovApiException.unprocessable("sku is required" + which);
        }
        if (!PovCatalog.isProduct(item.sku()) && !item.sku().equals(PovMagicValues.CANCEL_SKU)) {
            throw PovApiException.unprocessable("Unknown SKU '" + item.sku() + "'" + which);
        }
        JsonNode quantity = item.quantity();
        if (quantity.isMissingNode() || quantity.isNull()) {
            throw PovApiException.unprocessable("quantity is required" + which);
        }
        // Strict on purpose: a connector sending "2" as text has a bug worth finding here, not at POV.
        if (!quantity.isIntegralNumber() || !quantity.canConvertToInt()) {
            throw PovApiException.unprocessable("quantity must be a whole number" + which);
        }
        if (quantity.intValue() < 1) {
            throw PovApiException.unprocessable("quantity must be at least 1" + which);
        }
        if (item.printUrl().isEmpty()) {
            throw PovApiException.unprocessable("print_url is required" + which);
        }
        JsonNode lineReference = item.lineReference();
        if (!lineReference.isMissingNode() && (!lineReference.isTextual() || lineReference.asText().isBlank())) {
            throw PovApiException.unprocessable("line_reference must be a non-empty text" + which);
        }
        checkPrints(item.prints(), which);
    }

    /** {@code prints}, when sent, lists every file of the line: each with a {@code url}, a {@code location} if any. */
    private static void checkPrints(JsonNode prints, String which) {
        if (prints.isMissingNode()) {
            return;
        }
        if (!prints.isArray() || prints.isEmpty()) {
            throw PovApiException.unprocessable("prints must be a list of files" + which);
        }
        for (int i = 0; i < prints.size(); i++) {
            JsonNode print = prints.get(i);
            JsonNode location = print.path("location");
            if (!print.isObject() || PovOrderRequest.text(print, "url").isEmpty() || !print.path("url").isTextual()) {
                throw PovApiException.unprocessable("prints[" + i + "].url is required" + which);
            }
            if (!location.isMissingNode() && !location.isNull() && !location.isTextual()) {
                throw PovApiException.unprocessable("prints[" + i + "].location must be a text" + which);
            }
        }
    }

    /** A line reference names one line of the order: the client tells its lines apart by it. */
    private static void checkLineReferencesDiffer(List<Item> items) {
        Set<String> seen = new HashSet<>();
        for (Item item : items) {
            if (item.lineReference().isTextual() && !seen.add(item.lineReference().asText().trim())) {
                throw PovApiException.unprocessable("line_reference '" + item.lineReference().asText().trim()
                        + "' is used twice (item " + item.number() + ")");
            }
        }
    }
}
