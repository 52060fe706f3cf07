package io.printrelay.order;

/**
 * Where a new shipment's tracking goes to be sent back to its order's source. The shipment store calls it inside
 * the transaction that records the shipment, so a shipment is never kept without its return queued (and a queue
 * that fails keeps the shipment out). Implemented outside this package, which therefore depends on nothing.
 */
public interface TrackingReturnQueue {

    void enqueue(long orderId, long shipmentId, String sourceName);
}
