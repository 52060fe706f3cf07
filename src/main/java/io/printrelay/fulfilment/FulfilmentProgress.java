package io.printrelay.fulfilment;

import io.printrelay.mapping.VendorProfile;
import io.printrelay.order.Folder;
import io.printrelay.order.FolderStore;
import io.printrelay.order.HistoryStore;
import io.printrelay.order.OrderNotFoundException;
import io.printrelay.order.OrderStore;
import io.printrelay.order.Shipment;
import io.printrelay.order.ShipmentStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

/**
 * Moves an order between folders as its vendor jobs advance, whatever the vendor: to After Import when every
 * part of it is at its vendors, to After Shipment when everything has shipped, to Canceled when every job was.
 * What a vendor's poll found (jobs shipped, collected or canceled) is recorded in one transaction with the move it
 * leads to: a node killed between the two would leave the jobs finished and the order where it was for good, since
 * the next poll asks only about jobs still open (seen by .ci/cluster-check: an order left in Submitted).
 */
@Component
public class FulfilmentProgress {

    private static final Logger log = LoggerFactory.getLogger(FulfilmentProgress.class);

    private final OrderStore store;
    private final FolderStore folders;
    private final HistoryStore history;
    private final ShipmentStore shipmentStore;
    private final FulfilmentStore fulfilment;
    private final TransactionTemplate tx;
    private final String fromFolder;

    public FulfilmentProgress(OrderStore store, FolderStore folders, HistoryStore history,
                              ShipmentStore shipmentStore, FulfilmentStore fulfilment, TransactionTemplate tx,
                              FulfilmentProperties settings) {
        this.store = store;
        this.tx = tx;
        this.folders = folders;
        this.history = history;
        this.shipmentStore = shipmentStore;
        this.fulfilment = fulfilment;
        this.fromFolder = settings.fromFolder();
    }

    /**
     * Only from the folders an order is sent from (or retried from): an order someone moved elsewhere meanwhile
     * (Canceled, a hold folder of their own) stays where they put it.
     */
    public void afterSubmission(long orderId, VendorProfile vendor) {
        List<VendorJob> jobs = live(fulfilment.jobs(orderId));
        if (!jobs.isEmpty() && jobs.stream().allMatch(job -> job.state().isAtVendor()) && isIn(orderId, fromFolder,
                Folder.NEW, Folder.ERRORS, Folder.PREPARED)) {
            store.moveToFolder(orderId, folders.ensureFolder(vendor.afterImportFolder()), vendor.displayName(),
                    "every item is at its vendor");
        }
    }

    /**
     * A vendor shipped these jobs (of one order): their shipments are recorded (once per tracking number, each
     * queued for the tracking loop), the jobs marked shipped, and the order moves on when nothing is left to ship.
     * Polling the same shipment again changes nothing. All of it or none of it: one transaction.
     */
    public void shipped(List<VendorJob> jobs, List<Shipment> shipments, VendorProfile vendor, String note) {
        tx.executeWithoutResult(status -> recordShipped(jobs, shipments, vendor, note));
    }

    private void recordShipped(List<VendorJob> jobs, List<Shipment> shipments, VendorProfile vendor, String note) {
        VendorJob first = jobs.get(0);
        shipments.forEach(shipment -> shipmentStore.add(first.orderId(), shipment));
        boolean shippedNow = false;
        for (VendorJob job : jobs) {
            shippedNow |= fulfilment.markShipped(job, shipments.get(0).getTrackingNumber());
        }
        if (shippedNow) {
            history.add(first.orderId(), vendor.displayName(), note);
            log.info("Order {}: {}", first.orderId(), note);
            afterShipment(first.orderId(), vendor, first);
        }
    }

    /**
     * A vendor finished these jobs without a parcel (collected at its counter): there is no shipment to record or
     * return, but the jobs are done (SHIPPED, without a tracking number) and the order moves on as for a shipment.
     * Polling the same status again changes nothing. All of it or none of it: one transaction.
     */
    public void collected(List<VendorJob> jobs, VendorProfile vendor, String note) {
        tx.executeWithoutResult(status -> recordCollected(jobs, vendor, note));
    }

    private void recordCollected(List<VendorJob> jobs, VendorProfile vendor, String note) {
        boolean collectedNow = false;
        for (VendorJob job : jobs) {
            collectedNow |= fulfilment.markShipped(job, null);
        }
        if (collectedNow) {
            VendorJob first = jobs.get(0);
            history.add(first.orderId(), vendor.displayName(), note);
            log.info("Order {}: {}", first.orderId(), note);
            afterShipment(first.orderId(), vendor, first);
        }
    }

    public void afterShipment(long orderId, VendorProfile vendor, VendorJob shipped) {
        List<VendorJob> jobs = live(fulfilment.jobs(orderId));
        long done = jobs.stream().filter(job -> job.state() == JobState.SHIPPED).count();
        if (done == jobs.size()) {
            store.moveToFolder(orderId, folders.ensureFolder(vendor.afterShipmentFolder()), vendor.displayName(),
                    "all " + done + " jobs shipped");
        } else {
            history.add(orderId, vendor.displayName(), "Partially shipped: " + done + " of " + jobs.size()
                    + " jobs shipped (latest " + shipped.jobName() + ")");
        }
    }

    /**
     * The vendor canceled these jobs (of one order) by itself: they are marked canceled with a note, and the order
     * moves to Canceled once every job of it is. One transaction.
     */
    public void canceledAtVendor(List<VendorJob> jobs, VendorProfile vendor, String reason, String note) {
        tx.executeWithoutResult(status -> {
            jobs.forEach(job -> fulfilment.markCanceled(job, reason));
            history.add(jobs.get(0).orderId(), vendor.displayName(), note);
            afterVendorCancel(jobs.get(0).orderId(), vendor);
        });
    }

    public void afterVendorCancel(long orderId, VendorProfile vendor) {
        List<VendorJob> jobs = fulfilment.jobs(orderId);
        if (!jobs.isEmpty() && jobs.stream().allMatch(job -> job.state() == JobState.CANCELED)) {
            store.moveToFolder(orderId, folders.ensureFolder(Folder.CANCELED), vendor.displayName(),
                    "every job was canceled at the vendor");
        }
    }

    private static List<VendorJob> live(List<VendorJob> jobs) {
        return jobs.stream().filter(job -> job.state() != JobState.CANCELED).toList();
    }

    private boolean isIn(long orderId, String... folderNames) {
        long folderId = store.folderIdOf(orderId).orElseThrow(() -> OrderNotFoundException.order(orderId));
        for (String name : folderNames) {
            if (folders.byName(name).map(f -> f.id() == folderId).orElse(false)) {
                return true;
            }
        }
        return false;
    }
}
