package io.printrelay.tracking;

import java.util.Locale;

/**
 * One shipment waiting to be sent back to its order's source (a row of tracking_returns). {@code triedBefore}: an
 * earlier attempt may have reached the source without its answer (it failed, was refused, or its sender stopped
 * mid-request), so a writer that can look first does, before sending again; a first attempt has nothing to find.
 */
public record TrackingReturn(long id, long orderId, long shipmentId, String sourceName, int attempts,
                             boolean triedBefore) {

    /** The source as its tracking writer route names it: {@code podOS} is {@code direct:tracking-return-podos}. */
    public String sourceKey() {
        String key = sourceName == null ? "" : sourceName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return key.replaceAll("^-+|-+$", "");
    }
}
