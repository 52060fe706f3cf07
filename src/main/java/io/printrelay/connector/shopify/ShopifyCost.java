package io.printrelay.connector.shopify;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Shopify's cost-based rate limit as its answers tell it: every answer carries {@code extensions.cost}
 * ({@code requestedQueryCost}, {@code actualQueryCost}, {@code throttleStatus {maximumAvailable currentlyAvailable
 * restoreRate}}); a request the bucket cannot pay for is answered HTTP 200 with an error whose
 * {@code extensions.code} is {@code THROTTLED}. The wait that makes room is (needed - available) / restoreRate
 * seconds.
 */
final class ShopifyCost {

    /** The longest single wait: a bucket that says more than this is asked again after it anyway. */
    static final long MAX_WAIT_MILLIS = 60_000;
    /** Without a restore rate in the answer: Shopify's standard plan restores 50 points a second. */
    static final double DEFAULT_RESTORE_RATE = 50;

    private ShopifyCost() {
    }

    static boolean isThrottled(JsonNode answer) {
        for (JsonNode error : answer.path("errors")) {
            if (ShopifyApi.THROTTLED.equals(error.path("extensions").path("code").asText())) {
                return true;
            }
        }
        return false;
    }

    /** The errors' messages (GraphQL {@code errors[].message}, or Shopify's plain {@code "errors": "..."}). */
    static List<String> errors(JsonNode answer) {
        List<String> messages = new ArrayList<>();
        JsonNode errors = answer.path("errors");
        if (errors.isTextual()) {
            messages.add(errors.asText());
        }
        for (JsonNode error : errors) {
            messages.add(error.isTextual() ? error.asText() : error.path("message").asText(error.toString()));
        }
        return messages;
    }

    /** After a throttled answer: the wait until the bucket holds what the request asked for. */
    static long waitAfterThrottled(JsonNode answer) {
        JsonNode cost = answer.path("extensions").path("cost");
        double needed = cost.path("requestedQueryCost").asDouble(0);
        long wait = waitFor(cost, needed);
        // a throttled answer without the figures: a second, then ask again
        return wait > 0 ? wait : 1000;
    }

    /**
     * After an answer that went through: the wait before a request of the same cost, so that the next page is not
     * refused (0 when the bucket holds enough).
     */
    static long waitBeforeSameAgain(JsonNode answer) {
        JsonNode cost = answer.path("extensions").path("cost");
        return waitFor(cost, cost.path("requestedQueryCost").asDouble(0));
    }

    private static long waitFor(JsonNode cost, double needed) {
        JsonNode status = cost.path("throttleStatus");
        if (!status.has("currentlyAvailable")) {
            return 0;
        }
        double available = status.path("currentlyAvailable").asDouble(0);
        double rate = status.path("restoreRate").asDouble(DEFAULT_RESTORE_RATE);
        if (needed <= available) {
            return 0;
        }
        double seconds = (needed - available) / (rate > 0 ? rate : DEFAULT_RESTORE_RATE);
        return Math.min(MAX_WAIT_MILLIS, (long) Math.ceil(seconds * 1000));
    }
}
