package io.printrelay.fulfilment;

/** One row of vendor_jobs: one job (4over) or order line (POV) for one item of one order. */
public record VendorJob(long id, long orderId, long itemId, String vendor, int unit, String jobName,
                        String vendorJobId, JobState state, String vendorStatus, String message,
                        String trackingNumber) {
}
