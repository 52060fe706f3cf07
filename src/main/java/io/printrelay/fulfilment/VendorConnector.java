package io.printrelay.fulfilment;

import io.printrelay.mapping.MappedItem;
import io.printrelay.mapping.VendorProfile;
import io.printrelay.order.Order;

import java.util.List;

/** What the router asks of each vendor package: its profile, and what jobs an item becomes there. */
public interface VendorConnector {

    VendorProfile profile();

    /** The jobs an item becomes at this vendor (4over: one per unit; POV: one line per item). */
    List<PlannedJob> jobsFor(Order order, MappedItem item);

    /** An item already placed at the vendor by hand: tracked, not submitted, and not checked for print details. */
    default boolean placedByHand(MappedItem item) {
        return false;
    }

    /**
     * What an operator does about a job whose outcome is unknown, once they have looked at the vendor. By
     * default: declare it absent ({@code Operations.forgetUnknownJobs}) so it is sent again.
     */
    default String unknownOutcomeAdvice(VendorJob job) {
        return "check job " + job.jobName() + " on " + profile().displayName() + "; if it is not there, run"
                + " Operations.forgetUnknownJobs(" + job.orderId() + ") and retry";
    }
}
