package io.printrelay.fulfilment;

import java.time.LocalDateTime;

/**
 * One row of vendor_jobs: one job (4over) or order line (POV) for one item of one order. {@code submittedAt} is when
 * the vendor accepted it, {@code nextCheckAt} when the status poll next asks about it (both UTC; null before).
 */
public record VendorJob(long id, long orderId, long itemId, String vendor, int unit, String jobName,
                        String vendorJobId, JobState state, String vendorStatus, String message,
                        String trackingNumber, LocalDateTime submittedAt, LocalDateTime nextCheckAt) {
}
