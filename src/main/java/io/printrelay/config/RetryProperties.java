package io.printrelay.config;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code printrelay.retry.*}: the exponential backoff of the error policy ({@code routes/route-configuration
 * .camel.yaml} reads these keys) for faults where the other side never got the request (connection refused,
 * HTTP 429/503).
 *
 * @param maximumRedeliveries attempts after the first, before the order waits for the next sweep or poll
 * @param initialDelay        ms before the first retry, doubled each time
 * @param maximumDelay        ms, the longest wait between two retries
 */
@ConfigurationProperties("printrelay.retry")
@Validated
public record RetryProperties(@DefaultValue("6") @PositiveOrZero int maximumRedeliveries,
                              @DefaultValue("1000") @Min(1) long initialDelay,
                              @DefaultValue("60000") @Min(1) long maximumDelay) {
}
