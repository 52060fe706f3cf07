package io.printrelay.sandbox.podos;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When each order of the simulated podOS was put in, first served in a page of the listing, and first given a
 * fulfilment (its tracking came back), in epoch milliseconds, 0 for not yet: what the benchmark reads. Three longs
 * an order, so that 100,000 orders cost a few megabytes.
 */
final class PodosOrderTimes {

    private static final int LOADED = 0;
    private static final int SERVED = 1;
    private static final int TRACKED = 2;

    private final Map<String, long[]> times = new ConcurrentHashMap<>();

    void loaded(String orderId, long at) {
        times.putIfAbsent(orderId, new long[]{at, 0, 0});
    }

    void served(List<PodosOrder> page, long at) {
        for (PodosOrder order : page) {
            first(order.id(), SERVED, at);
        }
    }

    void tracked(String orderId, long at) {
        first(orderId, TRACKED, at);
    }

    /** The counts, and with {@code withOrders} each order's {@code [loaded, served, tracked]}. */
    PodosStats stats(boolean withOrders, int listingRequests, int fulfilmentRequests) {
        int served = 0;
        int tracked = 0;
        Map<String, long[]> byOrder = withOrders ? new LinkedHashMap<>() : null;
        for (Map.Entry<String, long[]> entry : times.entrySet()) {
            long[] copy = entry.getValue().clone();
            served += copy[SERVED] != 0 ? 1 : 0;
            tracked += copy[TRACKED] != 0 ? 1 : 0;
            if (byOrder != null) {
                byOrder.put(entry.getKey(), copy);
            }
        }
        return new PodosStats(times.size(), served, tracked, listingRequests, fulfilmentRequests, byOrder);
    }

    void clear() {
        times.clear();
    }

    private void first(String orderId, int index, long at) {
        times.computeIfPresent(orderId, (id, t) -> {
            if (t[index] == 0) {
                t[index] = at;
            }
            return t;
        });
    }
}
