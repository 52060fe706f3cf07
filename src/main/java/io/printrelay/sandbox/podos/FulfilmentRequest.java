package io.printrelay.sandbox.podos;

import java.util.List;

/**
 * The body of {@code POST /v1/orders/{id}/fulfilments}.
 *
 * @param items which items shipped and how many; null or empty means all of them, in full
 */
public record FulfilmentRequest(String trackingNumber, String carrier, String trackingUrl, List<FulfilledItem> items) {

    public FulfilmentRequest {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
