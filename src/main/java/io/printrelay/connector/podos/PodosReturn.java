package io.printrelay.connector.podos;

import io.printrelay.order.Order;
import io.printrelay.order.Shipment;
import io.printrelay.tracking.ReturnOutcome;

/**
 * One shipment on its way back to podOS (the exchange property {@code podosReturn} of the tracking-return-podos
 * route): its order and shipment until the return is decided, then what became of it.
 */
public final class PodosReturn {

    private final Order order;
    private final Shipment shipment;
    private final boolean triedBefore;
    private ReturnOutcome outcome;

    private PodosReturn(Order order, Shipment shipment, boolean triedBefore, ReturnOutcome outcome) {
        this.order = order;
        this.shipment = shipment;
        this.triedBefore = triedBefore;
        this.outcome = outcome;
    }

    static PodosReturn of(Order order, Shipment shipment, boolean triedBefore) {
        return new PodosReturn(order, shipment, triedBefore, null);
    }

    static PodosReturn notNeeded(String reason) {
        return new PodosReturn(null, null, false, ReturnOutcome.notNeeded(reason));
    }

    /** Still to be sent: nothing (sync-tracking off, the fulfilment already at podOS, sent) decided it yet. */
    public boolean toSend() {
        return outcome == null;
    }

    /**
     * Still to be sent, and an earlier attempt may have got through without its answer: podOS's order is read first.
     * A first attempt has no earlier one to find, and saves the read.
     */
    public boolean toLookUpFirst() {
        return toSend() && triedBefore;
    }

    public String podosOrderId() {
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

    ReturnOutcome outcome() {
        return outcome;
    }

    void decided(ReturnOutcome outcome) {
        this.outcome = outcome;
    }
}
