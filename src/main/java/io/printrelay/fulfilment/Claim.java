package io.printrelay.fulfilment;

import io.printrelay.mapping.MappedOrder;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The jobs of one order at one vendor that this sender alone may send now (recorded SENDING before anything leaves),
 * with the order mapped for that vendor: what a vendor's request builder reads. Empty: nothing to send.
 */
public record Claim(VendorSubmission submission, String customerOrderId, MappedOrder mapped, List<VendorJob> jobs) {

    /** The exchange property the vendor routes keep the claim in, for the steps after the call and the error policy. */
    public static final String PROPERTY = "claim";

    public long orderId() {
        return submission.orderId();
    }

    public String vendor() {
        return submission.vendor();
    }

    public boolean isEmpty() {
        return jobs.isEmpty();
    }

    public String jobNames() {
        return jobs.stream().map(VendorJob::jobName).collect(Collectors.joining(", "));
    }
}
