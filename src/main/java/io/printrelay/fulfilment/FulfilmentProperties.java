package io.printrelay.fulfilment;

import io.printrelay.config.QuartzCron;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * {@code printrelay.fulfilment.*}: when orders are sent to their vendors.
 *
 * @param autoSubmit     send orders as they arrive; {@code false}: PrintRelay only stores them
 * @param fromFolder     the folder whose orders are sent (and that retried orders go back to)
 * @param sweep          Quartz cron of the {@code fulfilment-sweep} route, which hands waiting orders over again
 * @param settle         only orders untouched this long are swept (fresh ones are handed over at intake)
 * @param sendingTimeout a job SENDING this long lost its sender: its outcome is unknown
 * @param queueSize      orders the hand-off to fulfilment holds; when it is full, the intake and the sweep wait for
 *                       a free slot (back-pressure) rather than fail
 * @param workers        orders planned and handed to their vendors at once; a worker waits while its order's part
 *                       is at the vendor's route, so this is at least the largest vendor {@code concurrency}
 * @param handOffTimeout ms: a hand-over that found no free slot this long leaves the order in the from-folder for
 *                       the sweep (milliseconds, as the seda endpoint's offerTimeout takes them)
 */
@ConfigurationProperties("printrelay.fulfilment")
@Validated
public record FulfilmentProperties(@DefaultValue("true") boolean autoSubmit,
                                   @DefaultValue("New") @NotBlank String fromFolder,
                                   @DefaultValue("0/15 * * * * ?") @QuartzCron String sweep,
                                   @DefaultValue("10s") @DurationMin(seconds = 0) Duration settle,
                                   @DefaultValue("5m") @DurationMin(millis = 1) Duration sendingTimeout,
                                   @DefaultValue("1000") @Min(1) @Max(1_000_000) int queueSize,
                                   @DefaultValue("40") @Min(1) @Max(1000) int workers,
                                   @DefaultValue("30000") @Min(1) long handOffTimeout) {
}
