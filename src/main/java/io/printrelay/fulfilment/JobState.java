package io.printrelay.fulfilment;

import java.util.Set;

/** Where a vendor job stands. See V2__vendor_jobs.sql for the life of a row. */
public enum JobState {
    /** Recorded, not sent yet. */
    PENDING,
    /** Claimed by one sender; the request is on its way. */
    SENDING,
    /** The vendor accepted it and gave it an id: it is polled, and never sent again. */
    SUBMITTED,
    /** The vendor refused it; it is sent again once the order is fixed and retried. */
    FAILED,
    /** The request may or may not have reached the vendor: an operator must check before anything is re-sent. */
    UNKNOWN,
    /** Done at the vendor: shipped (with its tracking number) or picked up there (4over; without one). */
    SHIPPED,
    CANCELED;

    /** States a sender may claim: nothing in them has reached the vendor. */
    public static final Set<JobState> SENDABLE = Set.of(PENDING, FAILED);

    /** The vendor has the job. */
    public boolean isAtVendor() {
        return this == SUBMITTED || this == SHIPPED;
    }
}
