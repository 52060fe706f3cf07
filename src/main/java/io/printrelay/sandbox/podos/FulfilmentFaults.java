package io.printrelay.sandbox.podos;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The faults a test asked the simulated podOS's next fulfilment POSTs to show: refused outright (nothing recorded,
 * as when podOS is down), or recorded and then answered with an error (an answer lost on its way). Safe for
 * concurrent use: each POST uses up one.
 */
final class FulfilmentFaults {

    /** The next {@code remaining} calls answer {@code httpStatus}; {@code afterActing}: once recorded. */
    record Pending(int remaining, int httpStatus, boolean afterActing) {

        static final Pending NONE = new Pending(0, 0, false);

        Pending oneUsed() {
            return remaining > 0 ? new Pending(remaining - 1, httpStatus, afterActing) : this;
        }

        boolean refuses() {
            return remaining > 0 && !afterActing;
        }

        boolean losesAnswer() {
            return remaining > 0 && afterActing;
        }
    }

    private final AtomicReference<Pending> pending = new AtomicReference<>(Pending.NONE);

    /** Replaces any faults still pending. */
    void set(int count, int httpStatus, boolean afterActing) {
        if (count < 0 || httpStatus < 400 || httpStatus > 599) {
            throw new IllegalArgumentException("count must not be negative and httpStatus must be 4xx or 5xx, were "
                    + count + " and " + httpStatus);
        }
        pending.set(new Pending(count, httpStatus, afterActing));
    }

    /** What this call is to do (one fault used up, if any was pending). */
    Pending next() {
        return pending.getAndUpdate(Pending::oneUsed);
    }

    void clear() {
        pending.set(Pending.NONE);
    }
}
