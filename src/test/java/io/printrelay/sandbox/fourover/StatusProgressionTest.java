package io.printrelay.sandbox.fourover;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StatusProgressionTest {

    private static final Instant CREATED = Instant.parse("2026-11-23T18:00:00Z");
    private final StatusProgression oneSecondSteps = new StatusProgression(Duration.ofSeconds(1));

    @Test
    void eachStatusLastsOneStepCountedFromCreation() {
        SimulatedJob job = job(MagicCoupons.NONE);

        assertThat(oneSecondSteps.current(job, CREATED)).isEqualTo(JobStatus.NEW);
        assertThat(oneSecondSteps.current(job, CREATED.plusMillis(999))).isEqualTo(JobStatus.NEW);
        assertThat(oneSecondSteps.current(job, CREATED.plusMillis(1000))).isEqualTo(JobStatus.ORDER_PENDING);
        assertThat(oneSecondSteps.current(job, CREATED.plusMillis(4999))).isEqualTo(JobStatus.BATCH_IMPOSITION);
        assertThat(oneSecondSteps.current(job, CREATED.plusMillis(5000))).isEqualTo(JobStatus.PLATED);
        assertThat(oneSecondSteps.current(job, CREATED.plusSeconds(9))).isEqualTo(JobStatus.COMPLETE_SHIPPED);
    }

    @Test
    void theHistoryIsNewestFirstAndStopsAtCompleteShipped() {
        List<StatusChange> history = oneSecondSteps.history(job(MagicCoupons.NONE), CREATED.plusSeconds(3600));

        assertThat(history).hasSize(10);
        assertThat(history.get(0)).isEqualTo(new StatusChange(JobStatus.COMPLETE_SHIPPED, CREATED.plusSeconds(9)));
        assertThat(history.get(9)).isEqualTo(new StatusChange(JobStatus.NEW, CREATED));
    }

    @Test
    void anArtworkHoldComesRightAfterPreFlighting() {
        List<JobStatus> path = StatusProgression.path(true);

        assertThat(path).hasSize(11);
        assertThat(path.get(path.indexOf(JobStatus.PRE_FLIGHTING) + 1)).isEqualTo(JobStatus.ON_HOLD_ARTWORK);
        assertThat(path.get(path.indexOf(JobStatus.ON_HOLD_ARTWORK) + 1)).isEqualTo(JobStatus.BATCH_PREP);
        assertThat(StatusProgression.path(false)).doesNotContain(JobStatus.ON_HOLD_ARTWORK);
        assertThat(oneSecondSteps.current(job(MagicCoupons.in(MagicCoupons.SIM_HOLD)), CREATED.plusSeconds(3)))
                .isEqualTo(JobStatus.ON_HOLD_ARTWORK);
    }

    @Test
    void aPickupJobEndsPickedUpInsteadOfShipped() {
        SimulatedJob job = job(MagicCoupons.in(MagicCoupons.SIM_PICKUP));

        List<StatusChange> history = oneSecondSteps.history(job, CREATED.plusSeconds(3600));

        assertThat(history).hasSize(10);
        assertThat(history.get(0).status()).isEqualTo(JobStatus.COMPLETE_PICKED_UP);
        assertThat(history).extracting(StatusChange::status).doesNotContain(JobStatus.COMPLETE_SHIPPED);
        assertThat(oneSecondSteps.createdAtReaching(JobStatus.COMPLETE_PICKED_UP, job, CREATED))
                .isEqualTo(CREATED.minusSeconds(9));
    }

    @Test
    void aCanceledJobStopsWhereItWasAndStartsWithCanceled() {
        SimulatedJob canceled = job(MagicCoupons.NONE).canceledAt(CREATED.plusMillis(2500));

        List<StatusChange> history = oneSecondSteps.history(canceled, CREATED.plusSeconds(3600));

        assertThat(history).extracting(StatusChange::status).containsExactly(JobStatus.CANCELED,
                JobStatus.PRE_FLIGHTING, JobStatus.ORDER_PENDING, JobStatus.NEW);
        assertThat(history.get(0).at()).isEqualTo(CREATED.plusMillis(2500));
    }

    @Test
    void jobsCanBeCanceledUpToBatchImposition() {
        assertThat(JobStatus.BATCH_IMPOSITION.cancelable()).isTrue();
        assertThat(JobStatus.ON_HOLD_ARTWORK.cancelable()).isTrue();
        assertThat(JobStatus.PLATED.cancelable()).isFalse();
        assertThat(JobStatus.COMPLETE_SHIPPED.cancelable()).isFalse();
    }

    @Test
    void zeroStepsCompleteAJobAtOnce() {
        assertThat(new StatusProgression(Duration.ZERO).current(job(MagicCoupons.NONE), CREATED))
                .isEqualTo(JobStatus.COMPLETE_SHIPPED);
    }

    private static SimulatedJob job(MagicCoupons coupons) {
        return new SimulatedJob("Z12345678901-001", "PR-1", "PR-1-1", CREATED, coupons,
                JsonNodeFactory.instance.objectNode(), null);
    }
}
