package io.printrelay.sandbox.pov;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Where a simulated POV order stands at a given moment. Nothing runs in the background: each status before the
 * last lasts one step, counted from the order's creation, so the answer follows the clock and survives any
 * number of polls (and a test moves an order on by moving its creation back).
 */
final class PovStatusProgression {

    private static final List<PovOrderStatus> TO_SHIPPED =
            List.of(PovOrderStatus.RECEIVED, PovOrderStatus.IN_PRODUCTION, PovOrderStatus.SHIPPED);
    private static final List<PovOrderStatus> TO_CANCELED =
            List.of(PovOrderStatus.RECEIVED, PovOrderStatus.IN_PRODUCTION, PovOrderStatus.CANCELED);

    private final Duration step;

    PovStatusProgression(Duration step) {
        this.step = step;
    }

    /** Steps an order that is not canceled takes to ship. */
    static int stepsUntilShipped() {
        return TO_SHIPPED.indexOf(PovOrderStatus.SHIPPED);
    }

    /** The statuses the order goes through, the final one last. */
    static List<PovOrderStatus> path(SimulatedPovOrder order) {
        return order.endsCanceled() ? TO_CANCELED : TO_SHIPPED;
    }

    /** An order POV canceled stays canceled, wherever it was. */
    PovOrderStatus current(SimulatedPovOrder order, Instant now) {
        if (order.canceledByPov()) {
            return PovOrderStatus.CANCELED;
        }
        List<PovOrderStatus> path = path(order);
        int last = path.size() - 1;
        if (step.isZero()) {
            return path.get(last);
        }
        long elapsedMillis = Math.max(0, Duration.between(order.createdAt(), now).toMillis());
        return path.get((int) Math.min(last, elapsedMillis / step.toMillis()));
    }

    /** When the order ships (or shipped), whatever the time now; null for one that never does (it ends canceled). */
    Instant shippedAt(SimulatedPovOrder order) {
        if (order.canceledByPov() || order.endsCanceled()) {
            return null;
        }
        return order.createdAt().plus(step.multipliedBy(TO_SHIPPED.size() - 1L));
    }

    /**
     * The creation time that puts the order at {@code status} at {@code now} (and keeps it there for one step).
     *
     * @throws IllegalArgumentException when the status is not on the order's path
     */
    Instant createdAtReaching(PovOrderStatus status, SimulatedPovOrder order, Instant now) {
        int index = path(order).indexOf(status);
        if (index < 0) {
            throw new IllegalArgumentException("POV order " + order.orderId() + " never becomes " + status.value()
                    + (order.endsCanceled() ? " (it was ordered with " + PovMagicValues.CANCEL_SKU + ")"
                    : " by itself (cancel it instead)"));
        }
        return now.minus(step.multipliedBy(index));
    }
}
