package io.printrelay.order;

/** Orders built in Java, for tests that write to the store directly. */
public final class OrderStoreFixtures {

    private OrderStoreFixtures() {
    }

    public static Order order(String source, String sourceId) {
        Order order = new Order();
        order.setSourceName(source);
        order.setSourceId(sourceId);
        order.setEmail("jimmy@example.com");
        order.setShipping(new Address("Jimmy", "Dean", "", "800 Emmet St", "", "", "", "Nashville", "TN", "37203",
                "US", ""));
        OrderItem item = new OrderItem();
        item.setName("Business cards");
        item.setCode("bc-1000");
        item.setQuantity(1);
        order.getOrderItems().add(item);
        return order;
    }
}
