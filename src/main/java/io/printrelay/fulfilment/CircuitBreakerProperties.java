package io.printrelay.fulfilment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * {@code printrelay.circuit-breaker.*}: when a vendor counts as down and is left alone for a while (each vendor has
 * a circuit breaker of its own around its submission call, {@link VendorCircuitBreakers}).
 *
 * @param failureRate  percent of the last {@code window} calls that failed because the vendor did not answer or
 *                     was unavailable (a refusal is an answer and does not count) at which the circuit opens
 * @param window       calls the failure rate is taken over
 * @param minimumCalls calls before the rate is judged at all
 * @param openFor      how long no call is made once the circuit is open; then a few calls try whether it is back
 */
@ConfigurationProperties("printrelay.circuit-breaker")
@Validated
public record CircuitBreakerProperties(@DefaultValue("50") @Min(1) @Max(100) int failureRate,
                                       @DefaultValue("20") @Min(1) @Max(10_000) int window,
                                       @DefaultValue("10") @Min(1) @Max(10_000) int minimumCalls,
                                       @DefaultValue("30s") @DurationMin(millis = 100) Duration openFor) {
}
