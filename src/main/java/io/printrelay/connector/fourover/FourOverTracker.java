package io.printrelay.connector.fourover;

import com.fasterxml.jackson.databind.JsonNode;
import io.printrelay.fulfilment.FulfilmentProgress;
import io.printrelay.fulfilment.FulfilmentStore;
import io.printrelay.fulfilment.VendorHttp;
import io.printrelay.fulfilment.VendorJob;
import io.printrelay.order.HistoryStore;
import io.printrelay.order.OrderStore;
import io.printrelay.order.Shipment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * One status poll of one 4over job. 4over lists a job's statuses newest first; we go by the status name (several
 * names share a uuid). {@code Complete: …} fetches the tracking and records the shipment, except
 * {@code Complete: Picked Up}, which has no tracking and finishes the job without one; {@code Canceled} cancels the
 * job here too, {@code On Hold: …} is written to history once per change.
 */
@Component("fourOverTracker")
public class FourOverTracker {

    private static final Logger log = LoggerFactory.getLogger(FourOverTracker.class);

    /** Collected at 4over's facility: complete, but 4over will never have a tracking number for it. */
    static final String PICKED_UP = "Complete: Picked Up";

    private final FourOverClient client;
    private final FulfilmentStore fulfilment;
    private final FulfilmentProgress progress;
    private final OrderStore store;
    private final HistoryStore history;
    private final FourOverProfile profile;

    public FourOverTracker(FourOverClient client, FulfilmentStore fulfilment, FulfilmentProgress progress,
                           OrderStore store, HistoryStore history, FourOverProfile profile) {
        this.client = client;
        this.fulfilment = fulfilment;
        this.progress = progress;
        this.store = store;
        this.history = history;
        this.profile = profile;
    }

    /** The jobs to ask 4over about: every accepted job not yet shipped or canceled. */
    public List<VendorJob> openJobs() {
        return fulfilment.openJobs(FourOverProfile.ID);
    }

    public void refresh(VendorJob job) {
        VendorHttp.Response response = client.status(job.vendorJobId());
        if (response.status() == 404) {
            if (fulfilment.updateVendorStatus(job, "Not found at 4over")) {
                history.add(job.orderId(), FourOverClient.VENDOR, "4over does not know job " + job.vendorJobId()
                        + " (" + job.jobName() + "): check the job id");
            }
            return;
        }
        if (!response.isSuccess()) {
            log.warn("4over status of job {} answered HTTP {}: {}", job.vendorJobId(), response.status(),
                    FourOverClient.abbreviate(response.body()));
            return;
        }
        JsonNode latest = client.json(response).path("entities").path(0);
        String status = latest.path("status").asText("");
        if (status.isBlank()) {
            return;
        }
        boolean changed = fulfilment.updateVendorStatus(job, status);
        if (status.equalsIgnoreCase(PICKED_UP)) {
            progress.collected(List.of(job), profile, "4over job " + job.vendorJobId() + " (" + job.jobName() + ") "
                    + status + ": collected, no tracking number");
        } else if (status.startsWith("Complete")) {
            ship(job, status);
        } else if (status.startsWith("Cancel")) {
            fulfilment.markCanceled(job, "canceled at 4over");
            history.add(job.orderId(), FourOverClient.VENDOR, "4over canceled job " + job.vendorJobId() + " ("
                    + job.jobName() + ")");
            progress.afterVendorCancel(job.orderId(), profile);
        } else if (changed && status.startsWith("On Hold")) {
            history.add(job.orderId(), FourOverClient.VENDOR, "4over job " + job.vendorJobId() + " ("
                    + job.jobName() + "): " + status);
        } else if (changed) {
            log.debug("4over job {} is now {}", job.vendorJobId(), status);
        }
    }

    private void ship(VendorJob job, String status) {
        String tracking = client.json(client.tracking(job.vendorJobId())).path("tracking").asText("").trim();
        if (tracking.isEmpty()) {
            return; // 4over says complete before the carrier number is in: the next poll picks it up
        }
        String method = store.findOrder(job.orderId(), false)
                .map(order -> profile.shippingClassMatch().mailClassFor(order.getShippingMethod())).orElse("");
        progress.shipped(List.of(job), List.of(new Shipment(tracking, carrierOf(tracking), method,
                trackingUrl(tracking))), profile, "4over job " + job.vendorJobId() + " (" + job.jobName() + ") "
                + status + ", tracking " + tracking);
    }

    static String carrierOf(String tracking) {
        return tracking.startsWith("1Z") ? "UPS" : tracking.matches("\\d{12}|\\d{15}") ? "FedEx" : "4over";
    }

    static String trackingUrl(String tracking) {
        return tracking.startsWith("1Z") ? "https://www.ups.com/track?tracknum=" + tracking : "";
    }
}
