package io.printrelay.tracking;

/** One shipment waiting to be sent back to its order's source (a row of tracking_returns). */
public record TrackingReturn(long id, long orderId, long shipmentId, String sourceName, int attempts) {
}
