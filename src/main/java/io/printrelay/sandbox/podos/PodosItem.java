package io.printrelay.sandbox.podos;

import java.util.List;

/**
 * One line of a podOS order.
 *
 * @param id    {@code pi_…}; null in a {@link PodosOrderSpec} means "give it one"
 * @param price the unit price, a decimal string with two places ({@code "24.00"}), as podOS writes money
 */
public record PodosItem(String id, String sku, String name, int quantity, String price, List<PodosPrint> prints) {

    public PodosItem {
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be at least 1, was " + quantity);
        }
        price = Money.normalized(price);
        prints = prints == null ? List.of() : List.copyOf(prints);
    }

    /** An item without an id yet, named as the demo catalog names its SKU (or by the SKU itself). */
    public static PodosItem of(String sku, int quantity, String price, PodosPrint... prints) {
        return new PodosItem(null, sku, DemoCatalog.nameOf(sku), quantity, price, List.of(prints));
    }

    PodosItem withId(String id) {
        return new PodosItem(id, sku, name, quantity, price, prints);
    }
}
