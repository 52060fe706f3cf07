package io.printrelay.api;

import io.printrelay.config.Installation;
import io.printrelay.config.SettingRefusal;
import io.printrelay.config.StartupChecked;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code printrelay.api.*}: the credentials Order Desk clients send, the rate limit they meet and the largest
 * request body they may send. In the {@code live} profile the store id must be set and the API key must be one of
 * your own. The API key is a secret: it is never logged, so {@link #toString()} leaves it out.
 */
@ConfigurationProperties("printrelay.api")
@Validated
public record ApiProperties(String storeId, String apiKey, @NotBlank String storeName, @Valid RateLimit rateLimit,
                            DataSize maxBodySize) implements StartupChecked {

    /** The key the sandbox runs with; the live profile refuses to start with it. */
    public static final String SANDBOX_API_KEY = "sandbox-api-key";

    public ApiProperties {
        storeName = storeName == null ? "PrintRelay" : storeName;
        rateLimit = rateLimit == null ? new RateLimit(20, 3) : rateLimit;
        maxBodySize = maxBodySize == null ? DataSize.ofMegabytes(4) : maxBodySize;
    }

    /** Order Desk's leaky bucket: {@code bucket-size} requests at once, refilled at {@code refill-per-second}. */
    public record RateLimit(@Positive int bucketSize, @Positive double refillPerSecond) {
    }

    @Override
    public List<SettingRefusal> refusals(Installation installation) {
        List<SettingRefusal> refusals = new ArrayList<>();
        if (!installation.liveProfile()) {
            return refusals;
        }
        if (apiKey == null || apiKey.isBlank() || SANDBOX_API_KEY.equals(apiKey)) {
            refusals.add(new SettingRefusal("apiKey",
                    "must be set to a key of your own in the live profile (it is empty or the sandbox default)"));
        }
        if (storeId == null || storeId.isBlank()) {
            refusals.add(new SettingRefusal("storeId", "must be set in the live profile"));
        }
        return refusals;
    }

    @Override
    public String toString() {
        return "ApiProperties[storeId=" + storeId + ", apiKey=(secret), storeName=" + storeName + ", rateLimit="
                + rateLimit + ", maxBodySize=" + maxBodySize + "]";
    }
}
