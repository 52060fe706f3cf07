package io.printrelay.sandbox;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.printrelay.sandbox.fourover.FourOverStats;
import io.printrelay.sandbox.podos.PodosStats;
import io.printrelay.sandbox.pov.PovStats;

/**
 * {@code GET /sandbox/stats}: what the simulators have seen, as of {@code at} (epoch milliseconds, the clock their
 * times are read on).
 *
 * @param latencyMillis how long each simulator's requests wait
 * @param faults        faults injected into the vendors' answers so far, by kind ({@code printrelay.sandbox.faults})
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SimulatorStats(long at, Latencies latencyMillis, PodosStats podos, FourOverStats fourover,
                             PovStats pov, java.util.Map<String, Long> faults) {

    /** Each simulator's latency in milliseconds, its own setting or the shared one. */
    public record Latencies(long podos, long fourover, long pov) {
    }
}
