package io.printrelay.sandbox.fourover;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Where a simulated job stands at a given moment. Nothing runs in the background: each status lasts one step,
 * counted from the job's creation, so the answer follows the wall clock and survives any number of polls.
 */
final class StatusProgression {

    private static final List<JobStatus> PATH = List.of(JobStatus.NEW, JobStatus.ORDER_PENDING,
            JobStatus.PRE_FLIGHTING, JobStatus.BATCH_PREP, JobStatus.BATCH_IMPOSITION, JobStatus.PLATED,
            JobStatus.ON_PRESS, JobStatus.PACKAGING, JobStatus.DELIVERY_PENDING, JobStatus.COMPLETE_SHIPPED);

    private static final List<JobStatus> PATH_WITH_HOLD = withHoldAfterPreFlighting();

    private final Duration step;

    StatusProgression(Duration step) {
        this.step = step;
    }

    /** The statuses a job goes through from New to Complete: Shipped. */
    static List<JobStatus> path(boolean artworkHold) {
        return artworkHold ? PATH_WITH_HOLD : PATH;
    }

    /** The path of a job ordered with these coupons: {@link MagicCoupons#SIM_PICKUP} ends it picked up. */
    static List<JobStatus> path(MagicCoupons coupons) {
        List<JobStatus> path = path(coupons.artworkHold());
        if (!coupons.pickedUp()) {
            return path;
        }
        List<JobStatus> pickedUp = new ArrayList<>(path);
        pickedUp.set(pickedUp.size() - 1, JobStatus.COMPLETE_PICKED_UP);
        return List.copyOf(pickedUp);
    }

    /** The job's statuses so far, newest first; a canceled job stopped where it was and starts with Canceled. */
    List<StatusChange> history(SimulatedJob job, Instant now) {
        boolean canceled = job.canceledAt() != null;
        List<StatusChange> history = new ArrayList<>(
                reached(job.createdAt(), job.coupons(), canceled ? job.canceledAt() : now));
        if (canceled) {
            history.add(new StatusChange(JobStatus.CANCELED, job.canceledAt()));
        }
        Collections.reverse(history);
        return history;
    }

    /** The creation time that puts the job at {@code status} at {@code now} (and keeps it there for one step). */
    Instant createdAtReaching(JobStatus status, SimulatedJob job, Instant now) {
        int index = path(job.coupons()).indexOf(status);
        if (index < 0) {
            throw new IllegalArgumentException(status.statusName() + " is not on the path of job " + job.jobId());
        }
        return now.minus(step.multipliedBy(index));
    }

    /**
     * When the job reaches (or reached) Complete: Shipped, whatever the time now; null for a job that never does
     * (canceled, or picked up instead).
     */
    Instant shippedAt(SimulatedJob job) {
        List<JobStatus> path = path(job.coupons());
        if (job.canceled() || path.get(path.size() - 1) != JobStatus.COMPLETE_SHIPPED) {
            return null;
        }
        return job.createdAt().plus(step.multipliedBy(path.size() - 1L));
    }

    JobStatus current(SimulatedJob job, Instant now) {
        return history(job, now).get(0).status();
    }

    /** The statuses reached by {@code asOf}, oldest first; New is reached at creation. */
    List<StatusChange> reached(Instant createdAt, MagicCoupons coupons, Instant asOf) {
        List<JobStatus> path = path(coupons);
        long elapsedMillis = Math.max(0, Duration.between(createdAt, asOf).toMillis());
        int last = step.isZero() ? path.size() - 1
                : (int) Math.min(path.size() - 1, elapsedMillis / step.toMillis());
        List<StatusChange> reached = new ArrayList<>(last + 1);
        for (int i = 0; i <= last; i++) {
            reached.add(new StatusChange(path.get(i), createdAt.plus(step.multipliedBy(i))));
        }
        return reached;
    }

    private static List<JobStatus> withHoldAfterPreFlighting() {
        List<JobStatus> path = new ArrayList<>(PATH);
        path.add(path.indexOf(JobStatus.PRE_FLIGHTING) + 1, JobStatus.ON_HOLD_ARTWORK);
        return List.copyOf(path);
    }
}
