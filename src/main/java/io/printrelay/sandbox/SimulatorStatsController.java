package io.printrelay.sandbox;

import io.printrelay.sandbox.fourover.FourOverSimulator;
import io.printrelay.sandbox.fourover.FourOverSimulatorProperties;
import io.printrelay.sandbox.podos.PodosSimulator;
import io.printrelay.sandbox.podos.PodosSimulatorProperties;
import io.printrelay.sandbox.pov.PovSimulator;
import io.printrelay.sandbox.pov.PovSimulatorProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;

/**
 * {@code GET /sandbox/stats[?orders=true]}: the counters and times the benchmark ({@code bench/}) reads from the
 * simulators it runs PrintRelay against: orders loaded into podOS, served and tracked; orders received and shipped
 * by 4over and POV; with {@code orders=true} each order's times as well. Outside every simulator's own path, so it
 * waits for no simulated latency and needs no simulator's credentials (the sandbox has none worth keeping).
 */
@RestController
public class SimulatorStatsController {

    private final PodosSimulator podos;
    private final FourOverSimulator fourOver;
    private final PovSimulator pov;
    private final SimulatorStats.Latencies latencies;
    private final Clock clock;
    private final SimulatedFaults faults;

    public SimulatorStatsController(PodosSimulator podos, FourOverSimulator fourOver, PovSimulator pov,
                                    SimulatedFaults faults,
                                    PodosSimulatorProperties podosProperties,
                                    FourOverSimulatorProperties fourOverProperties,
                                    PovSimulatorProperties povProperties, SandboxProperties sandbox, Clock clock) {
        this.podos = podos;
        this.fourOver = fourOver;
        this.pov = pov;
        this.latencies = new SimulatorStats.Latencies(
                SimulatedLatency.millis(podosProperties.latencyMillis(), sandbox),
                SimulatedLatency.millis(fourOverProperties.latencyMillis(), sandbox),
                SimulatedLatency.millis(povProperties.latencyMillis(), sandbox));
        this.clock = clock;
        this.faults = faults;
    }

    @GetMapping("/sandbox/stats")
    public SimulatorStats stats(@RequestParam(defaultValue = "false") boolean orders) {
        long at = clock.millis();
        return new SimulatorStats(at, latencies, podos.stats(orders), fourOver.stats(orders), pov.stats(orders),
                faults.injected());
    }
}
