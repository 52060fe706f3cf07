package io.printrelay.fulfilment;

import io.printrelay.order.HistoryStore;
import io.printrelay.order.OrderItem;
import io.printrelay.order.OrderStore;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The vendor-neutral steps of the cancel routes (routes/order-cancel.camel.yaml): which vendors an item's jobs
 * are at, the Errors note when no route cancels at a vendor, and the answer that says what became of each job.
 */
@Component("jobCancels")
public class JobCancels {

    static final String SOURCE = "PrintRelay";

    private final OrderStore store;
    private final HistoryStore history;
    private final FulfilmentStore fulfilment;
    private final OrderErrors errors;

    public JobCancels(OrderStore store, HistoryStore history, FulfilmentStore fulfilment, OrderErrors errors) {
        this.store = store;
        this.history = history;
        this.fulfilment = fulfilment;
        this.errors = errors;
    }

    /** One part per vendor the item has jobs at, in the order of its jobs. */
    public List<ItemCancel> byVendor(ItemCancel request) {
        return jobsOf(request.orderId(), request.itemId()).stream().map(VendorJob::vendor).distinct()
                .map(vendor -> new ItemCancel(request.orderId(), request.itemId(), vendor)).toList();
    }

    /** An order canceled with jobs at a vendor no route cancels at: it must not pass in silence. */
    public void noCancelRouteForOrder(VendorSubmission part) {
        noCancelRoute(part.orderId(), part.vendor(), fulfilment.jobs(part.orderId(), part.vendor()));
    }

    public List<JobCancelOutcome> noCancelRouteForItem(ItemCancel part) {
        List<VendorJob> jobs = jobsOf(part.orderId(), part.itemId()).stream()
                .filter(job -> job.vendor().equals(part.vendor())).toList();
        noCancelRoute(part.orderId(), part.vendor(), jobs);
        return jobs.stream().map(job -> JobCancelOutcome.notCanceled(job, "not canceled: " + noRoute(job.vendor())))
                .toList();
    }

    /**
     * The answer to an item cancel, one line per job of the item: what its vendor's route reported, or, for a
     * job no route reported on (the vendor could not be reached), that it was not canceled. Noted in history.
     */
    public List<JobCancelOutcome> report(long orderId, long itemId, List<?> reported) {
        Map<String, JobCancelOutcome> byJob = reported.stream().filter(JobCancelOutcome.class::isInstance)
                .map(JobCancelOutcome.class::cast)
                .collect(Collectors.toMap(o -> o.vendor() + "/" + o.jobName(), Function.identity(), (a, b) -> b));
        List<JobCancelOutcome> outcomes = jobsOf(orderId, itemId).stream()
                .map(job -> byJob.getOrDefault(job.vendor() + "/" + job.jobName(), unreported(job))).toList();
        long canceled = outcomes.stream().filter(JobCancelOutcome::canceled).count();
        String item = store.findItem(orderId, itemId).map(JobCancels::describe).orElse("item " + itemId);
        history.add(orderId, SOURCE, "Cancel of " + item + ": " + canceled + " of " + outcomes.size()
                + " jobs canceled" + (outcomes.isEmpty() ? "" : " (" + outcomes.stream()
                .map(o -> o.jobName() + " " + o.outcome()).collect(Collectors.joining("; ")) + ")"));
        return outcomes;
    }

    private void noCancelRoute(long orderId, String vendor, List<VendorJob> jobs) {
        String reason = noRoute(vendor);
        errors.moveToErrors(orderId, SOURCE, Character.toUpperCase(reason.charAt(0)) + reason.substring(1)
                + "; its jobs were not canceled: "
                + jobs.stream().map(job -> job.jobName() + (job.vendorJobId() == null ? "" : " (" + job.vendorJobId()
                + ")") + " " + job.state()).collect(Collectors.joining(", ")));
    }

    private static String noRoute(String vendor) {
        return "no route cancels jobs at vendor '" + vendor + "': add it to the choices of"
                + " routes/order-cancel.camel.yaml, and cancel them at the vendor by hand";
    }

    private static JobCancelOutcome unreported(VendorJob job) {
        return job.state() == JobState.CANCELED ? JobCancelOutcome.canceled(job, "canceled")
                : JobCancelOutcome.notCanceled(job, "not canceled: the cancel did not get through (see the"
                + " PrintRelay log); try again");
    }

    private List<VendorJob> jobsOf(long orderId, long itemId) {
        return fulfilment.jobs(orderId).stream().filter(job -> job.itemId() == itemId).toList();
    }

    private static String describe(OrderItem item) {
        String what = item.getCode() != null && !item.getCode().isBlank() ? item.getCode() : item.getName();
        return "item " + item.getId() + " (" + what + ")";
    }
}
