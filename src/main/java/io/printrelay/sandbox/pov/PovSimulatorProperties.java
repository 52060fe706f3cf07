package io.printrelay.sandbox.pov;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code printrelay.sandbox.pov.*}: the customer ID the simulated POV accepts and how fast its orders move.
 *
 * @param customerId the {@code customer_id} every request must carry (POV's only credential)
 * @param stepMillis how long an order stays {@code received} and then {@code in_production}; 0 makes every
 *                   order reach its end (shipped or canceled) at once
 * @param latencyMillis how long each request waits before it is handled; null:
 *                      {@code printrelay.sandbox.latency-millis}
 */
@ConfigurationProperties("printrelay.sandbox.pov")
@Validated
public record PovSimulatorProperties(@DefaultValue("pov-sandbox-customer") @NotBlank String customerId,
                                     @DefaultValue("4000") @PositiveOrZero long stepMillis,
                                     @PositiveOrZero Long latencyMillis) {

    /** Steps a simulated order takes to ship (received, then in_production, one step each). */
    public static int stepsUntilShipped() {
        return PovStatusProgression.stepsUntilShipped();
    }
}
