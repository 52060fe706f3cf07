package io.printrelay.mapping;

import io.printrelay.order.Order;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * An order's items for one vendor, mapped, with what is wrong with them. Order fields resolve
 * order metadata → checkout data → the vendor setting.
 */
public record MappedOrder(Order order, VendorProfile vendor, List<MappedItem> items) {

    /** The order's own problems, then every item's, in item order. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>(orderProblems());
        items.forEach(item -> problems.addAll(item.problems()));
        return problems;
    }

    /** Order fields whose value does not fit the vendor's format, each naming the order, the field and the value. */
    public List<String> orderProblems() {
        List<String> problems = new ArrayList<>();
        new TreeMap<>(vendor.orderFieldFormats()).forEach((field, format) -> FieldResolver.orderField(order, field)
                .flatMap(format::problem)
                .ifPresent(problem -> problems.add("Order " + order.getId() + ": " + field + ": " + problem)));
        return problems;
    }

    public String orderField(String name, String vendorSetting) {
        return FieldResolver.orderField(order, name).orElse(vendorSetting == null ? "" : vendorSetting);
    }

    /** The vendor's mail class for the order's shipping method (Shipping Class Match, else the default). */
    public String mailClass() {
        return vendor.shippingClassMatch().mailClassFor(order.getShippingMethod());
    }
}
