package io.printrelay.fulfilment;

import io.printrelay.mapping.MappedOrder;
import io.printrelay.mapping.MappingProcessor;
import io.printrelay.order.HistoryStore;
import io.printrelay.order.Order;
import io.printrelay.order.OrderItem;
import io.printrelay.order.OrderStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sends an order's part to a vendor once, whatever the vendor. The jobs are claimed (recorded as SENDING) before
 * the request leaves; the answer decides each job: accepted jobs keep the vendor's id and are never sent again,
 * refused ones put the order in Errors with the vendor's message, and a request without an answer is never
 * re-sent blindly (unless the vendor confirms it got it).
 */
@Component
public class SubmissionRunner {

    private static final Logger log = LoggerFactory.getLogger(SubmissionRunner.class);

    private final OrderStore store;
    private final HistoryStore history;
    private final FulfilmentStore fulfilment;
    private final FulfilmentProgress progress;
    private final MappingProcessor mapping;

    public SubmissionRunner(OrderStore store, HistoryStore history, FulfilmentStore fulfilment,
                            FulfilmentProgress progress, MappingProcessor mapping) {
        this.store = store;
        this.history = history;
        this.fulfilment = fulfilment;
        this.progress = progress;
        this.mapping = mapping;
    }

    public void submit(VendorSubmission submission, VendorGateway vendor) {
        long orderId = submission.orderId();
        String vendorName = vendor.profile().displayName();
        List<VendorJob> claimed = fulfilment.claim(orderId, vendor.profile().id());
        if (claimed.isEmpty()) {
            progress.afterSubmission(orderId, vendor.profile());
            return;
        }
        Order order = store.requireOrder(orderId, false);
        Set<Long> itemIds = claimed.stream().map(VendorJob::itemId).collect(Collectors.toSet());
        List<OrderItem> items = order.getOrderItems().stream().filter(i -> itemIds.contains(i.getId())).toList();
        MappedOrder mapped = mapping.map(order, vendor.profile(), items);
        if (!mapped.problems().isEmpty() || items.size() != itemIds.size()) {
            fulfilment.release(claimed, "order changed before it was sent");
            throw new OrderProblemException(orderId, "PrintRelay", mapped.problems().isEmpty()
                    ? "an item of the order was removed after its " + vendorName + " jobs were planned: retry the order"
                    : String.join("; ", mapped.problems()));
        }
        String customerOrderId = vendor.customerOrderId(orderId);
        String body;
        try {
            body = vendor.requestBody(mapped, claimed);
        } catch (RuntimeException e) {
            // nothing has left: free the jobs, or they would sit SENDING until flagged "outcome unknown"
            fulfilment.release(claimed, "the request could not be built");
            throw new OrderProblemException(orderId, "PrintRelay", "the " + vendorName + " request for order "
                    + customerOrderId + " could not be built, nothing was sent (" + e.getMessage() + "): fix the"
                    + " order and retry");
        }
        VendorHttp.Response response;
        try {
            response = vendor.send(body);
        } catch (VendorUnavailableException e) {
            fulfilment.release(claimed, e.getMessage());
            throw e;
        } catch (OutcomeUnknownException e) {
            Optional<SubmissionAnswer> confirmed = confirmQuietly(vendor, customerOrderId, claimed);
            if (confirmed.isPresent()) {
                record(orderId, customerOrderId, claimed, confirmed.get(), vendor);
                return;
            }
            String note = "outcome unknown: check job " + names(claimed) + " on " + vendorName + " ("
                    + e.getMessage() + ")";
            claimed.forEach(job -> fulfilment.markUnknown(job, note));
            throw new OrderProblemException(orderId, vendorName, note);
        }
        if (!vendor.accepted(response)) {
            String note = vendor.refusal(response, customerOrderId);
            claimed.forEach(job -> fulfilment.markFailed(job, note));
            throw new OrderProblemException(orderId, vendorName, note);
        }
        SubmissionAnswer answer;
        try {
            answer = vendor.read(response, claimed);
        } catch (RuntimeException unreadable) {
            // the vendor took the request but its answer cannot be read: it may well have the jobs
            String note = "outcome unknown: check job " + names(claimed) + " on " + vendorName + " (its answer"
                    + " could not be read: " + unreadable.getMessage() + ")";
            claimed.forEach(job -> fulfilment.markUnknown(job, note));
            throw new OrderProblemException(orderId, vendorName, note);
        }
        record(orderId, customerOrderId, claimed, answer, vendor);
    }

    private Optional<SubmissionAnswer> confirmQuietly(VendorGateway vendor, String customerOrderId,
                                                      List<VendorJob> jobs) {
        try {
            return vendor.confirm(customerOrderId, jobs);
        } catch (RuntimeException e) {
            log.warn("{} could not confirm order {}: {}", vendor.profile().displayName(), customerOrderId,
                    e.getMessage());
            return Optional.empty();
        }
    }

    private void record(long orderId, String customerOrderId, List<VendorJob> claimed, SubmissionAnswer answer,
                        VendorGateway vendor) {
        String vendorName = vendor.profile().displayName();
        List<String> submitted = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<VendorJob> unknown = new ArrayList<>();
        for (VendorJob job : claimed) {
            String vendorJobId = answer.accepted().get(job.jobName());
            String failure = answer.failures().get(job.jobName());
            if (vendorJobId != null) {
                fulfilment.markSubmitted(job, vendorJobId);
                submitted.add(job.jobName() + " → " + vendorJobId);
            } else if (failure != null) {
                fulfilment.markFailed(job, failure);
                problems.add(vendorName + " refused job " + job.jobName() + ": " + failure);
            } else {
                unknown.add(job);
            }
        }
        if (!submitted.isEmpty()) {
            history.add(orderId, vendorName, "Submitted to " + vendorName + " as " + customerOrderId + " ("
                    + answer.status() + "): " + String.join(", ", submitted));
            log.info("Order {} submitted to {} ({}): {}", orderId, vendorName, answer.status(), submitted);
        }
        if (!unknown.isEmpty()) {
            String note = "outcome unknown: check job " + names(unknown) + " on " + vendorName + " (not in its answer)";
            unknown.forEach(job -> fulfilment.markUnknown(job, note));
            problems.add(note);
        }
        if (!problems.isEmpty()) {
            throw new OrderProblemException(orderId, vendorName, String.join("; ", problems));
        }
        progress.afterSubmission(orderId, vendor.profile());
    }

    private static String names(List<VendorJob> jobs) {
        return jobs.stream().map(VendorJob::jobName).collect(Collectors.joining(", "));
    }
}
