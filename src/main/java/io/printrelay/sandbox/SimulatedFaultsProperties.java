package io.printrelay.sandbox;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.util.List;

/**
 * {@code printrelay.sandbox.faults.*}: the simulated vendors (4over, POV) misbehaving on a share of their requests,
 * as a vendor under load does (see {@link SimulatedFaults}).
 *
 * @param rate       share of the vendor requests that fail, 0 (none, the default) to 1 (all)
 * @param kinds      how they fail, drawn in turn at random: {@code 429} and {@code 503} (turned away, nothing done),
 *                   {@code 500} (an error, nothing done, which the client cannot tell), {@code drop} (done, then the
 *                   connection is cut in the middle of the answer), {@code slow} (done, answered after
 *                   {@code slow-millis})
 * @param slowMillis how late a slow answer comes
 * @param seed       the draw's seed, so that a run can be repeated
 */
@ConfigurationProperties("printrelay.sandbox.faults")
@Validated
public record SimulatedFaultsProperties(@DefaultValue("0") @DecimalMin("0") @DecimalMax("1") double rate,
                                        @DefaultValue({"500", "429", "503", "drop", "slow"}) @NotEmpty
                                        List<String> kinds,
                                        @DefaultValue("3000") @PositiveOrZero long slowMillis,
                                        @DefaultValue("1") long seed) {

    public SimulatedFaultsProperties {
        for (String kind : kinds == null ? List.<String>of() : kinds) {
            if (!SimulatedFaults.KINDS.contains(kind)) {
                throw new IllegalArgumentException("printrelay.sandbox.faults.kinds: unknown kind '" + kind
                        + "' (one of " + SimulatedFaults.KINDS + ")");
            }
        }
    }
}
