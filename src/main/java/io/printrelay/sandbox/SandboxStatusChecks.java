package io.printrelay.sandbox;

import io.printrelay.sandbox.fourover.FourOverSimulatorProperties;
import io.printrelay.sandbox.pov.PovSimulatorProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The status polls' waits while a connector talks to its simulator: the simulator's pace, not a real print shop's
 * (a simulated job moves a status every {@code step-millis}, a real one takes days). A simulated 4over job is first
 * asked about when it reaches Packaging (7 steps), a simulated POV order when it ships (2 steps); then every step,
 * doubling up to 3 steps. The demo shows its orders shipped and their tracking sent back within a minute, as
 * before. A connector whose {@code base-url} is set talks to the real vendor and keeps the real waits; a wait set
 * anywhere always wins.
 */
final class SandboxStatusChecks extends SandboxSettings {

    static final String NAME = "printrelaySandboxStatusChecks";
    private static final String FOUR_OVER = "printrelay.vendors.fourover.status-checks.";
    private static final String POV = "printrelay.vendors.pov.status-checks.";
    private static final Map<String, String> KEYS = new LinkedHashMap<>();

    static {
        for (String vendor : new String[] {FOUR_OVER, POV}) {
            KEYS.put(vendor + "first-after", "first-after");
            KEYS.put(vendor + "interval", "interval");
            KEYS.put(vendor + "max-interval", "max-interval");
        }
    }

    private SandboxStatusChecks(ConfigurableEnvironment environment) {
        super(NAME, KEYS, environment);
    }

    static void addTo(ConfigurableEnvironment environment) {
        addFirst(environment, new SandboxStatusChecks(environment));
    }

    @Override
    Object sandboxValue(String name, String wait) {
        boolean fourOver = name.startsWith(FOUR_OVER);
        if (setElsewhere(fourOver ? SandboxBaseUrls.FOUR_OVER : SandboxBaseUrls.POV)) {
            return null;
        }
        Binder binder = Binder.get(environment());
        Duration step = Duration.ofMillis(fourOver
                ? binder.bindOrCreate("printrelay.sandbox.fourover", Bindable.of(FourOverSimulatorProperties.class))
                        .stepMillis()
                : binder.bindOrCreate("printrelay.sandbox.pov", Bindable.of(PovSimulatorProperties.class))
                        .stepMillis());
        Duration value = switch (wait) {
            case "first-after" -> step.multipliedBy(fourOver ? FourOverSimulatorProperties.stepsUntilPackaging()
                    : PovSimulatorProperties.stepsUntilShipped());
            case "interval" -> step;
            default -> step.multipliedBy(3);
        };
        return value.toMillis() + "ms";
    }
}
