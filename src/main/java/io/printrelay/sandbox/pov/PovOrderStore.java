package io.printrelay.sandbox.pov;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;

/**
 * What the simulated POV remembers, in memory and safe for concurrent requests: every order body it received,
 * the orders it accepted, which reference each customer used for which order, and every order id it handed out.
 */
final class PovOrderStore {

    private record CustomerReference(String customerId, String reference) {
    }

    private final List<JsonNode> ordersReceived = new CopyOnWriteArrayList<>();
    private final Map<String, SimulatedPovOrder> orders = new ConcurrentHashMap<>();
    private final Map<CustomerReference, String> orderIdsByReference = new ConcurrentHashMap<>();
    private final Set<String> orderIds = ConcurrentHashMap.newKeySet();

    void recordReceived(JsonNode body) {
        ordersReceived.add(body.deepCopy());
    }

    List<JsonNode> ordersReceived() {
        return ordersReceived.stream().<JsonNode>map(JsonNode::deepCopy).toList();
    }

    /**
     * {@code POV-} and 8 random digits, never handed out twice, not even after {@link #clear()}: PrintRelay keeps
     * the ids it was given, and a new order must not look like one it already knows.
     */
    String newOrderId() {
        while (true) {
            String id = String.format("POV-%08d", ThreadLocalRandom.current().nextInt(100_000_000));
            if (orderIds.add(id)) {
                return id;
            }
        }
    }

    /**
     * Adds the order unless its customer has an order with the same reference already.
     *
     * @return empty when added, else the id of the order that has the reference
     */
    synchronized Optional<String> addUnlessReferenceTaken(SimulatedPovOrder order) {
        CustomerReference key = new CustomerReference(order.customerId(), order.reference());
        String existing = orderIdsByReference.get(key);
        if (existing != null) {
            return Optional.of(existing);
        }
        // The order first: whoever finds the reference must find its order.
        orders.put(order.orderId(), order);
        orderIdsByReference.put(key, order.orderId());
        return Optional.empty();
    }

    /** Every order, as a live view (weakly consistent while orders come in). */
    Collection<SimulatedPovOrder> all() {
        return orders.values();
    }

    Optional<SimulatedPovOrder> find(String orderId) {
        return Optional.ofNullable(orders.get(orderId));
    }

    Optional<SimulatedPovOrder> findByReference(String customerId, String reference) {
        return Optional.ofNullable(orderIdsByReference.get(new CustomerReference(customerId, reference)))
                .flatMap(this::find);
    }

    /**
     * Replaces the order atomically with what {@code change} makes of it; an exception from {@code change} leaves
     * it as it was. Empty when there is no such order.
     */
    Optional<SimulatedPovOrder> update(String orderId, UnaryOperator<SimulatedPovOrder> change) {
        return Optional.ofNullable(orders.computeIfPresent(orderId, (id, order) -> change.apply(order)));
    }

    /** Forgets every body and order; the ids handed out stay taken. */
    synchronized void clear() {
        ordersReceived.clear();
        orderIdsByReference.clear();
        orders.clear();
    }
}
