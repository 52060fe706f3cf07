package io.printrelay.sandbox.fourover;

import java.time.Instant;

/** A job reached {@code status} at {@code at}: one line of {@code GET /orders/{job_id}/status}. */
public record StatusChange(JobStatus status, Instant at) {
}
