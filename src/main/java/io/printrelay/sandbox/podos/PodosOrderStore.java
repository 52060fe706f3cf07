package io.printrelay.sandbox.podos;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The simulated podOS's orders, in memory and safe for concurrent requests and the demo feed. Kept in the listing's
 * order as well, so that a page starts where the token says instead of sorting every order again: a shop with
 * 10,000 open orders is read in 400 pages.
 */
final class PodosOrderStore {

    /** Where an order stands in the listing; neither part ever changes. */
    private record Place(Instant createdAt, String id) implements Comparable<Place> {

        @Override
        public int compareTo(Place other) {
            int byTime = createdAt.compareTo(other.createdAt);
            return byTime != 0 ? byTime : id.compareTo(other.id);
        }
    }

    private final Map<String, PodosOrder> orders = new ConcurrentHashMap<>();
    private final NavigableSet<Place> chronology = new ConcurrentSkipListSet<>();

    /** @throws IllegalArgumentException when an order with the same id is there already */
    void add(PodosOrder order) {
        if (orders.putIfAbsent(order.id(), order) != null) {
            throw new IllegalArgumentException("podOS simulator: order " + order.id() + " exists already");
        }
        chronology.add(new Place(order.createdAt(), order.id()));
    }

    Optional<PodosOrder> find(String id) {
        return Optional.ofNullable(orders.get(id));
    }

    /** A snapshot, oldest first: what the listing pages through. */
    List<PodosOrder> chronological() {
        return after(null, null).toList();
    }

    /**
     * The orders after the one created at {@code createdAt} with {@code id} (that one left out), oldest first, read
     * lazily; both null: from the first.
     */
    Stream<PodosOrder> after(Instant createdAt, String id) {
        NavigableSet<Place> places =
                createdAt == null ? chronology : chronology.tailSet(new Place(createdAt, id), false);
        return places.stream().map(place -> orders.get(place.id())).filter(Objects::nonNull);
    }

    int size() {
        return orders.size();
    }

    /**
     * Replaces the order atomically with what {@code change} makes of it; an exception from {@code change} leaves
     * it as it was. Empty when there is no such order.
     */
    Optional<PodosOrder> update(String id, UnaryOperator<PodosOrder> change) {
        return Optional.ofNullable(orders.computeIfPresent(id, (key, order) -> change.apply(order)));
    }

    void clear() {
        chronology.clear();
        orders.clear();
    }
}
