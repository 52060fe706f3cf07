package io.printrelay.connector.pov;

import io.printrelay.fulfilment.FulfilmentProgress;
import io.printrelay.fulfilment.FulfilmentStore;
import io.printrelay.fulfilment.JobCancelOutcome;
import io.printrelay.fulfilment.JobState;
import io.printrelay.fulfilment.VendorJob;
import io.printrelay.order.HistoryStore;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An order moved to Canceled, or one item canceled: lines never sent to POV are canceled here. POV has no known
 * cancel call (its API is not public), so for lines POV already has, the history (and the answer) says to ask
 * POV; their status poll goes on and follows what POV does.
 */
@Component("povCanceller")
public class PovCanceller {

    private final FulfilmentStore fulfilment;
    private final HistoryStore history;
    private final FulfilmentProgress progress;
    private final PovProfile profile;

    public PovCanceller(FulfilmentStore fulfilment, HistoryStore history, FulfilmentProgress progress,
                        PovProfile profile) {
        this.fulfilment = fulfilment;
        this.history = history;
        this.progress = progress;
        this.profile = profile;
    }

    public void cancelOrder(long orderId) {
        cancel(orderId, fulfilment.jobs(orderId, PovProfile.ID), "order");
    }

    /** What became of each POV line of the item; once every job of the order is canceled, so is the order. */
    public List<JobCancelOutcome> cancelItem(long orderId, long itemId) {
        List<JobCancelOutcome> outcomes = cancel(orderId, fulfilment.jobs(orderId, PovProfile.ID).stream()
                .filter(job -> job.itemId() == itemId).toList(), "item");
        progress.afterVendorCancel(orderId, profile);
        return outcomes;
    }

    private List<JobCancelOutcome> cancel(long orderId, List<VendorJob> lines, String what) {
        Set<String> atPov = new LinkedHashSet<>();
        List<JobCancelOutcome> outcomes = new ArrayList<>();
        for (VendorJob line : lines) {
            if (line.state() == JobState.SUBMITTED) {
                atPov.add(line.vendorJobId());
            }
            JobCancelOutcome outcome = cancel(line, what);
            if (line.state() == JobState.SENDING || line.state() == JobState.UNKNOWN) {
                history.add(orderId, PovClient.VENDOR, "POV line " + line.jobName() + " " + outcome.outcome());
            }
            outcomes.add(outcome);
        }
        for (String povOrderId : atPov) {
            history.add(orderId, PovClient.VENDOR, "POV order " + povOrderId + " was already sent: ask POV to"
                    + " cancel it (POV offers no cancel call); it stays tracked until POV cancels or ships it");
        }
        return outcomes;
    }

    private JobCancelOutcome cancel(VendorJob line, String what) {
        return switch (line.state()) {
            case PENDING, FAILED -> {
                fulfilment.markCanceled(line, what + " canceled before it was sent");
                yield JobCancelOutcome.canceled(line, "canceled before it was sent");
            }
            case SUBMITTED -> JobCancelOutcome.notCanceled(line, "not canceled: POV has it as order "
                    + line.vendorJobId() + " and offers no cancel call: ask POV to cancel it; it stays tracked until"
                    + " POV cancels or ships it");
            case SENDING, UNKNOWN -> JobCancelOutcome.notCanceled(line, "not canceled: its send got no answer, so POV"
                    + " may have it: ask POV (it offers no cancel call)");
            case SHIPPED -> JobCancelOutcome.notCanceled(line, "not canceled: already shipped");
            case CANCELED -> JobCancelOutcome.canceled(line, "already canceled");
        };
    }
}
