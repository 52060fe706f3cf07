package io.printrelay.fulfilment;

/**
 * A job the router wants to exist for an item. {@code vendorJobId} is set for a job placed by hand at the vendor
 * (OnPrintShop's basic mode): it is tracked, never submitted.
 */
public record PlannedJob(long itemId, int unit, String jobName, String vendorJobId) {
}
