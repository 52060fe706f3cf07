package io.printrelay.tracking;

import io.printrelay.config.QuartzCron;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * {@code printrelay.tracking-return.*}: the loop that sends shipments back to their sources, and its backoff.
 *
 * @param poll           Quartz cron of the {@code tracking-return} route
 * @param initialDelay   after a failed return, wait this long, doubled with every attempt
 * @param maximumDelay   the longest wait between two attempts
 * @param sendingTimeout a return claimed this long without an outcome is tried again
 * @param batchSize      the most returns one poll claims (the longest due first); the rest wait for the next poll
 * @param concurrency    returns of a poll sent at once (each source sees at most this many requests at a time)
 */
@ConfigurationProperties("printrelay.tracking-return")
@Validated
public record TrackingReturnProperties(@DefaultValue("0/5 * * * * ?") @QuartzCron String poll,
                                       @DefaultValue("5s") @DurationMin(seconds = 0) Duration initialDelay,
                                       @DefaultValue("30m") @DurationMin(seconds = 0) Duration maximumDelay,
                                       @DefaultValue("5m") @DurationMin(millis = 1) Duration sendingTimeout,
                                       @DefaultValue("500") @Min(1) @Max(10000) int batchSize,
                                       @DefaultValue("8") @Min(1) @Max(64) int concurrency) {
}
