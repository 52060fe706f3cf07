package io.printrelay.mapping;

import io.printrelay.order.InventoryItem;
import io.printrelay.order.Order;
import io.printrelay.order.OrderItem;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where a field's value comes from, first non-blank wins.
 * Items: item {@code metadata}, then {@code variation_list}, then the matching inventory item's metadata.
 * Orders: {@code order_metadata}, then {@code checkout_data}.
 * Vendor defaults and settings come last, applied by the caller.
 */
public final class FieldResolver {

    private FieldResolver() {
    }

    public static Optional<String> itemField(OrderItem item, InventoryItem inventory, String field) {
        return firstNonBlank(field, item.getMetadata(), item.getVariationList(),
                inventory == null ? null : inventory.getMetadata());
    }

    public static Optional<String> orderField(Order order, String field) {
        return firstNonBlank(field, order.getOrderMetadata(), order.getCheckoutData());
    }

    @SafeVarargs
    private static Optional<String> firstNonBlank(String field, Map<String, Object>... sources) {
        for (Map<String, Object> source : sources) {
            if (source != null) {
                String value = text(source.get(field));
                if (!value.isBlank()) {
                    return Optional.of(value.trim());
                }
            }
        }
        return Optional.empty();
    }

    /** Values are kept as given (numbers, lists); fields are read as text: 1 -> "1", ["a","b"] -> "a,b". */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(FieldResolver::text).collect(Collectors.joining(","));
        }
        return value.toString();
    }
}
