package io.printrelay.sandbox.fourover;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code POST /orders} body, read leniently: clients send ids as strings or numbers and flags as
 * {@code true}, {@code 1} or {@code "1"}, and a missing field reads as blank so that checks can name it.
 */
record OrderRequest(JsonNode body) {

    String orderId() {
        return textOf(body.path("order_id"));
    }

    String couponCode() {
        return textOf(body.path("coupon_code"));
    }

    boolean isTestOrder() {
        return isTrue(body.path("is_test_order"));
    }

    String paymentProfileToken() {
        return textOf(body.path("payment").path("profile_token"));
    }

    List<JobRequest> jobs() {
        JsonNode array = body.path("jobs");
        List<JobRequest> jobs = new ArrayList<>();
        if (array.isArray()) {
            for (int i = 0; i < array.size(); i++) {
                jobs.add(new JobRequest(array.get(i), i));
            }
        }
        return jobs;
    }

    /** The trimmed text of a string or number; blank for anything else, including a missing field. */
    static String textOf(JsonNode node) {
        return node.isTextual() || node.isNumber() ? node.asText().trim() : "";
    }

    static boolean isTrue(JsonNode node) {
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            return node.asDouble() != 0;
        }
        String text = node.asText("").trim();
        return text.equalsIgnoreCase("true") || text.equals("1") || text.equalsIgnoreCase("yes");
    }

    /** One entry of {@code jobs[]}; {@link #label()} is how messages name it. */
    record JobRequest(JsonNode body, int index) {

        String jobName() {
            return textOf(body.path("job_name"));
        }

        /** The job's name, or its place in the request when it has none. */
        String label() {
            return jobName().isEmpty() ? "jobs[" + index + "]" : jobName();
        }

        String text(String field) {
            return textOf(body.path(field));
        }

        JsonNode node(String field) {
            return body.path(field);
        }

        boolean dropship() {
            return isTrue(body.path("dropship"));
        }
    }
}
