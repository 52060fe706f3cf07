package io.printrelay.sandbox.podos;

import java.time.Instant;
import java.util.List;

/** A shipment reported back to podOS: {@code POST /v1/orders/{id}/fulfilments} recorded it on the order. */
public record PodosFulfilment(String id, String trackingNumber, String carrier, String trackingUrl,
                              List<FulfilledItem> items, Instant createdAt) {

    public PodosFulfilment {
        items = List.copyOf(items);
    }
}
