package io.printrelay.fulfilment;

import io.printrelay.mapping.MappedItem;
import io.printrelay.mapping.VendorProfile;
import io.printrelay.order.Order;

import java.util.List;

/** What the router asks of each vendor package: its profile, and what jobs an item becomes there. */
public interface VendorConnector {

    VendorProfile profile();

    /** The vendor's reference for the whole order (4over's order_id, POV's reference). */
    String customerOrderId(long orderId);

    /** The history note for an answer that refused the whole submission (credentials, validation). */
    default String refusal(int status, String body, String customerOrderId) {
        return profile().displayName() + " refused order " + customerOrderId + " (HTTP " + status + "): "
                + (body == null || body.length() <= 300 ? body : body.substring(0, 300) + "...");
    }

    /**
     * Whether a send whose outcome is unknown may simply be sent again: true for a vendor that recognises a
     * reference it already has (the duplicate is answered, not printed twice).
     */
    default boolean resendIsSafe() {
        return false;
    }

    /** How often the status poll asks the vendor about an open job ({@code printrelay.vendors.<vendor>.status-checks}). */
    StatusChecks statusChecks();

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
