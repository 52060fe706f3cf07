package io.printrelay.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code printrelay.api.*}: the credentials Order Desk clients send, the rate limit they meet and the largest
 * request body they may send.
 * The API key is a secret: it is never logged, so {@link #toString()} leaves it out.
 */
@ConfigurationProperties("printrelay.api")
public record ApiProperties(String storeId, String apiKey, String storeName, RateLimit rateLimit,
                            DataSize maxBodySize) {

    /** The key the sandbox runs with; the live profile refuses to start with it. */
    public static final String SANDBOX_API_KEY = "sandbox-api-key";

    public ApiProperties {
        storeName = storeName == null ? "PrintRelay" : storeName;
        rateLimit = rateLimit == null ? new RateLimit(20, 3) : rateLimit;
        maxBodySize = maxBodySize == null ? DataSize.ofMegabytes(4) : maxBodySize;
    }

    /** Order Desk's leaky bucket: {@code bucket-size} requests at once, refilled at {@code refill-per-second}. */
    public record RateLimit(int bucketSize, double refillPerSecond) {
    }

    @Override
    public String toString() {
        return "ApiProperties[storeId=" + storeId + ", apiKey=(secret), storeName=" + storeName + ", rateLimit="
                + rateLimit + ", maxBodySize=" + maxBodySize + "]";
    }
}
