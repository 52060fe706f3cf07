package io.printrelay.sandbox.woocommerce;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code printrelay.sandbox.woocommerce.*}: the REST API credentials the simulated WooCommerce accepts, the secret it
 * signs its webhooks with, and the pace of its demo orders. The secrets never appear in {@link #toString()}.
 *
 * @param demoIntervalMillis time between two demo orders (only while {@code printrelay.sandbox.demo-orders} is on)
 * @param latencyMillis      how long each REST request waits before it is handled; null:
 *                           {@code printrelay.sandbox.latency-millis}
 */
@ConfigurationProperties("printrelay.sandbox.woocommerce")
@Validated
public record WooCommerceSimulatorProperties(@DefaultValue("ck_sandbox_woocommerce") @NotBlank String consumerKey,
                                             @DefaultValue("cs_sandbox_woocommerce") @NotBlank String consumerSecret,
                                             @DefaultValue("sandbox-woocommerce-webhook-secret") @NotBlank
                                             String webhookSecret,
                                             @DefaultValue("30000") @Min(1) long demoIntervalMillis,
                                             @PositiveOrZero Long latencyMillis) {

    @Override
    public String toString() {
        return "WooCommerceSimulatorProperties[consumerKey=(secret), consumerSecret=(secret), webhookSecret=(secret),"
                + " demoIntervalMillis=" + demoIntervalMillis + ", latencyMillis=" + latencyMillis + "]";
    }
}
