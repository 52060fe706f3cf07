package io.printrelay.sandbox.fourover;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;
import java.util.Map;

/**
 * The answer to {@code POST /orders}. {@code job_ids} lists only the accepted jobs (keyed by 4over job id); each
 * failed job has an entry in {@code errors}. Success: no errors; Warning: some of each; Failed: nothing accepted.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OrderResponse(String orderStatus, String customerOrderId, Map<String, AcceptedJob> jobIds,
                            List<JobError> errors) {

    public static final String SUCCESS = "Success";
    public static final String WARNING = "Warning";
    public static final String FAILED = "Failed";

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record AcceptedJob(String customerJobId, int status) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record JobError(String jobName, String message) {
    }
}
