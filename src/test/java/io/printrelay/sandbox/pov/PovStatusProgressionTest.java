package io.printrelay.sandbox.pov;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PovStatusProgressionTest {

    private static final Instant CREATED = Instant.parse("2026-11-23T18:00:00Z");
    private final PovStatusProgression oneSecondSteps = new PovStatusProgression(Duration.ofSeconds(1));

    @Test
    void receivedThenInProductionForOneStepEachThenShippedForGood() {
        SimulatedPovOrder order = order(false);

        assertThat(oneSecondSteps.current(order, CREATED)).isEqualTo(PovOrderStatus.RECEIVED);
        assertThat(oneSecondSteps.current(order, CREATED.minusSeconds(5))).isEqualTo(PovOrderStatus.RECEIVED);
        assertThat(oneSecondSteps.current(order, CREATED.plusMillis(999))).isEqualTo(PovOrderStatus.RECEIVED);
        assertThat(oneSecondSteps.current(order, CREATED.plusMillis(1000))).isEqualTo(PovOrderStatus.IN_PRODUCTION);
        assertThat(oneSecondSteps.current(order, CREATED.plusMillis(1999))).isEqualTo(PovOrderStatus.IN_PRODUCTION);
        assertThat(oneSecondSteps.current(order, CREATED.plusMillis(2000))).isEqualTo(PovOrderStatus.SHIPPED);
        assertThat(oneSecondSteps.current(order, CREATED.plus(Duration.ofDays(30)))).isEqualTo(PovOrderStatus.SHIPPED);
    }

    @Test
    void aSimCancelOrderEndsCanceledWhereOthersShip() {
        SimulatedPovOrder order = order(true);

        assertThat(oneSecondSteps.current(order, CREATED.plusMillis(1500))).isEqualTo(PovOrderStatus.IN_PRODUCTION);
        assertThat(oneSecondSteps.current(order, CREATED.plusSeconds(2))).isEqualTo(PovOrderStatus.CANCELED);
        assertThat(PovStatusProgression.path(order)).containsExactly(PovOrderStatus.RECEIVED,
                PovOrderStatus.IN_PRODUCTION, PovOrderStatus.CANCELED);
    }

    @Test
    void anOrderPovCanceledStaysCanceled() {
        SimulatedPovOrder canceled = order(false).canceledAt(CREATED.plusMillis(500));

        assertThat(oneSecondSteps.current(canceled, CREATED.plusMillis(600))).isEqualTo(PovOrderStatus.CANCELED);
        assertThat(oneSecondSteps.current(canceled, CREATED.plusSeconds(60))).isEqualTo(PovOrderStatus.CANCELED);
    }

    @Test
    void noStepsMeansEveryOrderIsAtItsEndAtOnce() {
        PovStatusProgression instant = new PovStatusProgression(Duration.ZERO);

        assertThat(instant.current(order(false), CREATED)).isEqualTo(PovOrderStatus.SHIPPED);
        assertThat(instant.current(order(true), CREATED)).isEqualTo(PovOrderStatus.CANCELED);
    }

    @Test
    void theCreationReachingAStatusPutsTheOrderThereForOneStep() {
        Instant now = CREATED.plusSeconds(100);
        SimulatedPovOrder order = order(false);

        Instant inProduction = oneSecondSteps.createdAtReaching(PovOrderStatus.IN_PRODUCTION, order, now);

        assertThat(inProduction).isEqualTo(now.minusSeconds(1));
        assertThat(oneSecondSteps.current(order.createdAt(inProduction), now)).isEqualTo(PovOrderStatus.IN_PRODUCTION);
        assertThat(oneSecondSteps.current(order.createdAt(inProduction), now.plusMillis(999)))
                .isEqualTo(PovOrderStatus.IN_PRODUCTION);
        assertThat(oneSecondSteps.createdAtReaching(PovOrderStatus.RECEIVED, order, now)).isEqualTo(now);
        assertThat(oneSecondSteps.createdAtReaching(PovOrderStatus.SHIPPED, order, now)).isEqualTo(now.minusSeconds(2));
    }

    @Test
    void aStatusOffTheOrdersPathCannotBeReached() {
        assertThatThrownBy(() -> oneSecondSteps.createdAtReaching(PovOrderStatus.CANCELED, order(false), CREATED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cancel it instead");
        assertThatThrownBy(() -> oneSecondSteps.createdAtReaching(PovOrderStatus.SHIPPED, order(true), CREATED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(PovMagicValues.CANCEL_SKU);
    }

    @Test
    void theTrackingNumberLooksLikeUspsAndDependsOnlyOnTheOrderId() {
        String tracking = SimulatedPovOrder.trackingNumberOf("POV-12345678");

        assertThat(tracking).matches("9400\\d{18}");
        assertThat(SimulatedPovOrder.trackingNumberOf("POV-12345678")).isEqualTo(tracking);
        assertThat(SimulatedPovOrder.trackingNumberOf("POV-12345679")).isNotEqualTo(tracking);
    }

    private static SimulatedPovOrder order(boolean endsCanceled) {
        return new SimulatedPovOrder("POV-00000001", "c", "PR-1", "test", PovCatalog.PRIORITY, CREATED, endsCanceled,
                null, List.of());
    }
}
