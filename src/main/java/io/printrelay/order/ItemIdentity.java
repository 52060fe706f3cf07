package io.printrelay.order;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Which stored item each item of a replacing order ({@code PUT /orders/{id}}) is. Order Desk clients PUT back
 * the order they read, and some drop the item ids: an item keeps its id (and with it the names of its vendor
 * jobs, which the vendor already has) when it is sent back with its id, else by its code and its position among
 * the items with that code (case and surrounding spaces ignored): the second "bc-1000" sent is the second one
 * stored that was not matched by id, whatever was removed or added around it. Only what matches nothing is new.
 */
public final class ItemIdentity {

    private ItemIdentity() {
    }

    /** Sets on each wanted item the id of the stored item it is, or null when it is new. */
    public static void keep(List<OrderItem> current, List<OrderItem> wanted) {
        Set<Long> currentIds = new HashSet<>();
        current.forEach(item -> currentIds.add(item.getId()));
        Set<Long> claimed = new HashSet<>();
        for (OrderItem item : wanted) {
            if (item.getId() != null && !(currentIds.contains(item.getId()) && claimed.add(item.getId()))) {
                item.setId(null); // not an item of this order, or sent twice: it can only be new
            }
        }
        for (OrderItem item : wanted) {
            if (item.getId() == null) {
                current.stream().filter(c -> !claimed.contains(c.getId()) && sameCode(item, c)).findFirst()
                        .ifPresent(match -> {
                            item.setId(match.getId());
                            claimed.add(match.getId());
                        });
            }
        }
    }

    private static boolean sameCode(OrderItem a, OrderItem b) {
        return Objects.equals(normalized(a.getCode()), normalized(b.getCode()));
    }

    private static String normalized(String code) {
        return code == null || code.isBlank() ? null : code.trim().toLowerCase(Locale.ROOT);
    }
}
