package io.printrelay.mapping;

import io.printrelay.order.InventoryItem;
import io.printrelay.order.OrderItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An order item seen through one vendor's eyes: every field resolves item metadata → variations → inventory
 * item → Product Code Match (for the vendor's product code field) → vendor default.
 */
public final class MappedItem {

    private static final Pattern NUMBERED_URL = Pattern.compile("print_url_(\\d+)");

    private final OrderItem item;
    private final InventoryItem inventory;
    private final VendorProfile vendor;
    private final List<String> problems = new ArrayList<>();

    MappedItem(OrderItem item, InventoryItem inventory, VendorProfile vendor) {
        this.item = item;
        this.inventory = inventory;
        this.vendor = vendor;
    }

    public OrderItem item() {
        return item;
    }

    /** What the mapping processor found missing on this item, each naming the order, the item and the field. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    void addProblem(String problem) {
        problems.add(problem);
    }

    public Optional<String> field(String name) {
        Optional<String> resolved = FieldResolver.itemField(item, inventory, name);
        if (resolved.isEmpty() && name.equals(vendor.productCodeField())) {
            resolved = vendor.productSettings().matchFor(item.getCode());
        }
        if (resolved.isEmpty()) {
            resolved = Optional.ofNullable(vendor.itemDefaults().get(name));
        }
        return resolved;
    }

    public String fieldOrBlank(String name) {
        return field(name).orElse("");
    }

    /**
     * The artwork: {@code print_url} (with {@code print_location}) is file 0, then {@code print_url_1..n} with
     * {@code print_location_1..n}, in number order, from wherever they resolve.
     */
    public List<PrintFile> prints() {
        List<PrintFile> prints = new ArrayList<>();
        field("print_url").ifPresent(url -> prints.add(new PrintFile(0, url, field("print_location").orElse(null))));
        TreeMap<Integer, String> numbered = new TreeMap<>();
        for (Map<String, Object> source : sources()) {
            for (String key : source.keySet()) {
                Matcher m = NUMBERED_URL.matcher(key);
                if (m.matches()) {
                    int n = Integer.parseInt(m.group(1));
                    field(key).ifPresent(url -> numbered.putIfAbsent(n, url));
                }
            }
        }
        numbered.forEach((n, url) -> prints.add(new PrintFile(n, url, field("print_location_" + n).orElse(null))));
        return prints;
    }

    private List<Map<String, Object>> sources() {
        List<Map<String, Object>> sources = new ArrayList<>(List.of(item.getMetadata(), item.getVariationList()));
        if (inventory != null) {
            sources.add(inventory.getMetadata());
        }
        return sources;
    }
}
