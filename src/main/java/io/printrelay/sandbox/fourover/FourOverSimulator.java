package io.printrelay.sandbox.fourover;

import com.fasterxml.jackson.databind.JsonNode;
import io.printrelay.sandbox.fourover.OrderRequest.JobRequest;
import io.printrelay.sandbox.fourover.OrderResponse.AcceptedJob;
import io.printrelay.sandbox.fourover.OrderResponse.JobError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The simulated 4over behind {@code /sandbox/4over}: takes orders, moves their jobs through production and
 * cancels them, as the real 4over does. The public methods are also the handle tests and the demo hold: what
 * was sent ({@link #ordersReceived()}), what became of it ({@link #job}, {@link #statusHistory}), and
 * {@link #reset()} for a clean start.
 */
public class FourOverSimulator {

    public static final String TOO_FAR_FOR_CANCELLATION = "Job has progressed too far for cancellation";

    private static final Logger log = LoggerFactory.getLogger(FourOverSimulator.class);

    private final SimulatedJobStore store = new SimulatedJobStore();
    /** When each customer order id ({@code order_id}) first had a job accepted, in epoch milliseconds. */
    private final Map<String, Long> receivedAt = new ConcurrentHashMap<>();
    /** Status and tracking requests answered: what polling costs 4over (one node or many). */
    private final AtomicLong statusRequests = new AtomicLong();
    private final AtomicLong trackingRequests = new AtomicLong();
    private final Set<String> trackingWithheld = ConcurrentHashMap.newKeySet();
    private final OrderRequestValidator validator = new OrderRequestValidator();
    private final StatusProgression progression;
    private final Clock clock;

    public FourOverSimulator(FourOverSimulatorProperties properties, Clock clock) {
        this.progression = new StatusProgression(Duration.ofMillis(properties.stepMillis()));
        this.clock = clock;
    }

    /** Every JSON body {@code POST /orders} received with a valid signature, in arrival order, refused ones included. */
    public List<JsonNode> ordersReceived() {
        return store.ordersReceived();
    }

    /** Forgets every order received, every job and their times. */
    public void reset() {
        store.clear();
        trackingWithheld.clear();
        receivedAt.clear();
        statusRequests.set(0);
        trackingRequests.set(0);
    }

    /** A {@code GET /orders/{job}/status} came in (counted for the stats). */
    public void statusAsked() {
        statusRequests.incrementAndGet();
    }

    /** A {@code GET /orders/{job}/tracking} came in (counted for the stats). */
    public void trackingAsked() {
        trackingRequests.incrementAndGet();
    }

    public Optional<SimulatedJob> job(String jobId) {
        return store.job(jobId);
    }

    /**
     * Places an order: whole-request problems refuse it (400); otherwise each job is accepted or fails on its own.
     * The body is recorded before anything is checked, so tests see exactly what a connector sent.
     */
    public OrderResponse placeOrder(JsonNode body) {
        store.recordReceived(body);
        validator.orderProblem(body).ifPresent(problem -> {
            throw FourOverApiException.badRequest(problem);
        });
        OrderRequest order = new OrderRequest(body);
        MagicCoupons coupons = MagicCoupons.in(order.couponCode());
        List<JobRequest> jobs = order.jobs();
        Instant now = clock.instant();
        String orderNumber = null;
        Map<String, AcceptedJob> accepted = new LinkedHashMap<>();
        List<JobError> errors = new ArrayList<>();
        for (JobRequest job : jobs) {
            List<String> problems = validator.jobProblems(job);
            if (!problems.isEmpty()) {
                // The job's name leads the message too: operators often see only the message, in a history note.
                errors.add(new JobError(job.label(), job.label() + ": " + String.join("; ", problems)));
            } else if (failsOnPurpose(coupons, job, jobs.size())) {
                errors.add(new JobError(job.label(), MagicCoupons.SIMULATED_FAILURE));
            } else {
                // The order number is drawn with the first accepted job: a Failed order has no jobs to number.
                orderNumber = orderNumber == null ? store.newOrderNumber() : orderNumber;
                String jobId = String.format("%s-%03d", orderNumber, accepted.size() + 1);
                store.add(new SimulatedJob(jobId, order.orderId(), job.jobName(), now, coupons, job.body(), null));
                accepted.put(jobId, new AcceptedJob(job.jobName(), 200));
            }
        }
        if (!accepted.isEmpty()) {
            receivedAt.putIfAbsent(order.orderId(), now.toEpochMilli());
        }
        String status = errors.isEmpty() ? OrderResponse.SUCCESS
                : accepted.isEmpty() ? OrderResponse.FAILED : OrderResponse.WARNING;
        log.info("4over simulator: order {} {}, jobs {}, {} failed", order.orderId(), status, accepted.keySet(),
                errors.size());
        return new OrderResponse(status, order.orderId(), accepted, errors);
    }

    /**
     * The benchmark's counts: orders with a job accepted, jobs, the jobs shipped by now and the orders all of whose
     * jobs have, jobs accepted under a name accepted before (a print sent twice), status and tracking requests; with {@code withOrders}, by customer order id, {@code [received, shipped]} in epoch milliseconds
     * (shipped: when its last job became Complete: Shipped, 0 while one has not).
     */
    public FourOverStats stats(boolean withOrders) {
        Instant now = clock.instant();
        Map<String, Long> shippedByOrder = new HashMap<>();
        int jobs = 0;
        int jobsShipped = 0;
        java.util.Set<String> jobNames = new java.util.HashSet<>();
        for (SimulatedJob job : store.jobs()) {
            jobs++;
            jobNames.add(job.customerOrderId() + "/" + job.customerJobId());
            Instant shippedAt = progression.shippedAt(job);
            boolean shipped = shippedAt != null && !shippedAt.isAfter(now);
            jobsShipped += shipped ? 1 : 0;
            shippedByOrder.merge(job.customerOrderId(), shipped ? shippedAt.toEpochMilli() : 0L,
                    (one, other) -> one == 0 || other == 0 ? 0L : Math.max(one, other));
        }
        int ordersShipped = (int) shippedByOrder.values().stream().filter(at -> at != 0).count();
        Map<String, long[]> orders = null;
        if (withOrders) {
            orders = new LinkedHashMap<>();
            for (Map.Entry<String, Long> received : receivedAt.entrySet()) {
                orders.put(received.getKey(),
                        new long[]{received.getValue(), shippedByOrder.getOrDefault(received.getKey(), 0L)});
            }
        }
        return new FourOverStats(receivedAt.size(), jobs, jobsShipped, ordersShipped, jobs - jobNames.size(),
                statusRequests.get(), trackingRequests.get(), orders);
    }

    /**
     * Moves a job on to a status of its path now, as if the steps had passed (a test or a demo does not have to
     * wait out the production time).
     */
    public void advanceTo(String jobId, JobStatus status) {
        Instant now = clock.instant();
        store.update(jobId, job -> job.createdAt(progression.createdAtReaching(status, job, now)))
                .orElseThrow(() -> jobNotFound(jobId));
    }

    /** The job's statuses so far, newest first. */
    public List<StatusChange> statusHistory(String jobId) {
        return progression.history(existing(jobId), clock.instant());
    }

    /**
     * 4over may say a job is complete before the carrier's number is in: while withheld, a shipped job's tracking
     * answer is blank (a test's way to play it).
     */
    public void withholdTracking(String jobId, boolean withheld) {
        existing(jobId);
        if (withheld) {
            trackingWithheld.add(jobId);
        } else {
            trackingWithheld.remove(jobId);
        }
    }

    /** The tracking number once the job shipped, blank before (and for a canceled job, or while withheld). */
    public String tracking(String jobId) {
        SimulatedJob job = existing(jobId);
        boolean shipped = progression.current(job, clock.instant()) == JobStatus.COMPLETE_SHIPPED
                && !trackingWithheld.contains(jobId);
        return shipped ? job.trackingNumber() : "";
    }

    /**
     * Cancels the job if it has not gone past Batch Imposition; canceling a canceled job changes nothing.
     *
     * @throws FourOverApiException 404 for an unknown job, 400 {@value #TOO_FAR_FOR_CANCELLATION}
     */
    public void cancel(String jobId) {
        Instant now = clock.instant();
        store.update(jobId, job -> {
            if (job.canceled()) {
                return job;
            }
            JobStatus status = progression.current(job, now);
            if (!status.cancelable()) {
                throw FourOverApiException.badRequest(TOO_FAR_FOR_CANCELLATION);
            }
            log.info("4over simulator: job {} canceled at {}", jobId, status.statusName());
            return job.canceledAt(now);
        }).orElseThrow(() -> jobNotFound(jobId));
    }

    private static boolean failsOnPurpose(MagicCoupons coupons, JobRequest job, int jobCount) {
        return coupons.everyJobFails() || (coupons.lastJobFails() && job.index() == jobCount - 1);
    }

    private SimulatedJob existing(String jobId) {
        return store.job(jobId).orElseThrow(() -> jobNotFound(jobId));
    }

    private static FourOverApiException jobNotFound(String jobId) {
        return FourOverApiException.notFound("Job " + jobId + " not found");
    }
}
