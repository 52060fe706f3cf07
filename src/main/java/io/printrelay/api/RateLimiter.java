package io.printrelay.api;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/** One leaky bucket per store id, as Order Desk meters its API. */
@Component
public class RateLimiter {

    private final Map<String, LeakyBucket> buckets = new ConcurrentHashMap<>();
    private final ApiProperties.RateLimit limit;
    private final LongSupplier nanoTime;

    @Autowired
    public RateLimiter(ApiProperties properties) {
        this(properties.rateLimit(), System::nanoTime);
    }

    RateLimiter(ApiProperties.RateLimit limit, LongSupplier nanoTime) {
        this.limit = limit;
        this.nanoTime = nanoTime;
    }

    LeakyBucket.Take take(String client) {
        long now = nanoTime.getAsLong();
        return buckets.computeIfAbsent(client, c -> new LeakyBucket(limit.bucketSize(), limit.refillPerSecond(), now))
                .take(now);
    }
}
