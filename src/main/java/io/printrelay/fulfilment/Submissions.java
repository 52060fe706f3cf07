package io.printrelay.fulfilment;

import io.printrelay.mapping.MappedOrder;
import io.printrelay.mapping.MappingProcessor;
import io.printrelay.order.Folder;
import io.printrelay.order.FolderStore;
import io.printrelay.order.HistoryStore;
import io.printrelay.order.Order;
import io.printrelay.order.OrderItem;
import io.printrelay.order.OrderStore;
import org.apache.camel.ExchangeProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The vendor-neutral steps of the fulfilment routes ({@code fulfilment} in routes/): record a plan, claim an order's
 * jobs at one vendor before anything is sent, record what the vendor answered. The vendor's own steps (build, sign,
 * call, read) sit between claim and record in the vendor's route file.
 */
@Component("fulfilment")
public class Submissions {

    private static final Logger log = LoggerFactory.getLogger(Submissions.class);
    static final String SOURCE = "PrintRelay";

    private final OrderStore store;
    private final FolderStore folders;
    private final HistoryStore history;
    private final FulfilmentStore jobs;
    private final FulfilmentProgress progress;
    private final MappingProcessor mapping;
    private final VendorRouter router;
    private final StatusCheckSchedule schedule;
    private final Nodes nodes;
    private final TransactionTemplate tx;
    private final Map<String, VendorConnector> connectors = new LinkedHashMap<>();

    public Submissions(OrderStore store, FolderStore folders, HistoryStore history, FulfilmentStore jobs, FulfilmentProgress progress, MappingProcessor mapping,
                       VendorRouter router, StatusCheckSchedule schedule, Nodes nodes, TransactionTemplate tx,
                       List<VendorConnector> connectors) {
        this.tx = tx;
        this.store = store;
        this.folders = folders;
        this.history = history;
        this.jobs = jobs;
        this.progress = progress;
        this.mapping = mapping;
        this.router = router;
        this.schedule = schedule;
        this.nodes = nodes;
        connectors.forEach(c -> this.connectors.put(c.profile().id(), c));
    }

    /**
     * Writes a plan: its jobs (kept when planned before, see {@link FulfilmentStore#plan}), a note for skipped items,
     * Prepared when no vendor gets anything. Returns the part of each vendor, for the route to dispatch; an order
     * with jobs of unknown outcome is stopped here, before anything is sent again.
     */
    public List<VendorSubmission> recordPlan(FulfilmentPlan plan) {
        long orderId = plan.orderId();
        if (plan.canceled()) {
            return List.of();
        }
        if (!plan.skipped().isEmpty()) {
            history.add(orderId, SOURCE, "Not sent to any vendor (Product Code Skip): "
                    + String.join(", ", plan.skipped()));
        }
        if (plan.jobsByVendor().isEmpty()) {
            store.moveToFolder(orderId, folders.ensureFolder(Folder.PREPARED), SOURCE, "nothing to send to a vendor");
            return List.of();
        }
        List<VendorSubmission> parts = new ArrayList<>();
        plan.jobsByVendor().forEach((vendor, planned) -> {
            jobs.plan(orderId, vendor, planned);
            parts.add(new VendorSubmission(orderId, vendor));
        });
        List<String> unknown = router.unknownOutcomes(orderId);
        if (!unknown.isEmpty()) {
            // never re-send blindly: a person must say whether the vendor has these jobs
            throw new OrderProblemException(orderId, SOURCE, "outcome unknown: " + String.join("; ", unknown));
        }
        return parts;
    }

    /**
     * Claims the jobs of the order at the vendor that may be sent (PENDING or FAILED): they are SENDING from here on,
     * for this sender alone. The order is mapped again for the request builder; an order changed since it was
     * planned gives its jobs back and goes to Errors.
     */
    public Claim claim(VendorSubmission submission) {
        VendorConnector connector = connector(submission.vendor());
        String customerOrderId = connector.customerOrderId(submission.orderId());
        List<VendorJob> claimed = jobs.claim(submission.orderId(), submission.vendor(), nodes.id());
        if (claimed.isEmpty()) {
            return new Claim(submission, customerOrderId, null, List.of());
        }
        Order order = store.requireOrder(submission.orderId(), false);
        Set<Long> itemIds = claimed.stream().map(VendorJob::itemId).collect(Collectors.toSet());
        List<OrderItem> items = order.getOrderItems().stream().filter(i -> itemIds.contains(i.getId())).toList();
        MappedOrder mapped = mapping.map(order, connector.profile(), items);
        if (!mapped.problems().isEmpty() || items.size() != itemIds.size()) {
            jobs.release(claimed, "order changed before it was sent");
            throw new OrderProblemException(submission.orderId(), SOURCE, mapped.problems().isEmpty()
                    ? "an item of the order was removed after its " + connector.profile().displayName()
                    + " jobs were planned: retry the order" : String.join("; ", mapped.problems()));
        }
        return new Claim(submission, customerOrderId, mapped, claimed);
    }

    /** Every job of this part is at the vendor already (sent before): the order may move on. */
    public void nothingToSend(Claim claim) {
        progress.afterSubmission(claim.orderId(), connector(claim.vendor()).profile());
    }

    /**
     * What the vendor answered, job by job: accepted jobs keep the vendor's id and are never sent again, refused ones
     * put the order in Errors with the vendor's message, a job missing from the answer is an unknown outcome. The
     * jobs' new states, the "Submitted to" note and the move to the vendor's After Import folder are one transaction:
     * one commit per submission instead of one per statement (they showed in the benchmark's profile), and a node
     * killed after 4over's answer leaves all of it or none of it.
     */
    public void record(@ExchangeProperty(Claim.PROPERTY) Claim claim, SubmissionAnswer answer) {
        VendorConnector connector = connector(claim.vendor());
        String vendorName = connector.profile().displayName();
        LocalDateTime firstCheck = schedule.firstCheck(connector.statusChecks());
        List<String> submitted = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<VendorJob> refused = new ArrayList<>();
        Map<VendorJob, String> failures = new LinkedHashMap<>();
        List<VendorJob> unknown = new ArrayList<>();
        Map<VendorJob, String> accepted = new LinkedHashMap<>();
        for (VendorJob job : claim.jobs()) {
            String vendorJobId = answer.accepted().get(job.jobName());
            String failure = answer.failures().get(job.jobName());
            if (vendorJobId != null) {
                accepted.put(job, vendorJobId);
                submitted.add(job.jobName() + " → " + vendorJobId);
            } else if (failure != null) {
                refused.add(job);
                failures.put(job, failure);
                problems.add(vendorName + " refused job " + job.jobName() + ": " + failure);
            } else {
                unknown.add(job);
            }
        }
        String unknownNote = unknown.isEmpty() ? null : "outcome unknown: check job " + unknown.stream()
                .map(VendorJob::jobName).collect(Collectors.joining(", ")) + " on " + vendorName + " (not in its answer)";
        if (unknownNote != null) {
            problems.add(unknownNote);
        }
        tx.executeWithoutResult(status -> {
            refused.forEach(job -> jobs.markFailed(job, failures.get(job)));
            jobs.markSubmitted(accepted, firstCheck);
            if (!submitted.isEmpty()) {
                history.add(claim.orderId(), vendorName, "Submitted to " + vendorName + " as "
                        + claim.customerOrderId() + " (" + answer.status() + "): " + String.join(", ", submitted));
            }
            unknown.forEach(job -> jobs.markUnknown(job, unknownNote));
            if (problems.isEmpty()) {
                progress.afterSubmission(claim.orderId(), connector.profile());
            }
        });
        if (!submitted.isEmpty()) {
            log.info("Order {} submitted to {} ({}): {}", claim.orderId(), vendorName, answer.status(), submitted);
        }
        if (!problems.isEmpty()) {
            throw new OrderProblemException(claim.orderId(), vendorName, String.join("; ", problems));
        }
    }

    VendorConnector connector(String vendor) {
        VendorConnector connector = connectors.get(vendor);
        if (connector == null) {
            throw new IllegalStateException("no vendor connector '" + vendor + "'");
        }
        return connector;
    }
}
