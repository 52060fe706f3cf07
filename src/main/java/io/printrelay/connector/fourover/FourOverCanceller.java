package io.printrelay.connector.fourover;

import io.printrelay.fulfilment.FulfilmentProgress;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;
import io.printrelay.fulfilment.FulfilmentStore;
import io.printrelay.fulfilment.JobCancelOutcome;
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

    private final FulfilmentStore fulfilment;
    private final HistoryStore history;
    private final FulfilmentProgress progress;
    private final FourOverProfile profile;

    public FourOverCanceller(FulfilmentStore fulfilment, HistoryStore history,
                             FulfilmentProgress progress, FourOverProfile profile) {
        this.fulfilment = fulfilment;
        this.history = history;
        this.progress = progress;
        this.profile = profile;
    }

    /** The order's jobs at 4over, each to be canceled by the fourover-cancel-job route. */
    public List<VendorJob> jobsOf(long orderId) {
        return fulfilment.jobs(orderId, FourOverProfile.ID);
    }

    public List<VendorJob> jobsOfItem(long orderId, long itemId) {
        return jobsOf(orderId).stream().filter(job -> job.itemId() == itemId).toList();
    }

    /** What became of each 4over job of the item; once every job of the order is canceled, so is the order. */
    public List<JobCancelOutcome> itemCanceled(long orderId, List<JobCancelOutcome> outcomes) {
        progress.afterVendorCancel(orderId, profile);
        return outcomes;
    }

    /** A job 4over does not have under an id PrintRelay knows: canceled here, or left with advice. */
    public JobCancelOutcome withoutFourOver(VendorJob job) {
        return switch (job.state()) {
            case PENDING, FAILED -> {
                fulfilment.markCanceled(job, "canceled before it was sent");
                yield JobCancelOutcome.canceled(job, "canceled before it was sent");
            }
            case SENDING, UNKNOWN -> {
                String advice = "4over may have job " + job.jobName() + " (its send got no answer), but not under an"
                        + " id PrintRelay knows: cancel it on 4over by hand";
                history.add(job.orderId(), FourOverEndpoint.VENDOR, advice);
                yield JobCancelOutcome.notCanceled(job, "not canceled: " + advice);
            }
            case SHIPPED -> JobCancelOutcome.notCanceled(job, "not canceled: already shipped");
            case CANCELED -> JobCancelOutcome.canceled(job, "already canceled");
            case SUBMITTED -> throw new IllegalStateException("job " + job.jobName() + " is at 4over: cancel it there");
        };
    }

    /**
     * 4over's answer to {@code DELETE /orders/{job}}: {@code true} when canceled. 4over refuses once a job is past
     * Batch Imposition; that goes to history and the job stays tracked.
     */
    public JobCancelOutcome answered(@ExchangeProperty("job") VendorJob job,
                                     @Header(Exchange.HTTP_RESPONSE_CODE) Integer code, String body) {
        String text = body == null ? "" : body.trim();
        if (code != null && code >= 200 && code < 300 && text.equalsIgnoreCase("true")) {
            fulfilment.markCanceled(job, "canceled by PrintRelay");
            history.add(job.orderId(), FourOverEndpoint.VENDOR, "4over job " + job.vendorJobId() + " ("
                    + job.jobName() + ") canceled");
            return JobCancelOutcome.canceled(job, "canceled at 4over");
        }
        String message = FourOverAnswer.messageOf(text);
        history.add(job.orderId(), FourOverEndpoint.VENDOR, "4over did not cancel job " + job.vendorJobId() + " ("
                + job.jobName() + "): " + message);
        return JobCancelOutcome.notCanceled(job, "not canceled: 4over answered: " + message);
    }
}
