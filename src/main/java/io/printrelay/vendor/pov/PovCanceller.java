package io.printrelay.vendor.pov;

import io.printrelay.fulfilment.FulfilmentStore;
import io.printrelay.fulfilment.JobState;
import io.printrelay.fulfilment.VendorJob;
import io.printrelay.order.OrderStore;
import org.springframework.stereotype.Component;

/**
 * An order moved to Canceled: lines never sent to POV are canceled here. POV has no known cancel call (its API is
 * not public), so for lines POV already has, the history says to ask POV; their status poll goes on.
 */
@Component("povCanceller")
public class PovCanceller {

    private final FulfilmentStore fulfilment;
    private final OrderStore store;

    public PovCanceller(FulfilmentStore fulfilment, OrderStore store) {
        this.fulfilment = fulfilment;
        this.store = store;
    }

    public void cancelOrder(long orderId) {
        java.util.Set<String> atPov = new java.util.LinkedHashSet<>();
        for (VendorJob job : fulfilment.jobs(orderId, PovProfile.ID)) {
            if (JobState.SENDABLE.contains(job.state())) {
                fulfilment.markCanceled(job, "order canceled before it was sent");
            } else if (job.state() == JobState.SUBMITTED) {
                atPov.add(job.vendorJobId());
            }
        }
        for (String povOrderId : atPov) {
            store.addHistory(orderId, PovClient.VENDOR, "POV order " + povOrderId + " was already sent: ask POV to"
                    + " cancel it (POV offers no cancel call); it stays tracked until POV cancels or ships it");
        }
    }
}
