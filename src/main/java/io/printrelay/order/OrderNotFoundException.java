package io.printrelay.order;

/** Asked for an order (or a part of one) that the store does not hold. */
public class OrderNotFoundException extends RuntimeException {

    public OrderNotFoundException(String message) {
        super(message);
    }

    public static OrderNotFoundException order(long orderId) {
        return new OrderNotFoundException("order " + orderId + " not found");
    }
}
