package io.printrelay.connector.fourover;

import io.printrelay.fulfilment.PlannedJob;
import io.printrelay.fulfilment.StatusChecks;
import io.printrelay.fulfilment.VendorConnector;
import io.printrelay.fulfilment.VendorJob;
import io.printrelay.mapping.MappedItem;
import io.printrelay.mapping.VendorProfile;
import io.printrelay.order.Order;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * One 4over job per item unit, named {@code <order>-<item>-<n>}: an item of quantity 3 is three jobs, each of
 * the item's run size. An item carrying {@code fourover_job_id} was placed on 4over.com by hand (OnPrintShop's
 * basic mode): it is only tracked.
 */
@Component
public class FourOverConnector implements VendorConnector {

    static final String HAND_PLACED_FIELD = "fourover_job_id";

    private final FourOverProfile profile;
    private final FourOverOrderBuilder builder;

    public FourOverConnector(FourOverProfile profile, FourOverOrderBuilder builder) {
        this.profile = profile;
        this.builder = builder;
    }

    @Override
    public VendorProfile profile() {
        return profile;
    }

    @Override
    public StatusChecks statusChecks() {
        return profile.properties().statusChecks();
    }

    @Override
    public String customerOrderId(long orderId) {
        return builder.customerOrderId(orderId);
    }

    /** 4over's message of a refused order, and what to check when it refused the credentials. */
    @Override
    public String refusal(int status, String body, String customerOrderId) {
        String message = FourOverAnswer.messageOf(body);
        return status == 401 || status == 403
                ? "4over refused the credentials (HTTP " + status + ": " + message + "): check"
                + " printrelay.vendors.fourover.public-key and private-key"
                : "4over refused order " + customerOrderId + " (HTTP " + status + "): " + message;
    }

    @Override
    public List<PlannedJob> jobsFor(Order order, MappedItem item) {
        String prefix = builder.customerOrderId(order.getId()) + "-" + item.item().getId() + "-";
        if (placedByHand(item)) {
            return List.of(new PlannedJob(item.item().getId(), 1, prefix + "1", item.fieldOrBlank(HAND_PLACED_FIELD)));
        }
        int quantity = item.item().getQuantity() == null ? 1 : item.item().getQuantity();
        List<PlannedJob> jobs = new ArrayList<>();
        for (int unit = 1; unit <= quantity; unit++) {
            jobs.add(new PlannedJob(item.item().getId(), unit, prefix + unit, null));
        }
        return jobs;
    }

    /** A job 4over has can be tracked by its id, as if placed by hand; one it lacks is declared absent. */
    @Override
    public String unknownOutcomeAdvice(VendorJob job) {
        return "check job " + job.jobName() + " on 4over; if it is there, set its id as item metadata "
                + HAND_PLACED_FIELD + ", if not, run Operations.forgetUnknownJobs(" + job.orderId() + "); then retry";
    }

    @Override
    public boolean placedByHand(MappedItem item) {
        return item.field(HAND_PLACED_FIELD).isPresent();
    }
}
