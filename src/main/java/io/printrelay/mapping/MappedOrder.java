package io.printrelay.mapping;

import io.printrelay.order.Order;

import java.util.List;

/**
 * An order's items for one vendor, mapped, with what is wrong with them. Order fields resolve
 * order metadata → checkout data → the vendor setting.
 */
public record MappedOrder(Order order, VendorProfile vendor, List<MappedItem> items) {

    /** Every item's problems, in item order. */
    public List<String> problems() {
        return items.stream().flatMap(item -> item.problems().stream()).toList();
    }

    public String orderField(String name, String vendorSetting) {
        return FieldResolver.orderField(order, name).orElse(vendorSetting == null ? "" : vendorSetting);
    }

    /** The vendor's mail class for the order's shipping method (Shipping Class Match, else the default). */
    public String mailClass() {
        return vendor.shippingClassMatch().mailClassFor(order.getShippingMethod());
    }
}
