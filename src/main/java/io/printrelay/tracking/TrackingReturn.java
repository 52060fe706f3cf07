package io.printrelay.tracking;

import java.util.Locale;

/** One shipment waiting to be sent back to its order's source (a row of tracking_returns). */
public record TrackingReturn(long id, long orderId, long shipmentId, String sourceName, int attempts) {

    /** The source as its tracking writer route names it: {@code podOS} is {@code direct:tracking-return-podos}. */
    public String sourceKey() {
        String key = sourceName == null ? "" : sourceName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return key.replaceAll("^-+|-+$", "");
    }
}
