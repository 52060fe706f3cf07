package io.printrelay.mapping;

import io.printrelay.order.InventoryItem;
import io.printrelay.order.InventoryStore;
import io.printrelay.order.Order;
import io.printrelay.order.OrderItem;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Applies checkout data, item metadata, variations and inventory to an order's items for one vendor, and says
 * which required print details are missing or do not fit the vendor's formats (a whole number, a list, a flag,
 * an artwork file for a side the vendor prints), naming the order, the item, the field and the value.
 */
@Component
public class MappingProcessor {

    private final InventoryStore inventory;

    public MappingProcessor(InventoryStore inventory) {
        this.inventory = inventory;
    }

    public MappedOrder map(Order order, VendorProfile vendor, List<OrderItem> items) {
        List<MappedItem> mapped = new ArrayList<>();
        for (OrderItem item : items) {
            MappedItem mappedItem = new MappedItem(item, inventoryFor(item, vendor), vendor);
            mapped.add(mappedItem);
            for (String field : vendor.requiredItemFields()) {
                if (mappedItem.field(field).isEmpty()) {
                    mappedItem.addProblem(missing(order, item, field));
                }
            }
            if (vendor.requiresArtwork() && mappedItem.prints().isEmpty()) {
                mappedItem.addProblem(missing(order, item, "print_url"));
            }
            new TreeMap<>(vendor.itemFieldFormats()).forEach((field, format) -> mappedItem.field(field)
                    .flatMap(format::problem)
                    .ifPresent(problem -> mappedItem.addProblem(describe(order, item) + ": " + field + ": " + problem)));
            if (vendor.printSides() != null) {
                vendor.printSides().place(mappedItem.prints(), vendor.displayName()).problems()
                        .forEach(problem -> mappedItem.addProblem(describe(order, item) + ": " + problem));
            }
            // only a complete item is held against the catalog: a missing field is the problem to fix first
            if (mappedItem.problems().isEmpty()) {
                vendor.catalogProblems(mappedItem)
                        .forEach(problem -> mappedItem.addProblem(describe(order, item) + ": " + problem));
            }
        }
        return new MappedOrder(order, vendor, mapped);
    }

    /** The inventory item for an item: by the code Product Code Match gives it, else by its own code. */
    public InventoryItem inventoryFor(OrderItem item, VendorProfile vendor) {
        if (item.getCode() == null || item.getCode().isBlank()) {
            return null;
        }
        if (vendor != null) {
            InventoryItem matched = vendor.productSettings().matchFor(item.getCode())
                    .flatMap(inventory::findByCode).orElse(null);
            if (matched != null) {
                return matched;
            }
        }
        return inventory.findByCode(item.getCode()).orElse(null);
    }

    public static String describe(Order order, OrderItem item) {
        String what = item.getCode() != null && !item.getCode().isBlank() ? item.getCode() : item.getName();
        return "Order " + order.getId() + " item " + item.getId() + " (" + what + ")";
    }

    private static String missing(Order order, OrderItem item, String field) {
        return describe(order, item) + ": print details are missing: " + field;
    }
}
