package io.printrelay.connector.fourover.catalog;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The 4over fields of a JSON item as a client sends it: at the top level (a validate request), else in
 * {@code metadata} (an inventory item, an order item), else in {@code variation_list}, as the mapping reads them.
 * {@code option_uuids} is a JSON list or comma-separated uuids.
 */
final class ItemFields {

    private ItemFields() {
    }

    static ItemChoice choiceOf(JsonNode item) {
        return new ItemChoice(text(item, "product_uuid"), text(item, "runsize_uuid"), text(item, "colorspec_uuid"),
                text(item, "turnaroundtime_uuid"), options(field(item, "option_uuids")));
    }

    private static JsonNode field(JsonNode item, String name) {
        for (JsonNode source : List.of(item, item.path("metadata"), item.path("variation_list"))) {
            JsonNode value = source.path(name);
            if (!value.isMissingNode() && !value.isNull() && !(value.isTextual() && value.asText().isBlank())) {
                return value;
            }
        }
        return item.path(name);
    }

    private static String text(JsonNode item, String name) {
        JsonNode value = field(item, name);
        return value.isMissingNode() || value.isNull() ? "" : value.asText().trim();
    }

    private static List<String> options(JsonNode value) {
        List<String> uuids = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(v -> uuids.add(v.asText()));
        } else if (value.isTextual()) {
            String text = value.asText().trim();
            if (text.startsWith("[")) {
                text = text.replaceAll("[\\[\\]\"]", "");
            }
            uuids.addAll(Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList());
        }
        return uuids;
    }
}
