package io.printrelay.connector.fourover;

import io.printrelay.fulfilment.FulfilmentProgress;
import io.printrelay.fulfilment.FulfilmentStore;
import io.printrelay.fulfilment.JobCancelOutcome;
import io.printrelay.fulfilment.VendorHttp;
import io.printrelay.fulfilment.VendorJob;
import io.printrelay.order.HistoryStore;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * An order moved to Canceled, or one item canceled: its open 4over jobs are canceled at 4over
 * ({@code DELETE /orders/{job}}), and jobs never sent are canceled here. 4over refuses once a job is past Batch
 * Imposition; that goes to history and the job stays tracked, because it will still be printed and shipped. A job
 * whose send got no answer has no 4over id to cancel by: history says to cancel it on 4over by hand.
 */
@Component("fourOverCanceller")
public class FourOverCanceller {

    private final FourOverClient client;
    private final FulfilmentStore fulfilment;
    private final HistoryStore history;
    private final FulfilmentProgress progress;
    private final FourOverProfile profile;

    public FourOverCanceller(FourOverClient client, FulfilmentStore fulfilment, HistoryStore history,
                             FulfilmentProgress progress, FourOverProfile profile) {
        this.client = client;
        this.fulfilment = fulfilment;
        this.history = history;
        this.progress = progress;
        this.profile = profile;
    }

    public void cancelOrder(long orderId) {
        fulfilment.jobs(orderId, FourOverProfile.ID).forEach(job -> cancel(job, "order"));
    }

    /** What became of each 4over job of the item; once every job of the order is canceled, so is the order. */
    public List<JobCancelOutcome> cancelItem(long orderId, long itemId) {
        List<JobCancelOutcome> outcomes = fulfilment.jobs(orderId, FourOverProfile.ID).stream()
                .filter(job -> job.itemId() == itemId).map(job -> cancel(job, "item")).toList();
        progress.afterVendorCancel(orderId, profile);
        return outcomes;
    }

    private JobCancelOutcome cancel(VendorJob job, String what) {
        return switch (job.state()) {
            case PENDING, FAILED -> {
                fulfilment.markCanceled(job, what + " canceled before it was sent");
                yield JobCancelOutcome.canceled(job, "canceled before it was sent");
            }
            case SUBMITTED -> cancelAtFourOver(job);
            case SENDING, UNKNOWN -> {
                String advice = "4over may have job " + job.jobName() + " (its send got no answer), but not under an"
                        + " id PrintRelay knows: cancel it on 4over by hand";
                history.add(job.orderId(), FourOverClient.VENDOR, advice);
                yield JobCancelOutcome.notCanceled(job, "not canceled: " + advice);
            }
            case SHIPPED -> JobCancelOutcome.notCanceled(job, "not canceled: already shipped");
            case CANCELED -> JobCancelOutcome.canceled(job, "already canceled");
        };
    }

    private JobCancelOutcome cancelAtFourOver(VendorJob job) {
        VendorHttp.Response response = client.cancel(job.vendorJobId());
        String body = response.body() == null ? "" : response.body().trim();
        if (response.isSuccess() && body.equalsIgnoreCase("true")) {
            fulfilment.markCanceled(job, "canceled by PrintRelay");
            history.add(job.orderId(), FourOverClient.VENDOR, "4over job " + job.vendorJobId() + " ("
                    + job.jobName() + ") canceled");
            return JobCancelOutcome.canceled(job, "canceled at 4over");
        }
        String message = client.messageOf(response);
        history.add(job.orderId(), FourOverClient.VENDOR, "4over did not cancel job " + job.vendorJobId() + " ("
                + job.jobName() + "): " + message);
        return JobCancelOutcome.notCanceled(job, "not canceled: 4over answered: " + message);
    }
}
