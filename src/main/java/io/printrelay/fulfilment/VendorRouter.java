package io.printrelay.fulfilment;

import io.printrelay.mapping.MappedItem;
import io.printrelay.mapping.MappedOrder;
import io.printrelay.mapping.MappingProcessor;
import io.printrelay.mapping.VendorChoice;
import io.printrelay.order.Folder;
import io.printrelay.order.FolderStore;
import io.printrelay.order.HistoryStore;
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
    private final HistoryStore history;
    private final VendorChoice choice;
    private final MappingProcessor mapping;
    private final FulfilmentStore fulfilment;
    private final Map<String, VendorConnector> connectors = new LinkedHashMap<>();

    public VendorRouter(OrderStore store, FolderStore folders, HistoryStore history, VendorChoice choice,
                        MappingProcessor mapping, FulfilmentStore fulfilment, List<VendorConnector> connectors) {
        this.store = store;
        this.folders = folders;
        this.history = history;
        this.choice = choice;
        this.mapping = mapping;
        this.fulfilment = fulfilment;
        connectors.forEach(c -> this.connectors.put(c.profile().id(), c));
    }

    public List<VendorSubmission> plan(long orderId) {
        Order order = store.requireOrder(orderId, false);
        if (isIn(order, Folder.CANCELED)) {
            return List.of();
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
                        + " a code rule (printrelay.routing.code-rules), product_uuid (4over) or print_sku (POV)");
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
        if (!skipped.isEmpty()) {
            history.add(orderId, SOURCE, "Not sent to any vendor (Product Code Skip): " + String.join(", ", skipped));
        }
        if (jobsByVendor.isEmpty()) {
            store.moveToFolder(orderId, folders.ensureFolder(Folder.PREPARED), SOURCE, "nothing to send to a vendor");
            return List.of();
        }
        List<VendorSubmission> submissions = new ArrayList<>();
        jobsByVendor.forEach((vendor, jobs) -> {
            fulfilment.plan(orderId, vendor, jobs);
            submissions.add(new VendorSubmission(orderId, vendor));
        });
        List<String> unknown = fulfilment.jobs(orderId).stream().filter(job -> job.state() == JobState.UNKNOWN)
                .map(this::unknownOutcomeAdvice).distinct().toList();
        if (!unknown.isEmpty()) {
            // never re-send blindly: a person must say whether the vendor has these jobs
            throw new OrderProblemException(orderId, SOURCE, "outcome unknown: " + String.join("; ", unknown));
        }
        return submissions;
    }

    /** The vendors an order has jobs at: what canceling it must reach. */
    public List<VendorSubmission> partsOf(long orderId) {
        return fulfilment.jobs(orderId).stream().map(VendorJob::vendor).distinct()
                .map(vendor -> new VendorSubmission(orderId, vendor)).toList();
    }

    /** A vendor the routes do not know how to reach: the integrator added a vendor but not its route. */
    public void noRouteFor(VendorSubmission submission) {
        throw new OrderProblemException(submission.orderId(), SOURCE,
                "No route sends orders to vendor '" + submission.vendor() + "': add it to the choice in"
                        + " routes/order-intake.camel.yaml");
    }

    /** An item no vendor takes but whose code a vendor's Product Code Skip names is left out, not an error. */
    private boolean skippedByAnyVendor(OrderItem item) {
        return connectors.values().stream().anyMatch(c -> c.profile().enabled()
                && c.profile().productSettings().skips(item.getCode()));
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
