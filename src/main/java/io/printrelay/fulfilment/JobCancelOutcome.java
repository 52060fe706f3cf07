package io.printrelay.fulfilment;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** What a cancel did to one vendor job: whether it is canceled now, its state, and why, in words. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record JobCancelOutcome(String vendor, String jobName, String vendorJobId, boolean canceled, JobState state,
                               String outcome) {

    public static JobCancelOutcome canceled(VendorJob job, String outcome) {
        return new JobCancelOutcome(job.vendor(), job.jobName(), job.vendorJobId(), true, JobState.CANCELED, outcome);
    }

    public static JobCancelOutcome notCanceled(VendorJob job, String outcome) {
        return new JobCancelOutcome(job.vendor(), job.jobName(), job.vendorJobId(), false, job.state(), outcome);
    }
}
