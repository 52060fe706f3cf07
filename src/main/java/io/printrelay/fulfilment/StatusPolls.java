package io.printrelay.fulfilment;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The vendor-neutral steps of a status poll: which open jobs are due now, and when each is asked about next
 * ({@link StatusCheckSchedule}). A job taken is given its next check before the vendor is asked, so a vendor that
 * fails or does not answer is not asked about it again at the very next poll; a status that says the job ships
 * soon brings its next check forward.
 */
@Component
public class StatusPolls {

    private final FulfilmentStore jobs;
    private final StatusCheckSchedule schedule;
    private final TransactionTemplate tx;

    public StatusPolls(FulfilmentStore jobs, StatusCheckSchedule schedule, TransactionTemplate tx) {
        this.jobs = jobs;
        this.schedule = schedule;
        this.tx = tx;
    }

    /** The vendor's due jobs, the longest due first, at most a batch; each already has its next check. */
    public List<VendorJob> takeDue(String vendor, StatusChecks checks) {
        List<VendorJob> due = jobs.dueJobs(vendor, schedule.now(), checks.batchSize());
        scheduleNext(due, checks);
        return due;
    }

    /** Gives these jobs their next check as if their status said nothing new. */
    public void scheduleNext(List<VendorJob> asked, StatusChecks checks) {
        Map<Long, LocalDateTime> next = new LinkedHashMap<>();
        asked.forEach(job -> next.put(job.id(), schedule.nextCheck(job.submittedAt(), checks, false)));
        jobs.scheduleChecks(next);
    }

    /**
     * The vendor's latest status of these jobs (of one answer), and when it says they ship soon their next check
     * brought forward: one commit, where a statement each was a commit each (two or more per status answer).
     *
     * @return true when the status of any of them changed (so a note is written once per change)
     */
    public boolean statusRead(List<VendorJob> asked, String status, boolean shipsSoon, StatusChecks checks) {
        return Boolean.TRUE.equals(tx.execute(s -> {
            boolean changed = false;
            for (VendorJob job : asked) {
                changed |= jobs.updateVendorStatus(job, status);
            }
            if (shipsSoon) {
                Map<Long, LocalDateTime> next = new LinkedHashMap<>();
                asked.forEach(job -> next.put(job.id(), schedule.nextCheck(job.submittedAt(), checks, true)));
                jobs.scheduleChecks(next);
            }
            return changed;
        }));
    }

    /** The vendor says the job ships soon: ask again after the shortest wait. */
    public void shipsSoon(VendorJob job, StatusChecks checks) {
        jobs.scheduleChecks(Map.of(job.id(), schedule.nextCheck(job.submittedAt(), checks, true)));
    }
}
