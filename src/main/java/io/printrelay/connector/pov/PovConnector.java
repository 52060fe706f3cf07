package io.printrelay.connector.pov;

import io.printrelay.fulfilment.FulfilmentStore;
import io.printrelay.fulfilment.PlannedJob;
import io.printrelay.fulfilment.StatusChecks;
import io.printrelay.fulfilment.VendorConnector;
import io.printrelay.fulfilment.VendorJob;
import io.printrelay.mapping.MappedItem;
import io.printrelay.mapping.VendorProfile;
import io.printrelay.order.Order;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Objects;

/**
 * One POV order line per item ({@code <order>-<item>}); the item's quantity travels on the line. Each send is a POV
 * order of its own, with a reference POV keeps unique per customer: {@code PR-1003}, then {@code PR-1003-2},
 * {@code PR-1003-3}… for lines added after POV has the order.
 */
@Component
public class PovConnector implements VendorConnector {

    private final PovProfile profile;
    private final PovProperties properties;
    private final FulfilmentStore fulfilment;

    public PovConnector(PovProfile profile, PovProperties properties, FulfilmentStore fulfilment) {
        this.profile = profile;
        this.properties = properties;
        this.fulfilment = fulfilment;
    }

    @Override
    public VendorProfile profile() {
        return profile;
    }

    @Override
    public StatusChecks statusChecks() {
        return properties.statusChecks();
    }

    /**
     * The reference of the POV order the order's unsent lines go in: the next after the POV orders PrintRelay knows
     * for it, so a send again after a lost answer uses the same reference (and POV answers it with a 409).
     */
    @Override
    public String customerOrderId(long orderId) {
        long known = fulfilment.jobs(orderId, PovProfile.ID).stream().map(VendorJob::vendorJobId)
                .filter(Objects::nonNull).distinct().count();
        String reference = properties.orderPrefix() + orderId;
        return known == 0 ? reference : reference + "-" + (known + 1);
    }

    /** POV's {@code error} of a refused order, and what to check when it refused the customer id. */
    @Override
    public String refusal(int status, String body, String customerOrderId) {
        String error = PovAnswer.errorOf(body);
        return status == 401 || status == 403
                ? "POV refused the customer id (HTTP " + status + ": " + error + "): check"
                + " printrelay.vendors.pov.customer-id"
                : "POV refused order " + customerOrderId + " (HTTP " + status + "): " + error;
    }

    /** POV answers a reference it has already with a 409, and the lookup by reference shows the lines it has. */
    @Override
    public boolean resendIsSafe() {
        return true;
    }

    @Override
    public List<PlannedJob> jobsFor(Order order, MappedItem item) {
        return List.of(new PlannedJob(item.item().getId(), 1,
                properties.orderPrefix() + order.getId() + "-" + item.item().getId(), null));
    }

    @Override
    public String unknownOutcomeAdvice(VendorJob job) {
        return "run Operations.forgetUnknownJobs(" + job.orderId() + ") and retry: POV recognises reference "
                + properties.orderPrefix() + job.orderId() + " (or -2, -3… for lines added later) if it already has"
                + " the line (job " + job.jobName() + ")";
    }
}
