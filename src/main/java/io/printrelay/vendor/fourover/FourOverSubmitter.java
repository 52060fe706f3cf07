package io.printrelay.vendor.fourover;

import io.printrelay.fulfilment.FulfilmentProgress;
import io.printrelay.fulfilment.FulfilmentStore;
import io.printrelay.fulfilment.OrderProblemException;
import io.printrelay.fulfilment.OutcomeUnknownException;
import io.printrelay.fulfilment.VendorHttp;
import io.printrelay.fulfilment.VendorJob;
import io.printrelay.fulfilment.VendorSubmission;
import io.printrelay.fulfilment.VendorUnavailableException;
import io.printrelay.mapping.MappedOrder;
import io.printrelay.mapping.MappingProcessor;
import io.printrelay.order.Order;
import io.printrelay.order.OrderItem;
import io.printrelay.order.OrderStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sends an order's 4over part once. The jobs are claimed (recorded as SENDING) before the request leaves; what
 * 4over answers decides each job: accepted jobs keep their 4over id and are never sent again, refused ones go to
 * Errors with 4over's message, and a request with no answer is never re-sent blindly.
 */
@Component("fourOverSubmitter")
public class FourOverSubmitter {

    private static final Logger log = LoggerFactory.getLogger(FourOverSubmitter.class);

    private final OrderStore store;
    private final FulfilmentStore fulfilment;
    private final FulfilmentProgress progress;
    private final MappingProcessor mapping;
    private final FourOverProfile profile;
    private final FourOverOrderBuilder builder;
    private final FourOverClient client;

    public FourOverSubmitter(OrderStore store, FulfilmentStore fulfilment, FulfilmentProgress progress,
                             MappingProcessor mapping, FourOverProfile profile, FourOverOrderBuilder builder,
                             FourOverClient client) {
        this.store = store;
        this.fulfilment = fulfilment;
        this.progress = progress;
        this.mapping = mapping;
        this.profile = profile;
        this.builder = builder;
        this.client = client;
    }

    public void submit(VendorSubmission submission) {
        long orderId = submission.orderId();
        List<VendorJob> claimed = fulfilment.claim(orderId, FourOverProfile.ID);
        if (claimed.isEmpty()) {
            progress.afterSubmission(orderId, profile);
            return;
        }
        Order order = store.requireOrder(orderId, false);
        Set<Long> itemIds = claimed.stream().map(VendorJob::itemId).collect(Collectors.toSet());
        List<OrderItem> items = order.getOrderItems().stream().filter(i -> itemIds.contains(i.getId())).toList();
        MappedOrder mapped = mapping.map(order, profile, items);
        if (!mapped.problems().isEmpty() || items.size() != itemIds.size()) {
            fulfilment.release(claimed, "order changed before it was sent");
            throw new OrderProblemException(orderId, "PrintRelay", mapped.problems().isEmpty()
                    ? "an item of the order was removed after its 4over jobs were planned: retry the order"
                    : String.join("; ", mapped.problems()));
        }
        String body = builder.build(mapped, claimed).toString();
        String customerOrderId = builder.customerOrderId(orderId);
        VendorHttp.Response response;
        try {
            response = client.createOrder(body);
        } catch (VendorUnavailableException e) {
            fulfilment.release(claimed, e.getMessage());
            throw e;
        } catch (OutcomeUnknownException e) {
            String note = "outcome unknown: check job " + names(claimed) + " on 4over (" + e.getMessage() + ")";
            claimed.forEach(job -> fulfilment.markUnknown(job, note));
            throw new OrderProblemException(orderId, FourOverClient.VENDOR, note);
        }
        if (!response.isSuccess()) {
            refused(orderId, customerOrderId, claimed, response);
        }
        record(orderId, customerOrderId, claimed, FourOverOrderResponse.parse(client.json(response),
                claimed.stream().map(VendorJob::jobName).toList()));
    }

    private void refused(long orderId, String customerOrderId, List<VendorJob> claimed, VendorHttp.Response response) {
        String message = client.json(response).path("message").asText(FourOverClient.abbreviate(response.body()));
        String note = response.status() == 401 || response.status() == 403
                ? "4over refused the credentials (HTTP " + response.status() + ": " + message + "): check"
                + " printrelay.vendors.fourover.public-key and private-key"
                : "4over refused order " + customerOrderId + " (HTTP " + response.status() + "): " + message;
        claimed.forEach(job -> fulfilment.markFailed(job, note));
        throw new OrderProblemException(orderId, FourOverClient.VENDOR, note);
    }

    private void record(long orderId, String customerOrderId, List<VendorJob> claimed, FourOverOrderResponse answer) {
        List<String> submitted = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        List<VendorJob> unknown = new ArrayList<>();
        for (VendorJob job : claimed) {
            String jobId = answer.acceptedJobIds().get(job.jobName());
            String failure = answer.failures().get(job.jobName());
            if (jobId != null) {
                fulfilment.markSubmitted(job, jobId);
                submitted.add(job.jobName() + " → " + jobId);
            } else if (failure != null) {
                fulfilment.markFailed(job, failure);
                failed.add("4over refused job " + job.jobName() + ": " + failure);
            } else {
                unknown.add(job);
            }
        }
        if (!submitted.isEmpty()) {
            store.addHistory(orderId, FourOverClient.VENDOR, "Submitted to 4over as " + customerOrderId + " ("
                    + answer.orderStatus() + "): " + String.join(", ", submitted));
            log.info("Order {} submitted to 4over ({}): {}", orderId, answer.orderStatus(), submitted);
        }
        List<String> problems = new ArrayList<>(failed);
        if (!unknown.isEmpty()) {
            String note = "outcome unknown: check job " + names(unknown) + " on 4over (not in its answer)";
            unknown.forEach(job -> fulfilment.markUnknown(job, note));
            problems.add(note);
        }
        if (!problems.isEmpty()) {
            throw new OrderProblemException(orderId, FourOverClient.VENDOR, String.join("; ", problems));
        }
        progress.afterSubmission(orderId, profile);
    }

    private static String names(List<VendorJob> jobs) {
        return jobs.stream().map(VendorJob::jobName).collect(Collectors.joining(", "));
    }
}
