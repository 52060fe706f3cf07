package io.printrelay.sandbox.podos;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/** The simulated podOS's orders, in memory and safe for concurrent requests and the demo feed. */
final class PodosOrderStore {

    private final Map<String, PodosOrder> orders = new ConcurrentHashMap<>();

    /** @throws IllegalArgumentException when an order with the same id is there already */
    void add(PodosOrder order) {
        if (orders.putIfAbsent(order.id(), order) != null) {
            throw new IllegalArgumentException("podOS simulator: order " + order.id() + " exists already");
        }
    }

    Optional<PodosOrder> find(String id) {
        return Optional.ofNullable(orders.get(id));
    }

    /** A snapshot, oldest first: what the listing pages through. */
    List<PodosOrder> chronological() {
        return orders.values().stream().sorted(PodosOrder.CHRONOLOGICAL).toList();
    }

    /**
     * Replaces the order atomically with what {@code change} makes of it; an exception from {@code change} leaves
     * it as it was. Empty when there is no such order.
     */
    Optional<PodosOrder> update(String id, UnaryOperator<PodosOrder> change) {
        return Optional.ofNullable(orders.computeIfPresent(id, (key, order) -> change.apply(order)));
    }

    void clear() {
        orders.clear();
    }
}
