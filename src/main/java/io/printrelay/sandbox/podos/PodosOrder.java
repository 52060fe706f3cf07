package io.printrelay.sandbox.podos;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A podOS order exactly as {@code GET /v1/orders} shows it (Jackson writes the components in this order, in
 * camelCase). Money is decimal strings with two places, dates ISO-8601 instants.
 */
public record PodosOrder(String id, String ref, PodosOrderStatus status, Instant createdAt,
                         PodosContact contactInformation, PodosAddress shippingAddress, String shippingMethod,
                         String currency, String subtotal, String shippingTotal, String taxTotal, String total,
                         List<PodosItem> items, List<PodosFulfilment> fulfilments) {

    /** The listing's order: oldest first, the id settling orders created at the same instant. */
    static final Comparator<PodosOrder> CHRONOLOGICAL =
            Comparator.comparing(PodosOrder::createdAt).thenComparing(PodosOrder::id);

    public PodosOrder {
        items = List.copyOf(items);
        fulfilments = List.copyOf(fulfilments);
    }

    public Optional<PodosItem> item(String itemId) {
        return items.stream().filter(item -> item.id().equals(itemId)).findFirst();
    }

    /** A shipment came in: podOS considers the order complete from the first one. */
    PodosOrder withFulfilment(PodosFulfilment fulfilment) {
        List<PodosFulfilment> all = new ArrayList<>(fulfilments);
        all.add(fulfilment);
        return new PodosOrder(id, ref, PodosOrderStatus.COMPLETE, createdAt, contactInformation, shippingAddress,
                shippingMethod, currency, subtotal, shippingTotal, taxTotal, total, items, all);
    }

    PodosOrder withStatus(PodosOrderStatus newStatus) {
        return new PodosOrder(id, ref, newStatus, createdAt, contactInformation, shippingAddress, shippingMethod,
                currency, subtotal, shippingTotal, taxTotal, total, items, fulfilments);
    }
}
