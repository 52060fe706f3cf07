package io.printrelay.fulfilment;

import java.util.Map;

/**
 * What a vendor answered to a submission: its word for the outcome, the jobs it accepted (our job name → its
 * id) and the jobs it refused (our job name → its message). A job in neither is an unknown outcome.
 */
public record SubmissionAnswer(String status, Map<String, String> accepted, Map<String, String> failures) {
}
