package io.printrelay.connector.pov;

import io.printrelay.fulfilment.PlannedJob;
import io.printrelay.fulfilment.VendorConnector;
import io.printrelay.fulfilment.VendorJob;
import io.printrelay.mapping.MappedItem;
import io.printrelay.mapping.VendorProfile;
import io.printrelay.order.Order;
import org.springframework.stereotype.Component;

import java.util.List;

/** One POV order line per item ({@code <order>-<item>}); the item's quantity travels on the line. */
@Component
public class PovConnector implements VendorConnector {

    private final PovProfile profile;
    private final PovProperties properties;

    public PovConnector(PovProfile profile, PovProperties properties) {
        this.profile = profile;
        this.properties = properties;
    }

    @Override
    public VendorProfile profile() {
        return profile;
    }

    @Override
    public String customerOrderId(long orderId) {
        return properties.orderPrefix() + orderId;
    }

    @Override
    public List<PlannedJob> jobsFor(Order order, MappedItem item) {
        return List.of(new PlannedJob(item.item().getId(), 1,
                properties.orderPrefix() + order.getId() + "-" + item.item().getId(), null));
    }

    /** Re-sending is safe at POV: a reference it already has is answered with the order (and lines) it has. */
    @Override
    public String unknownOutcomeAdvice(VendorJob job) {
        return "run Operations.forgetUnknownJobs(" + job.orderId() + ") and retry: POV recognises reference "
                + properties.orderPrefix() + job.orderId() + " (or -2, -3… for lines added later) if it already has"
                + " the line (job " + job.jobName() + ")";
    }
}
