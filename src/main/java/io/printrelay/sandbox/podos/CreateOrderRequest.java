package io.printrelay.sandbox.podos;

import java.util.ArrayList;
import java.util.List;

/**
 * The body of {@code POST /v1/orders}: podOS's public create call ({@code contactInformation},
 * {@code shippingAddress}, {@code items [{variantRef, quantity}]}), plus the richer item and order fields the
 * listing shows, so that a test or a demo can create any order a shop could have.
 */
public record CreateOrderRequest(PodosContact contactInformation, PodosAddress shippingAddress, List<Item> items,
                                 String shippingMethod, String currency, String shippingTotal, String taxTotal) {

    /** One line: {@code variantRef} stands for the SKU when {@code sku} is absent. */
    public record Item(String variantRef, String sku, String name, Integer quantity, String price,
                       List<PodosPrint> prints) {
    }

    /** @throws PodosApiException 400 naming the first field that is missing or wrong */
    PodosOrderSpec toSpec() {
        if (shippingAddress == null) {
            throw PodosApiException.badRequest("shippingAddress is required");
        }
        if (items == null || items.isEmpty()) {
            throw PodosApiException.badRequest("items: at least one item is required");
        }
        PodosOrderSpec spec = PodosOrderSpec.order().status(PodosOrderStatus.PROCESSING)
                .contactInformation(contactInformation == null ? new PodosContact("", "") : contactInformation)
                .shippingAddress(shippingAddress)
                .shippingTotal(amount("shippingTotal", shippingTotal))
                .taxTotal(amount("taxTotal", taxTotal));
        if (shippingMethod != null) {
            spec.shippingMethod(shippingMethod);
        }
        if (currency != null) {
            spec.currency(currency);
        }
        for (int i = 0; i < items.size(); i++) {
            spec.item(item(i, items.get(i)));
        }
        return spec;
    }

    private static PodosItem item(int index, Item item) {
        String field = "items[" + index + "]";
        if (item == null) {
            throw PodosApiException.badRequest(field + " is required");
        }
        String sku = item.sku() != null && !item.sku().isBlank() ? item.sku() : item.variantRef();
        if (sku == null || sku.isBlank()) {
            throw PodosApiException.badRequest(field + ".variantRef is required");
        }
        if (item.quantity() == null || item.quantity() < 1) {
            throw PodosApiException.badRequest(field + ".quantity must be at least 1");
        }
        String name = item.name() != null && !item.name().isBlank() ? item.name() : DemoCatalog.nameOf(sku);
        List<PodosPrint> prints = new ArrayList<>();
        if (item.prints() != null) {
            for (int p = 0; p < item.prints().size(); p++) {
                PodosPrint print = item.prints().get(p);
                if (print == null || print.url() == null || print.url().isBlank()) {
                    throw PodosApiException.badRequest(field + ".prints[" + p + "].url is required");
                }
                prints.add(print);
            }
        }
        return new PodosItem(null, sku, name, item.quantity(), amount(field + ".price", item.price()), prints);
    }

    private static String amount(String field, String value) {
        try {
            return Money.normalized(value);
        } catch (IllegalArgumentException e) {
            throw PodosApiException.badRequest(field + ": " + e.getMessage());
        }
    }
}
