package io.printrelay.sandbox.fourover;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.Map;

/**
 * What the simulated 4over has seen, for {@code GET /sandbox/stats}.
 *
 * @param orders        customer orders ({@code order_id}) with at least one job accepted
 * @param jobs          jobs accepted
 * @param jobsShipped   of those, the ones Complete: Shipped by now
 * @param ordersShipped orders all of whose jobs are
 * @param duplicateJobs jobs accepted under an order id and job name accepted before: a print sent twice
 * @param statusRequests   {@code GET /orders/{job}/status} answered
 * @param trackingRequests {@code GET /orders/{job}/tracking} answered
 * @param byOrder       when asked for: by customer order id, {@code [received, shipped]} in epoch milliseconds,
 *                      0 for not yet
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record FourOverStats(int orders, int jobs, int jobsShipped, int ordersShipped, int duplicateJobs,
                           long statusRequests, long trackingRequests, Map<String, long[]> byOrder) {
}
