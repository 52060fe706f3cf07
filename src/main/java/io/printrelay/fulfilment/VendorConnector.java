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
}
