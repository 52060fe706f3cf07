package io.printrelay.order;

/** Orders built in Java, for tests that write to the store directly. */
public final class OrderStoreFixtures {

    private OrderStoreFixtures() {
    }

    public static Order order(String source, String sourceId) {
        return OrderStoreTest.order(source, sourceId);
    }
}
