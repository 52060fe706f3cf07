package io.printrelay.fulfilment;

import io.printrelay.mapping.VendorProfile;
import io.printrelay.order.Folder;
import io.printrelay.order.Order;
import io.printrelay.order.OrderStore;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Moves an order between folders as its vendor jobs advance, whatever the vendor: to After Import when every
 * part of it is at its vendors, to After Shipment when everything has shipped, to Canceled when every job was.
 */
@Component
public class FulfilmentProgress {

    private final OrderStore store;
    private final FulfilmentStore fulfilment;

    public FulfilmentProgress(OrderStore store, FulfilmentStore fulfilment) {
        this.store = store;
        this.fulfilment = fulfilment;
    }

    public void afterSubmission(long orderId, VendorProfile vendor) {
        List<VendorJob> jobs = live(fulfilment.jobs(orderId));
        if (!jobs.isEmpty() && jobs.stream().allMatch(job -> job.state().isAtVendor()) && isIn(orderId, Folder.NEW,
                Folder.ERRORS, Folder.PREPARED)) {
            store.moveToFolder(orderId, store.ensureFolder(vendor.afterImportFolder()), vendor.displayName(),
                    "every item is at its vendor");
        }
    }

    public void afterShipment(long orderId, VendorProfile vendor, VendorJob shipped) {
        List<VendorJob> jobs = live(fulfilment.jobs(orderId));
        long done = jobs.stream().filter(job -> job.state() == JobState.SHIPPED).count();
        if (done == jobs.size()) {
            store.moveToFolder(orderId, store.ensureFolder(vendor.afterShipmentFolder()), vendor.displayName(),
                    "all " + done + " jobs shipped");
        } else {
            store.addHistory(orderId, vendor.displayName(), "Partially shipped: " + done + " of " + jobs.size()
                    + " jobs shipped (latest " + shipped.jobName() + ")");
        }
    }

    public void afterVendorCancel(long orderId, VendorProfile vendor) {
        List<VendorJob> jobs = fulfilment.jobs(orderId);
        if (!jobs.isEmpty() && jobs.stream().allMatch(job -> job.state() == JobState.CANCELED)) {
            store.moveToFolder(orderId, store.ensureFolder(Folder.CANCELED), vendor.displayName(),
                    "every job was canceled at the vendor");
        }
    }

    private static List<VendorJob> live(List<VendorJob> jobs) {
        return jobs.stream().filter(job -> job.state() != JobState.CANCELED).toList();
    }

    private boolean isIn(long orderId, String... folderNames) {
        Order order = store.requireOrder(orderId, false);
        for (String name : folderNames) {
            if (store.folderByName(name).map(f -> f.id() == order.getFolderId()).orElse(false)) {
                return true;
            }
        }
        return false;
    }
}
