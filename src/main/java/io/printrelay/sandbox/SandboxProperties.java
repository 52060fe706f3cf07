package io.printrelay.sandbox;

import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code printrelay.sandbox.*}: the plug-in's two switches (the simulators' own settings are in
 * {@code printrelay.sandbox.fourover|podos|pov.*}) and the latency all simulators share. The switches are read as
 * conditions, before any bean exists: this record states them and their defaults; it is bound only while the
 * sandbox is on.
 *
 * @param enabled       serve the simulators at {@code /sandbox/**} and point connectors without a base-url at them
 *                      (off in the {@code live} profile)
 * @param demoOrders    the simulated sources keep producing demo orders
 * @param latencyMillis how long every simulator waits before it handles a request (the benchmark's slow vendor);
 *                      a simulator's own {@code latency-millis} overrides it
 */
@ConfigurationProperties("printrelay.sandbox")
@Validated
public record SandboxProperties(@DefaultValue("true") boolean enabled, @DefaultValue("true") boolean demoOrders,
                                @DefaultValue("0") @PositiveOrZero long latencyMillis) {
}
