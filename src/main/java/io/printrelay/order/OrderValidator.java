package io.printrelay.order;

import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What makes an order acceptable, in Order Desk's terms. Each problem names the field the way the JSON does
 * ({@code order_items[0].quantity}), so an integrator can find it without reading PrintRelay's code.
 */
@Component
public class OrderValidator {

    public List<String> problems(Order order) {
        List<String> problems = new ArrayList<>();
        if (order.getOrderItems().isEmpty()) {
            problems.add("order_items: at least one item is required");
        }
        for (int i = 0; i < order.getOrderItems().size(); i++) {
            problems.addAll(problems(order.getOrderItems().get(i), "order_items[" + i + "]."));
        }
        if (!hasName(order.getShipping()) && !hasName(order.getCustomer())) {
            problems.add("shipping: a first_name, last_name or company is required on shipping or customer");
        }
        if (order.getEmail() != null && !order.getEmail().isBlank() && !order.getEmail().contains("@")) {
            problems.add("email: '" + order.getEmail() + "' is not an email address");
        }
        return problems;
    }

    public List<String> problems(OrderItem item, String prefix) {
        List<String> problems = new ArrayList<>();
        if (item == null) {
            problems.add(prefix + "item: must be an object");
            return problems;
        }
        if (item.getName() == null || item.getName().isBlank()) {
            problems.add(prefix + "name: is required");
        }
        if (item.getQuantity() == null || item.getQuantity() < 1) {
            problems.add(prefix + "quantity: must be a whole number of at least 1");
        }
        if (item.getPrice() != null && item.getPrice().compareTo(BigDecimal.ZERO) < 0) {
            problems.add(prefix + "price: must not be negative");
        }
        return problems;
    }

    public List<String> problems(Shipment shipment, String prefix) {
        List<String> problems = new ArrayList<>();
        if (shipment.getTrackingNumber() == null || shipment.getTrackingNumber().isBlank()) {
            problems.add(prefix + "tracking_number: is required");
        }
        return problems;
    }

    /** Order Desk copies a missing shipping or customer address from the other one. */
    public void completeAddresses(Order order) {
        Address shipping = order.getShipping() == null ? Address.empty() : order.getShipping();
        Address customer = order.getCustomer() == null ? Address.empty() : order.getCustomer();
        order.setShipping(shipping.isBlank() ? customer : shipping);
        order.setCustomer(customer.isBlank() ? shipping : customer);
    }

    private static boolean hasName(Address address) {
        return address != null && address.hasNameOrCompany();
    }
}
