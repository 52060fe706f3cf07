package io.printrelay.connector.woocommerce;

import io.printrelay.config.Installation;
import io.printrelay.config.QuartzCron;
import io.printrelay.config.SettingRefusal;
import io.printrelay.config.StartupChecked;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code printrelay.sources.woocommerce.*}: the WooCommerce import, its webhook and its tracking return. Outside the
 * sandbox an enabled import needs a consumer key, consumer secret and webhook secret of its own (not the
 * simulator's) to start. The consumer secret and the webhook secret are secrets: {@link #toString()} leaves them out,
 * and the key (half of the Basic credentials) too.
 */
@ConfigurationProperties("printrelay.sources.woocommerce")
@Validated
public record WooCommerceProperties(boolean enabled, String baseUrl, String consumerKey, String consumerSecret,
                                    @QuartzCron String poll, List<String> statusFilter, String folder,
                                    @DefaultValue("true") boolean syncTracking, LocalDate firstImportDate,
                                    String orderPrefix, String webhookSecret,
                                    @DefaultValue("true") boolean customerNote,
                                    @DefaultValue("true") boolean completeOrder,
                                    @DefaultValue("50") @Min(1) @Max(100) int pageSize,
                                    @DurationMin(millis = 1) Duration requestTimeout)
        implements StartupChecked {

    static final String SANDBOX_CONSUMER_KEY = "ck_sandbox_woocommerce";
    static final String SANDBOX_CONSUMER_SECRET = "cs_sandbox_woocommerce";
    static final String SANDBOX_WEBHOOK_SECRET = "sandbox-woocommerce-webhook-secret";

    public WooCommerceProperties {
        baseUrl = baseUrl == null ? "" : baseUrl.trim();
        poll = poll == null ? "0/20 * * * * ?" : poll;
        statusFilter = statusFilter == null ? List.of("processing") : statusFilter.stream().map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
        folder = folder == null || folder.isBlank() ? "New" : folder;
        orderPrefix = orderPrefix == null ? "" : orderPrefix;
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(30) : requestTimeout;
    }

    @Override
    public List<SettingRefusal> refusals(Installation installation) {
        List<SettingRefusal> refusals = new ArrayList<>();
        if (!enabled || installation.sandbox()) {
            return refusals;
        }
        if (baseUrl.isBlank()) {
            refusals.add(new SettingRefusal("baseUrl",
                    "must be set to your shop's URL (https://shop.example.com) to import from WooCommerce"));
        }
        if (isMissing(consumerKey, SANDBOX_CONSUMER_KEY)) {
            refusals.add(new SettingRefusal("consumerKey", "must be set to your WooCommerce REST API consumer key"
                    + " (it is empty or the sandbox default)"));
        }
        if (isMissing(consumerSecret, SANDBOX_CONSUMER_SECRET)) {
            refusals.add(new SettingRefusal("consumerSecret", "must be set to your WooCommerce REST API consumer"
                    + " secret (it is empty or the sandbox default)"));
        }
        if (isMissing(webhookSecret, SANDBOX_WEBHOOK_SECRET)) {
            refusals.add(new SettingRefusal("webhookSecret", "must be set to the secret of your WooCommerce webhooks"
                    + " (it is empty or the sandbox default): anyone could post orders with the sandbox's"));
        }
        return refusals;
    }

    private static boolean isMissing(String value, String sandboxDefault) {
        return value == null || value.isBlank() || sandboxDefault.equals(value);
    }

    @Override
    public String toString() {
        return "WooCommerceProperties[enabled=" + enabled + ", baseUrl=" + baseUrl + ", consumerKey=(secret)"
                + ", consumerSecret=(secret), webhookSecret=(secret), statusFilter=" + statusFilter + ", folder="
                + folder + ", pageSize=" + pageSize + "]";
    }
}
