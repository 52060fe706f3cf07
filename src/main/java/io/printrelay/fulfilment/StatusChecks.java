package io.printrelay.fulfilment;

import io.printrelay.config.Installation;
import io.printrelay.config.SettingRefusal;
import io.printrelay.config.StartupChecked;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.bind.ConstructorBinding;

import java.time.Duration;
import java.util.List;

/**
 * {@code printrelay.vendors.<vendor>.status-checks.*}: how often a vendor's status poll asks about one open job. A
 * job is first asked about {@code firstAfter} after the vendor accepted it (a job submitted a minute ago has not
 * shipped); after that the wait starts at {@code interval} and doubles with the job's age up to
 * {@code maxInterval}; while the vendor says the job ships soon (4over: Packaging, Delivery Pending) it is asked
 * every {@code interval}. Each poll takes at most {@code batchSize} due jobs, oldest due first, and asks the vendor
 * about at most {@code requestsPerSecond} of them a second. Zero waits ask about every open job at every poll.
 * Unset waits are a real print shop's ({@link #DEFAULTS}); the sandbox sets its simulators' pace.
 *
 * @param firstAfter        after the vendor accepted a job, wait this long before asking about it
 * @param interval          the first wait between two checks, and the wait while the job ships soon
 * @param maxInterval       the longest wait between two checks (at least {@code interval})
 * @param requestsPerSecond the most jobs asked about per second (a status request each; a 4over job that is
 *                          complete adds its one tracking request)
 * @param batchSize         the most jobs one poll asks about; the rest wait for the next poll, oldest due first
 * @param concurrency       jobs asked about at once (the status poll's split), so that a slow or failing answer
 *                          holds up one of them, not the whole poll; {@code requestsPerSecond} still bounds the rate
 */
public record StatusChecks(@DurationMin(seconds = 0) Duration firstAfter, @DurationMin(seconds = 0) Duration interval,
                           @DurationMin(seconds = 0) Duration maxInterval, @Min(1) Integer requestsPerSecond,
                           @Min(1) Integer batchSize, @Min(1) @Max(64) Integer concurrency) implements StartupChecked {

    /** A real print shop's: 4over and POV jobs take days, and a job about to ship is seen within 15 minutes. */
    public static final StatusChecks DEFAULTS = new StatusChecks(null, null, null, null, null, null);

    @ConstructorBinding
    public StatusChecks {
        firstAfter = firstAfter != null ? firstAfter : Duration.ofHours(1);
        interval = interval != null ? interval : Duration.ofMinutes(15);
        maxInterval = maxInterval != null ? maxInterval : Duration.ofHours(2);
        requestsPerSecond = requestsPerSecond != null ? requestsPerSecond : 10;
        batchSize = batchSize != null ? batchSize : 100;
        concurrency = concurrency != null ? concurrency : 4;
    }

    public StatusChecks(Duration firstAfter, Duration interval, Duration maxInterval, Integer requestsPerSecond,
                        Integer batchSize) {
        this(firstAfter, interval, maxInterval, requestsPerSecond, batchSize, null);
    }

    /** The defaults for a vendor whose settings name no status checks at all. */
    public static StatusChecks orDefaults(StatusChecks checks) {
        return checks != null ? checks : DEFAULTS;
    }

    @Override
    public List<SettingRefusal> refusals(Installation installation) {
        if (maxInterval.compareTo(interval) < 0) {
            return List.of(new SettingRefusal("maxInterval", "must be at least interval (" + interval + ")"));
        }
        return List.of();
    }
}
