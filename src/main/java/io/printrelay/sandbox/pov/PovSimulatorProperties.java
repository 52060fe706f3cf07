package io.printrelay.sandbox.pov;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code printrelay.sandbox.pov.*}: the customer ID the simulated POV accepts and how fast its orders move.
 *
 * @param customerId the {@code customer_id} every request must carry (POV's only credential)
 * @param stepMillis how long an order stays {@code received} and then {@code in_production}; 0 makes every
 *                   order reach its end (shipped or canceled) at once
 */
@ConfigurationProperties("printrelay.sandbox.pov")
public record PovSimulatorProperties(@DefaultValue("pov-sandbox-customer") String customerId,
                                     @DefaultValue("4000") long stepMillis) {

    public PovSimulatorProperties {
        if (customerId == null || customerId.isBlank()) {
            throw new IllegalArgumentException("printrelay.sandbox.pov.customer-id must not be blank");
        }
        if (stepMillis < 0) {
            throw new IllegalArgumentException("printrelay.sandbox.pov.step-millis must not be negative, was "
                    + stepMillis);
        }
    }
}
