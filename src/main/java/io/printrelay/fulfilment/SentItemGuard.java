package io.printrelay.fulfilment;

import io.printrelay.mapping.MappingProcessor;
import io.printrelay.order.Folder;
import io.printrelay.order.FolderStore;
import io.printrelay.order.Order;
import io.printrelay.order.OrderItem;
import io.printrelay.order.OrderStore;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Says why an edit of an order may not be made: what a vendor has, or may have, must not change or vanish behind
 * its back. An item with a job SENDING, SUBMITTED, SHIPPED or of UNKNOWN outcome keeps what would be printed
 * (code, quantity, metadata, variation_list); its name, price, the order's address, notes and checkout data may
 * change. In Errors or Canceled an order may be corrected freely: that is where a person fixes it. An order with
 * open jobs is not deleted: they would go on at the vendor with nothing tracking them.
 */
@Component
public class SentItemGuard {

    private static final Set<JobState> MAY_BE_AT_VENDOR = EnumSet.of(JobState.SENDING, JobState.SUBMITTED,
            JobState.SHIPPED, JobState.UNKNOWN);
    private static final Set<JobState> OPEN = EnumSet.of(JobState.SENDING, JobState.SUBMITTED, JobState.UNKNOWN);

    private final OrderStore store;
    private final FolderStore folders;
    private final FulfilmentStore fulfilment;
    private final VendorRouter router;

    public SentItemGuard(OrderStore store, FolderStore folders, FulfilmentStore fulfilment, VendorRouter router) {
        this.store = store;
        this.folders = folders;
        this.fulfilment = fulfilment;
        this.router = router;
    }

    /** {@code PUT /orders/{id}}; the wanted items carry the ids {@code ItemIdentity} gave them. */
    public Optional<String> refusalToReplace(Order current, List<OrderItem> wanted) {
        if (correctable(current.getFolderId())) {
            return Optional.empty();
        }
        Map<Long, List<VendorJob>> sent = sentJobsByItem(current.getId());
        List<String> refusals = new ArrayList<>();
        for (OrderItem item : current.getOrderItems()) {
            List<VendorJob> jobs = sent.get(item.getId());
            if (jobs != null) {
                Optional<OrderItem> kept = wanted.stream().filter(w -> item.getId().equals(w.getId())).findFirst();
                refusal(current, item, kept, jobs).ifPresent(refusals::add);
            }
        }
        return refusals.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", refusals));
    }

    /** {@code PUT /orders/{id}/order-items/{item_id}}. */
    public Optional<String> refusalToReplaceItem(long orderId, OrderItem current, OrderItem wanted) {
        return refusalForItem(orderId, current, Optional.of(wanted));
    }

    /** {@code DELETE /orders/{id}/order-items/{item_id}}. */
    public Optional<String> refusalToRemoveItem(long orderId, OrderItem current) {
        return refusalForItem(orderId, current, Optional.empty());
    }

    /** {@code DELETE /orders/{id}}: refused while a vendor has (or may have) an unfinished job of it. */
    public Optional<String> refusalToDelete(long orderId) {
        List<VendorJob> open = fulfilment.jobs(orderId).stream().filter(job -> OPEN.contains(job.state())).toList();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Order " + orderId + " has open vendor jobs: " + describe(open) + "; cancel them first"
                + " (move the order to Canceled); a job its vendor can no longer cancel stays open until it ships");
    }

    private Optional<String> refusalForItem(long orderId, OrderItem current, Optional<OrderItem> wanted) {
        Order order = store.requireOrder(orderId, false);
        if (correctable(order.getFolderId())) {
            return Optional.empty();
        }
        List<VendorJob> jobs = sentJobsByItem(orderId).get(current.getId());
        return jobs == null ? Optional.empty() : refusal(order, current, wanted, jobs);
    }

    private Optional<String> refusal(Order order, OrderItem current, Optional<OrderItem> wanted,
                                     List<VendorJob> jobs) {
        String cancel = "cancel it first (POST /orders/" + order.getId() + "/order-items/" + current.getId()
                + "/cancel)";
        String refusal;
        if (wanted.isEmpty()) {
            refusal = "it cannot be removed; " + cancel;
        } else {
            List<String> changed = printChanges(current, wanted.get());
            if (changed.isEmpty()) {
                return Optional.empty();
            }
            refusal = "it cannot change its " + String.join(", ", changed) + "; " + cancel
                    + " and add the corrected item as a new one";
        }
        return Optional.of(MappingProcessor.describe(order, current) + " is at its vendor (" + describe(jobs) + "): "
                + refusal + ", or correct the order in the Errors folder");
    }

    /** What would be printed differently: the fields the mapping reads print details from. */
    private static List<String> printChanges(OrderItem current, OrderItem wanted) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(blankToNull(current.getCode()), blankToNull(wanted.getCode()))) {
            changed.add("code ('" + current.getCode() + "' to '" + wanted.getCode() + "')");
        }
        if (units(current) != units(wanted)) {
            changed.add("quantity (" + units(current) + " to " + units(wanted) + ")");
        }
        if (!current.getMetadata().equals(wanted.getMetadata())) {
            changed.add("metadata");
        }
        if (!current.getVariationList().equals(wanted.getVariationList())) {
            changed.add("variation_list");
        }
        return changed;
    }

    private Map<Long, List<VendorJob>> sentJobsByItem(long orderId) {
        return fulfilment.jobs(orderId).stream().filter(job -> MAY_BE_AT_VENDOR.contains(job.state()))
                .collect(Collectors.groupingBy(VendorJob::itemId));
    }

    private boolean correctable(Long folderId) {
        return folderId != null && folders.byId(folderId).map(Folder::name)
                .filter(name -> name.equals(Folder.ERRORS) || name.equals(Folder.CANCELED)).isPresent();
    }

    private String describe(List<VendorJob> jobs) {
        return jobs.stream().map(job -> router.displayName(job.vendor()) + " job " + job.jobName()
                + (job.vendorJobId() == null ? "" : " (" + router.displayName(job.vendor()) + " id "
                + job.vendorJobId() + ")") + " " + job.state()).collect(Collectors.joining(", "));
    }

    private static int units(OrderItem item) {
        return item.getQuantity() == null ? 1 : item.getQuantity();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
