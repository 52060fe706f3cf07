package io.printrelay.sandbox.podos;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.Map;

/**
 * What the simulated podOS has seen, for {@code GET /sandbox/stats}.
 *
 * @param loaded  orders put in (by a shop, a test or the loader)
 * @param served  of those, the ones a page of the listing has shown
 * @param tracked of those, the ones that received a fulfilment
 * @param listingRequests     {@code GET /v1/orders} calls (pages read, by one node or many)
 * @param fulfilmentRequests  {@code POST /v1/orders/{id}/fulfilments} calls (tracking returns tried)
 * @param byOrder when asked for: by podOS order id, {@code [loaded, first served, first tracked]} in epoch
 *                milliseconds, 0 for not yet
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PodosStats(int loaded, int served, int tracked, int listingRequests, int fulfilmentRequests,
                         Map<String, long[]> byOrder) {
}
