package io.printrelay.fulfilment;

/**
 * A permanent problem with an order: nothing more is sent, the order goes to the Errors folder with this note,
 * and it can be retried once fixed. The note names the order, the item and the field where there is one.
 */
public class OrderProblemException extends RuntimeException {

    private final long orderId;
    private final String source;

    public OrderProblemException(long orderId, String source, String note) {
        super(note);
        this.orderId = orderId;
        this.source = source;
    }

    public long orderId() {
        return orderId;
    }

    /** Who says so, as written in the history note ("4over", "PrintRelay"). */
    public String source() {
        return source;
    }
}
