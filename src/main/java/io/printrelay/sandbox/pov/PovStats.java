package io.printrelay.sandbox.pov;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.Map;

/**
 * What the simulated POV has seen, for {@code GET /sandbox/stats}.
 *
 * @param orders  orders accepted (one per reference)
 * @param shipped of those, the ones shipped by now
 * @param byOrder when asked for: by reference, {@code [received, shipped]} in epoch milliseconds, 0 for not yet
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PovStats(int orders, int shipped, Map<String, long[]> byOrder) {
}
