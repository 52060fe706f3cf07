package io.printrelay.connector.woocommerce;

import io.printrelay.order.Order;
import io.printrelay.order.Shipment;
import io.printrelay.tracking.ReturnOutcome;

/**
 * One shipment on its way back to WooCommerce (the exchange property {@code wooCommerceReturn} of the
 * tracking-return-woocommerce route): its order and shipment, whether the order is to be completed at Woo with it,
 * how far the return got (note posted, order completed), then what became of it.
 */
public final class WooCommerceReturn {

    private final Order order;
    private final Shipment shipment;
    private final boolean triedBefore;
    private final boolean completes;
    private boolean noteThere;
    private boolean noteWasThere;
    private boolean completed;
    private ReturnOutcome outcome;

    private WooCommerceReturn(Order order, Shipment shipment, boolean triedBefore, boolean completes,
                              ReturnOutcome outcome) {
        this.order = order;
        this.shipment = shipment;
        this.triedBefore = triedBefore;
        this.completes = completes;
        this.outcome = outcome;
    }

    static WooCommerceReturn of(Order order, Shipment shipment, boolean triedBefore, boolean completes) {
        return new WooCommerceReturn(order, shipment, triedBefore, completes, null);
    }

    static WooCommerceReturn notNeeded(String reason) {
        return new WooCommerceReturn(null, null, false, false, ReturnOutcome.notNeeded(reason));
    }

    /** Tried before: an earlier attempt may have posted the note without its answer; the notes are read first. */
    public boolean toLookUpFirst() {
        return outcome == null && triedBefore;
    }

    public boolean toAddNote() {
        return outcome == null && !noteThere;
    }

    /** The note is at Woo and this shipment is the order's last: the Woo order is set completed. */
    public boolean toComplete() {
        return outcome == null && noteThere && completes && !completed;
    }

    public String wooOrderId() {
        return order.getSourceId();
    }

    public String trackingNumber() {
        return shipment.getTrackingNumber();
    }

    Order order() {
        return order;
    }

    Shipment shipment() {
        return shipment;
    }

    boolean completes() {
        return completes;
    }

    boolean noteWasThere() {
        return noteWasThere;
    }

    void noteFoundThere() {
        noteThere = true;
        noteWasThere = true;
    }

    void notePosted() {
        noteThere = true;
    }

    void completed() {
        completed = true;
    }

    boolean isCompleted() {
        return completed;
    }

    ReturnOutcome outcome() {
        return outcome;
    }

    void decided(ReturnOutcome outcome) {
        this.outcome = outcome;
    }
}
