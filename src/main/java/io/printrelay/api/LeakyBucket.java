package io.printrelay.api;

/**
 * One client's bucket of request tokens: it holds at most {@code capacity} and refills continuously at
 * {@code refillPerSecond}. Time is passed in (nanoseconds) so the arithmetic can be tested without waiting.
 */
final class LeakyBucket {

    /** What a request got: allowed or not, the whole tokens left, and when to come back if refused. */
    record Take(boolean allowed, int remaining, long retryAfterSeconds) {
    }

    private final int capacity;
    private final double refillPerNano;
    private double tokens;
    private long lastNanos;

    LeakyBucket(int capacity, double refillPerSecond, long nowNanos) {
        this.capacity = capacity;
        this.refillPerNano = refillPerSecond / 1_000_000_000d;
        this.tokens = capacity;
        this.lastNanos = nowNanos;
    }

    synchronized Take take(long nowNanos) {
        tokens = Math.min(capacity, tokens + (nowNanos - lastNanos) * refillPerNano);
        lastNanos = nowNanos;
        if (tokens >= 1) {
            tokens -= 1;
            return new Take(true, (int) Math.floor(tokens), 0);
        }
        double nanosToOneToken = (1 - tokens) / refillPerNano;
        return new Take(false, 0, Math.max(1, (long) Math.ceil(nanosToOneToken / 1_000_000_000d)));
    }
}
