package io.printrelay.fulfilment;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** When a job is next asked about, on a fixed clock: first check, waits that double with age, the cap, ships soon. */
class StatusCheckScheduleTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 2, 9, 0, 0);
    private static final StatusChecks CHECKS = new StatusChecks(Duration.ofHours(1), Duration.ofMinutes(15),
            Duration.ofHours(2), 10, 100);

    private final StatusCheckSchedule schedule = at(NOW);

    @Test
    void aJobJustAcceptedIsFirstAskedAboutAfterFirstAfter() {
        assertThat(schedule.firstCheck(CHECKS)).isEqualTo(NOW.plusHours(1));
        assertThat(schedule.firstCheck(new StatusChecks(Duration.ZERO, null, null, null, null))).isEqualTo(NOW);
    }

    @Test
    void afterItsFirstCheckTheWaitStartsAtTheIntervalAndDoublesWithTheJobsAge() {
        LocalDateTime submitted = NOW.minusHours(1);
        assertThat(schedule.nextCheck(submitted, CHECKS, false)).isEqualTo(NOW.plusMinutes(15));

        // the checks of a job left alone: each wait as long as the time since its first check was due
        LocalDateTime check = NOW;
        StringBuilder waits = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            LocalDateTime next = at(check).nextCheck(submitted, CHECKS, false);
            waits.append(Duration.between(check, next).toMinutes()).append(' ');
            check = next;
        }
        assertThat(waits.toString().trim()).isEqualTo("15 15 30 60 120 120 120");
    }

    @Test
    void theWaitNeverExceedsTheLongest() {
        assertThat(schedule.nextCheck(NOW.minusDays(9), CHECKS, false)).isEqualTo(NOW.plusHours(2));
        assertThat(schedule.nextCheck(NOW.minusHours(2).minusMinutes(40), CHECKS, false))
                .isEqualTo(NOW.plusMinutes(100));
    }

    @Test
    void aJobThatShipsSoonIsAskedAgainAfterTheInterval() {
        assertThat(schedule.nextCheck(NOW.minusDays(9), CHECKS, true)).isEqualTo(NOW.plusMinutes(15));
        assertThat(schedule.nextCheck(NOW.minusHours(1), CHECKS, true)).isEqualTo(NOW.plusMinutes(15));
    }

    @Test
    void aJobCheckedEarlyOrWithoutASubmissionTimeWaitsTheInterval() {
        // placed by hand or before submitted_at existed: no age to go by
        assertThat(schedule.nextCheck(null, CHECKS, false)).isEqualTo(NOW.plusMinutes(15));
        // asked about before its first check was due (a poll run by hand)
        assertThat(schedule.nextCheck(NOW.minusMinutes(5), CHECKS, false)).isEqualTo(NOW.plusMinutes(15));
    }

    @Test
    void zeroWaitsAskAboutEveryOpenJobAtEveryPoll() {
        StatusChecks everyPoll = new StatusChecks(Duration.ZERO, Duration.ZERO, Duration.ZERO, 10, 100);
        assertThat(schedule.firstCheck(everyPoll)).isEqualTo(NOW);
        assertThat(schedule.nextCheck(NOW.minusDays(3), everyPoll, false)).isEqualTo(NOW);
        assertThat(schedule.nextCheck(NOW.minusDays(3), everyPoll, true)).isEqualTo(NOW);
    }

    @Test
    void timesAreToTheSecondAsEveryTimeInTheStore() {
        StatusCheckSchedule schedule = new StatusCheckSchedule(Clock.fixed(Instant.parse("2026-03-02T09:00:00.750Z"),
                ZoneOffset.UTC));
        assertThat(schedule.now()).isEqualTo(NOW);
        assertThat(schedule.firstCheck(CHECKS)).isEqualTo(NOW.plusHours(1));
    }

    private static StatusCheckSchedule at(LocalDateTime time) {
        return new StatusCheckSchedule(Clock.fixed(time.toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }
}
