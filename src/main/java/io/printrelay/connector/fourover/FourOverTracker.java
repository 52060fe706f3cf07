package io.printrelay.connector.fourover;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;
import io.printrelay.fulfilment.FulfilmentProgress;
import io.printrelay.fulfilment.FulfilmentStore;
import io.printrelay.fulfilment.StatusChecks;
import io.printrelay.fulfilment.StatusPolls;
import io.printrelay.fulfilment.VendorUnavailableException;
import io.printrelay.fulfilment.VendorJob;
import io.printrelay.order.HistoryStore;
import io.printrelay.order.Shipment;
import io.printrelay.order.ShippingMethods;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 4over status poll's steps around its calls: which jobs are due (by age, {@link StatusPolls}), and what one
 * job's status means. 4over lists a job's statuses newest first; we go by the status name (several names share a
 * uuid). {@code Complete: …} fetches the tracking and records the shipment, except {@code Complete: Picked Up},
 * which has no tracking and finishes the job without one; {@code Canceled} cancels the job here too,
 * {@code On Hold: …} is written to history once per change. Packaging, Delivery Pending and a complete job still
 * without its tracking number ship soon: they are asked about again after the shortest wait.
 */
@Component("fourOverTracker")
public class FourOverTracker {

    private static final Logger log = LoggerFactory.getLogger(FourOverTracker.class);

    /** Collected at 4over's facility: complete, but 4over will never have a tracking number for it. */
    static final String PICKED_UP = "Complete: Picked Up";
    /** Exchange properties of the fourover-job-status route: the job polled, and its status once complete. */
    static final String JOB = "job";
    static final String COMPLETE = "completeStatus";
    /** The last steps before 4over ships (the docs' progression: … On Press → … → Packaging → Delivery Pending). */
    static final List<String> SHIPS_SOON = List.of("Packaging", "Delivery Pending", "Complete");

    private final ObjectMapper mapper;
    private final FulfilmentStore fulfilment;
    private final FulfilmentProgress progress;
    private final ShippingMethods shippingMethods;
    private final HistoryStore history;
    private final FourOverProfile profile;
    private final StatusPolls polls;

    public FourOverTracker(ObjectMapper mapper, FulfilmentStore fulfilment, FulfilmentProgress progress,
                           ShippingMethods shippingMethods, HistoryStore history, FourOverProfile profile,
                           StatusPolls polls) {
        this.mapper = mapper;
        this.fulfilment = fulfilment;
        this.polls = polls;
        this.progress = progress;
        this.shippingMethods = shippingMethods;
        this.history = history;
        this.profile = profile;
    }

    /**
     * The jobs to ask 4over about now: open jobs whose next check is due, the longest due first, at most
     * {@code status-checks.batch-size}; one list per order (the order of the longest due first). The route asks
     * about several orders at once but about one order's jobs one after the other: two of its jobs shipping at once
     * would record their shipments and move the order side by side (and HSQLDB refuses a shipment whose order row
     * another transaction is changing).
     */
    public List<List<VendorJob>> dueJobs() {
        Map<Long, List<VendorJob>> byOrder = new LinkedHashMap<>();
        for (VendorJob job : polls.takeDue(FourOverProfile.ID, checks())) {
            byOrder.computeIfAbsent(job.orderId(), order -> new ArrayList<>()).add(job);
        }
        return List.copyOf(byOrder.values());
    }

    /** The status poll's throttle: jobs asked about per second. */
    public int requestsPerSecond() {
        return checks().requestsPerSecond();
    }

    /**
     * Reads 4over's answer to {@code GET /orders/{job}/status} and does what the latest status says. Gives the status
     * when the job is complete and its tracking number is to be fetched next ({@code GET /orders/{job}/tracking}),
     * else "".
     */
    public String statusRead(@ExchangeProperty(JOB) VendorJob job,
                              @Header(Exchange.HTTP_RESPONSE_CODE) Integer code, String body) {
        if (code != null && code == 404) {
            if (fulfilment.updateVendorStatus(job, "Not found at 4over")) {
                history.add(job.orderId(), FourOverEndpoint.VENDOR, "4over does not know job " + job.vendorJobId()
                        + " (" + job.jobName() + "): check the job id");
            }
            return "";
        }
        if (code == null || code < 200 || code >= 300) {
            log.warn("4over status of job {} answered HTTP {}: {}", job.vendorJobId(), code,
                    FourOverEndpoint.abbreviate(body));
            return "";
        }
        String status = json(body).path("entities").path(0).path("status").asText("");
        if (status.isBlank()) {
            return "";
        }
        // a job about to ship (Packaging, Delivery Pending, complete) is asked about again soon
        boolean changed = polls.statusRead(List.of(job), status, shipsSoon(status), checks());
        if (status.equalsIgnoreCase(PICKED_UP)) {
            progress.collected(List.of(job), profile, "4over job " + job.vendorJobId() + " (" + job.jobName() + ") "
                    + status + ": collected, no tracking number");
            return "";
        }
        if (status.startsWith("Complete")) {
            return status;
        }
        if (status.startsWith("Cancel")) {
            progress.canceledAtVendor(List.of(job), profile, "canceled at 4over", "4over canceled job "
                    + job.vendorJobId() + " (" + job.jobName() + ")");
        } else if (changed && status.startsWith("On Hold")) {
            history.add(job.orderId(), FourOverEndpoint.VENDOR, "4over job " + job.vendorJobId() + " ("
                    + job.jobName() + "): " + status);
        } else if (changed) {
            log.debug("4over job {} is now {}", job.vendorJobId(), status);
        }
        return "";
    }

    /**
     * Reads {@code GET /orders/{job}/tracking} of a complete job and records its shipment. 4over may say complete
     * before the carrier number is in: then nothing is recorded and the next poll asks again.
     */
    public void trackingRead(@ExchangeProperty(JOB) VendorJob job, @ExchangeProperty(COMPLETE) String status,
                             String body) {
        String tracking = json(body).path("tracking").asText("").trim();
        if (tracking.isEmpty()) {
            return;
        }
        String method = profile.shippingClassMatch().mailClassFor(shippingMethods.of(job.orderId()));
        progress.shipped(List.of(job), List.of(new Shipment(tracking, carrierOf(tracking), method,
                trackingUrl(tracking))), profile, "4over job " + job.vendorJobId() + " (" + job.jobName() + ") "
                + status + ", tracking " + tracking);
    }

    static boolean shipsSoon(String status) {
        return SHIPS_SOON.stream().anyMatch(status::startsWith);
    }

    private StatusChecks checks() {
        return profile.properties().statusChecks();
    }

    private JsonNode json(String body) {
        try {
            return body == null || body.isBlank() ? mapper.nullNode() : mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw new VendorUnavailableException("4over answered with unreadable JSON: "
                    + FourOverEndpoint.abbreviate(body), e);
        }
    }

    static String carrierOf(String tracking) {
        return tracking.startsWith("1Z") ? "UPS" : tracking.matches("\\d{12}|\\d{15}") ? "FedEx" : "4over";
    }

    static String trackingUrl(String tracking) {
        return tracking.startsWith("1Z") ? "https://www.ups.com/track?tracknum=" + tracking : "";
    }
}
