package io.printrelay.sandbox.podos;

import java.util.List;

/** One page of {@code GET /v1/orders}; {@code nextPageToken} is null on the last page. */
public record PodosOrderPage(List<PodosOrder> orders, String nextPageToken) {

    public PodosOrderPage {
        orders = List.copyOf(orders);
    }
}
