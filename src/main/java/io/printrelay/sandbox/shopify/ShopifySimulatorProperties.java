package io.printrelay.sandbox.shopify;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code printrelay.sandbox.shopify.*}: the access token the simulated Shopify accepts, the secret it signs its
 * webhooks with, its query cost bucket and the pace of its demo orders. Token and secret never appear in
 * {@link #toString()}.
 *
 * @param webhookEvery       1 in this many demo orders is announced by an orders/create webhook; the others are
 *                           left for the poll to find
 * @param bucketSize         the cost bucket's {@code maximumAvailable}
 * @param restoreRate        points regained a second ({@code restoreRate})
 * @param latencyMillis      how long each GraphQL request waits first; null: {@code printrelay.sandbox.latency-millis}
 */
@ConfigurationProperties("printrelay.sandbox.shopify")
@Validated
public record ShopifySimulatorProperties(@DefaultValue("sandbox-shopify-token") @NotBlank String accessToken,
                                         @DefaultValue("sandbox-shopify-webhook-secret") @NotBlank String webhookSecret,
                                         @DefaultValue("printrelay-sandbox.myshopify.com") String shopDomain,
                                         @DefaultValue("30000") @Min(1) long demoIntervalMillis,
                                         @DefaultValue("2") @Min(1) int webhookEvery,
                                         @DefaultValue("1000") @Positive int bucketSize,
                                         @DefaultValue("50") @Positive double restoreRate,
                                         @PositiveOrZero Long latencyMillis) {

    @Override
    public String toString() {
        return "ShopifySimulatorProperties[accessToken=(secret), webhookSecret=(secret), shopDomain=" + shopDomain
                + ", demoIntervalMillis=" + demoIntervalMillis + ", webhookEvery=" + webhookEvery + ", bucketSize="
                + bucketSize + ", restoreRate=" + restoreRate + ", latencyMillis=" + latencyMillis + "]";
    }
}
