package io.printrelay.order;

import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What makes an order acceptable, in Order Desk's terms. Each problem names the field the way the JSON does
 * ({@code order_items[0].quantity}), so an integrator can find it without reading PrintRelay's code.
 * No field may be longer than its column ({@link FieldLimits}), and artwork addresses must be fetchable
 * ({@link PrintUrlCheck}).
 */
@Component
public class OrderValidator {

    private final JsonText json;
    private final PrintUrlCheck printUrls;

    public OrderValidator(JsonText json, PrintUrlCheck printUrls) {
        this.json = json;
        this.printUrls = printUrls;
    }

    public List<String> problems(Order order) {
        List<String> problems = new ArrayList<>();
        if (order.getOrderItems().isEmpty()) {
            problems.add("order_items: at least one item is required");
        }
        for (int i = 0; i < order.getOrderItems().size(); i++) {
            problems.addAll(problems(order.getOrderItems().get(i), "order_items[" + i + "]."));
        }
        for (int i = 0; i < order.getOrderShipments().size(); i++) {
            problems.addAll(problems(order.getOrderShipments().get(i), "order_shipments[" + i + "]."));
        }
        if (!hasName(order.getShipping()) && !hasName(order.getCustomer())) {
            problems.add("shipping: a first_name, last_name or company is required on shipping or customer");
        }
        if (order.getEmail() != null && !order.getEmail().isBlank() && !order.getEmail().contains("@")
                && order.getEmail().length() <= 320) {
            problems.add("email: '" + order.getEmail() + "' is not an email address");
        }
        tooLong(order, FieldLimits.ORDER, "", problems);
        tooLong(order.getShipping(), FieldLimits.ADDRESS, "shipping.", problems);
        tooLong(order.getCustomer(), FieldLimits.ADDRESS, "customer.", problems);
        tooLong(order.getReturnAddress(), FieldLimits.RETURN_ADDRESS, "return_address.", problems);
        unknownCountry(order.getShipping(), "shipping.", problems);
        unknownCountry(order.getCustomer(), "customer.", problems);
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
        tooLong(item, FieldLimits.ITEM, prefix, problems);
        printUrls.check(item.getMetadata(), prefix + "metadata.", problems);
        printUrls.check(item.getVariationList(), prefix + "variation_list.", problems);
        return problems;
    }

    public List<String> problems(Shipment shipment, String prefix) {
        List<String> problems = new ArrayList<>();
        if (shipment == null) {
            problems.add(prefix + "shipment: must be an object");
            return problems;
        }
        if (shipment.getTrackingNumber() == null || shipment.getTrackingNumber().isBlank()) {
            problems.add(prefix + "tracking_number: is required");
        }
        tooLong(shipment, FieldLimits.SHIPMENT, prefix, problems);
        return problems;
    }

    public List<String> problems(InventoryItem item) {
        List<String> problems = new ArrayList<>();
        if (item.getCode() == null || item.getCode().isBlank()) {
            problems.add("code: is required");
        }
        if (item.getName() == null || item.getName().isBlank()) {
            problems.add("name: is required");
        }
        tooLong(item, FieldLimits.INVENTORY_ITEM, "", problems);
        printUrls.check(item.getMetadata(), "metadata.", problems);
        return problems;
    }

    public List<String> historyNoteProblems(String note, String sourceName) {
        List<String> problems = new ArrayList<>();
        if (note == null || note.isBlank()) {
            problems.add("note: is required");
        } else if (note.length() > FieldLimits.HISTORY_NOTE) {
            problems.add("note: at most " + FieldLimits.HISTORY_NOTE + " characters");
        }
        if (sourceName != null && sourceName.length() > FieldLimits.HISTORY_SOURCE) {
            problems.add("source_name: at most " + FieldLimits.HISTORY_SOURCE + " characters");
        }
        return problems;
    }

    /**
     * An imported order is kept even when it has problems (in Errors, to be fixed): a value too long for its
     * column is cut to fit, so that it can be stored at all (its problem says so; the source has it whole).
     */
    public void cutToFit(Order order) {
        cut(order, FieldLimits.ORDER);
        order.getOrderItems().forEach(item -> cut(item, FieldLimits.ITEM));
        order.getOrderShipments().forEach(shipment -> cut(shipment, FieldLimits.SHIPMENT));
        order.setShipping(FieldLimits.cut(order.getShipping()));
        order.setCustomer(FieldLimits.cut(order.getCustomer()));
        order.setReturnAddress(FieldLimits.cut(order.getReturnAddress()));
    }

    /** A history note cut to its column, for notes PrintRelay writes itself (they list problems, and may be long). */
    public String fitHistoryNote(String note) {
        return FieldLimits.cut(note, FieldLimits.HISTORY_NOTE);
    }

    /** Order Desk copies a missing shipping or customer address from the other one. */
    public void completeAddresses(Order order) {
        Address shipping = order.getShipping() == null ? Address.empty() : order.getShipping();
        Address customer = order.getCustomer() == null ? Address.empty() : order.getCustomer();
        order.setShipping(shipping.isBlank() ? customer : shipping);
        order.setCustomer(customer.isBlank() ? shipping : customer);
    }

    /** Each field within its length, and holding text a vendor can take ({@link TextCheck}). */
    private <T> void tooLong(T target, List<FieldLimits.Limit<T>> limits, String prefix, List<String> problems) {
        if (target == null) {
            return;
        }
        for (FieldLimits.Limit<T> limit : limits) {
            Object value = limit.value().apply(target);
            if (value != null && length(value, limit.json()) > limit.max()) {
                problems.add(prefix + limit.field() + ": at most " + limit.max() + " characters"
                        + (limit.json() ? " (as JSON)" : ""));
            } else if (value != null) {
                String broken = TextCheck.problem(prefix + limit.field(), value);
                if (broken != null) {
                    problems.add(broken);
                }
            }
        }
    }

    private static void unknownCountry(Address address, String prefix, List<String> problems) {
        if (address != null && !Countries.isKnownOrBlank(address.country())) {
            problems.add(prefix + "country: '" + address.country() + "' is not a country (an ISO 3166 code such"
                    + " as US or USA, or the country's English name)");
        }
    }

    private int length(Object value, boolean asJson) {
        return asJson ? json.write(value).length() : value.toString().length();
    }

    private static <T> void cut(T target, List<FieldLimits.Limit<T>> limits) {
        if (target == null) {
            return;
        }
        for (FieldLimits.Limit<T> limit : limits) {
            if (limit.cut() != null && limit.value().apply(target) instanceof String value) {
                limit.cut().accept(target, FieldLimits.cut(value, limit.max()));
            }
        }
    }

    private static boolean hasName(Address address) {
        return address != null && address.hasNameOrCompany();
    }
}
