package io.printrelay.fulfilment;

import io.printrelay.order.OrderDates;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * When an open vendor job is next asked about, by its age and what its vendor last said ({@link StatusChecks}): a
 * job just accepted waits {@code firstAfter}; then each wait is as long as the time since that first check was due,
 * at least {@code interval} and at most {@code maxInterval}, so the waits double with the job's age (15 min,
 * 15 min, 30 min, 1 h, 2 h, 2 h… with the defaults); a job that ships soon is asked again after {@code interval}.
 * Times are UTC, to the second, as every time in the store.
 */
@Component
public class StatusCheckSchedule {

    private final Clock clock;

    public StatusCheckSchedule(Clock clock) {
        this.clock = clock;
    }

    public LocalDateTime now() {
        return OrderDates.now(clock);
    }

    /** The first check of a job the vendor accepts now. */
    public LocalDateTime firstCheck(StatusChecks checks) {
        return now().plus(checks.firstAfter());
    }

    /**
     * The next check of a job asked about now.
     *
     * @param submittedAt when the vendor accepted the job (null: not known, the job counts as just due)
     * @param shipsSoon   the vendor's latest status says the job ships soon
     */
    public LocalDateTime nextCheck(LocalDateTime submittedAt, StatusChecks checks, boolean shipsSoon) {
        LocalDateTime now = now();
        if (shipsSoon) {
            return now.plus(checks.interval());
        }
        Duration sinceFirstCheck = submittedAt == null ? Duration.ZERO
                : Duration.between(submittedAt.plus(checks.firstAfter()), now);
        Duration wait = max(checks.interval(), sinceFirstCheck);
        return now.plus(wait.compareTo(checks.maxInterval()) > 0 ? checks.maxInterval() : wait);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
