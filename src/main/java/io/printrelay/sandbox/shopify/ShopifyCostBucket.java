package io.printrelay.sandbox.shopify;

/**
 * Shopify's cost-based rate limit: a leaky bucket of {@code maximumAvailable} points that regains
 * {@code restoreRate} a second; a query is run only when the bucket holds its requested cost. Settable while
 * running, so that a test can shrink it.
 */
final class ShopifyCostBucket {

    /** What the bucket said about one request, for {@code extensions.cost}. */
    record Charge(boolean allowed, int requested, double available, int maximum, double restoreRate) {
    }

    private int maximum;
    private double restoreRate;
    private double available;
    private long lastNanos = System.nanoTime();

    ShopifyCostBucket(int maximum, double restoreRate) {
        resize(maximum, restoreRate);
    }

    /** A new size and rate; the bucket starts full. */
    synchronized void resize(int maximum, double restoreRate) {
        this.maximum = maximum;
        this.restoreRate = restoreRate;
        this.available = maximum;
        this.lastNanos = System.nanoTime();
    }

    synchronized Charge charge(int cost) {
        long now = System.nanoTime();
        available = Math.min(maximum, available + (now - lastNanos) / 1e9 * restoreRate);
        lastNanos = now;
        boolean allowed = cost <= available;
        if (allowed) {
            available -= cost;
        }
        return new Charge(allowed, cost, Math.floor(available), maximum, restoreRate);
    }
}
