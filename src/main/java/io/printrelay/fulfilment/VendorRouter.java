package io.printrelay.fulfilment;

import io.printrelay.mapping.MappedItem;
import io.printrelay.mapping.MappedOrder;
import io.printrelay.mapping.MappingProcessor;
import io.printrelay.mapping.VendorChoice;
import io.printrelay.order.Folder;
import io.printrelay.order.FolderStore;
import io.printrelay.order.Order;
import io.printrelay.order.OrderItem;
import io.printrelay.order.OrderStore;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Splits an order into one submission per vendor: chooses each item's vendor, leaves out Product Code Skip items,
 * maps every item and records the jobs to send. Any problem (no vendor, missing print details, a value the vendor
 * cannot take) stops the whole order before anything is sent, with one note naming every order, item and field
 * at fault.
 */
@Component("vendorRouter")
public class VendorRouter {

    static final String SOURCE = "PrintRelay";

    private final OrderStore store;
    private final FolderStore folders;
    private final VendorChoice choice;
    private final MappingProcessor mapping;
    private final FulfilmentStore fulfilment;
    private final Map<String, VendorConnector> connectors = new LinkedHashMap<>();

    public VendorRouter(OrderStore store, FolderStore folders, VendorChoice choice,
                        MappingProcessor mapping, FulfilmentStore fulfilment, List<VendorConnector> connectors) {
        this.store = store;
        this.folders = folders;
        this.choice = choice;
        this.mapping = mapping;
        this.fulfilment = fulfilment;
        connectors.forEach(c -> this.connectors.put(c.profile().id(), c));
    }

    /**
     * Chooses each item's vendor, leaves out Product Code Skip items, maps every item and names the jobs it becomes.
     * Writes nothing: recording the plan is the next step of the route ({@code fulfilment.recordPlan}).
     */
    public FulfilmentPlan plan(long orderId) {
        Order order = store.requireOrder(orderId, false);
        if (isIn(order, Folder.CANCELED)) {
            return FulfilmentPlan.canceled(orderId);
        }
        Map<String, List<OrderItem>> itemsByVendor = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (OrderItem item : order.getOrderItems()) {
            Optional<String> vendor = choice.vendorFor(item);
            VendorConnector connector = vendor.map(connectors::get).orElse(null);
            if (vendor.isEmpty() && skippedByAnyVendor(item)) {
                skipped.add(item.getCode());
            } else if (vendor.isEmpty()) {
                problems.add(MappingProcessor.describe(order, item) + ": no vendor: set item metadata 'vendor',"
                        + " a code rule (printrelay.routing.code-rules)" + claimingFieldsHint());
            } else if (connector == null) {
                problems.add(MappingProcessor.describe(order, item) + ": no vendor named '" + vendor.get() + "'");
            } else if (!connector.profile().enabled()) {
                problems.add(MappingProcessor.describe(order, item) + ": " + connector.profile().displayName()
                        + " is not enabled (printrelay.vendors." + vendor.get() + ".enabled)");
            } else if (connector.profile().productSettings().skips(item.getCode())) {
                skipped.add(item.getCode());
            } else {
                itemsByVendor.computeIfAbsent(vendor.get(), v -> new ArrayList<>()).add(item);
            }
        }
        Map<String, List<PlannedJob>> jobsByVendor = new LinkedHashMap<>();
        for (Map.Entry<String, List<OrderItem>> part : itemsByVendor.entrySet()) {
            VendorConnector connector = connectors.get(part.getKey());
            MappedOrder mapped = mapping.map(order, connector.profile(), part.getValue());
            List<PlannedJob> jobs = new ArrayList<>();
            if (!mapped.items().stream().allMatch(connector::placedByHand)) {
                problems.addAll(mapped.orderProblems());
            }
            for (MappedItem item : mapped.items()) {
                if (!connector.placedByHand(item)) {
                    problems.addAll(item.problems());
                }
                jobs.addAll(connector.jobsFor(order, item));
            }
            jobsByVendor.put(part.getKey(), jobs);
        }
        if (!problems.isEmpty()) {
            throw new OrderProblemException(orderId, SOURCE, String.join("; ", problems));
        }
        return new FulfilmentPlan(orderId, jobsByVendor, skipped, false);
    }

    /** Jobs whose outcome is unknown, each with what an operator does about it (empty: none). */
    public List<String> unknownOutcomes(long orderId) {
        return fulfilment.jobs(orderId).stream().filter(job -> job.state() == JobState.UNKNOWN)
                .map(this::unknownOutcomeAdvice).distinct().toList();
    }

    /** The vendors an order has jobs at: what canceling it must reach. */
    public List<VendorSubmission> partsOf(long orderId) {
        return fulfilment.jobs(orderId).stream().map(VendorJob::vendor).distinct()
                .map(vendor -> new VendorSubmission(orderId, vendor)).toList();
    }

    /** An item no vendor takes but whose code a vendor's Product Code Skip names is left out, not an error. */
    private boolean skippedByAnyVendor(OrderItem item) {
        return connectors.values().stream().anyMatch(c -> c.profile().enabled()
                && c.profile().productSettings().skips(item.getCode()));
    }

    /** ", product_uuid or fourover_job_id (4over) or print_sku (POV)": what each enabled vendor recognises. */
    private String claimingFieldsHint() {
        List<String> hints = connectors.values().stream().filter(c -> c.profile().enabled()
                        && !c.profile().claimingFields().isEmpty())
                .map(c -> String.join(" or ", c.profile().claimingFields()) + " (" + c.profile().displayName() + ")")
                .toList();
        return hints.isEmpty() ? "" : ", " + String.join(" or ", hints);
    }

    private String unknownOutcomeAdvice(VendorJob job) {
        VendorConnector connector = connectors.get(job.vendor());
        return connector == null ? "check job " + job.jobName() + " on " + job.vendor()
                : connector.unknownOutcomeAdvice(job);
    }

    /** The name people use for a vendor id ("fourover" → "4over"). */
    public String displayName(String vendor) {
        VendorConnector connector = connectors.get(vendor);
        return connector == null ? vendor : connector.profile().displayName();
    }

    private boolean isIn(Order order, String folderName) {
        return folders.byName(folderName).map(f -> f.id() == order.getFolderId()).orElse(false);
    }
}
