package io.printrelay.connector.shopify;

import io.printrelay.config.Installation;
import io.printrelay.config.QuartzCron;
import io.printrelay.config.SettingRefusal;
import io.printrelay.config.StartupChecked;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code printrelay.sources.shopify.*}: the Shopify import (GraphQL Admin API), its webhook and its tracking return.
 * Outside the sandbox an enabled import needs a shop URL, an access token and a webhook secret of its own (not the
 * simulator's) to start. The access token and the webhook secret are secrets: {@link #toString()} leaves them out.
 */
@ConfigurationProperties("printrelay.sources.shopify")
@Validated
public record ShopifyProperties(boolean enabled, String shopUrl, String accessToken,
                                @Pattern(regexp = "\\d{4}-\\d{2}|unstable", message = "must be YYYY-MM or unstable")
                                String apiVersion,
                                @QuartzCron String poll, String folder, @DefaultValue("true") boolean syncTracking,
                                LocalDate firstImportDate, String orderPrefix, String webhookSecret,
                                List<String> statusFilter, @DefaultValue("true") boolean notifyCustomer,
                                @DefaultValue("50") @Min(1) @Max(250) int pageSize,
                                @DurationMin(millis = 1) Duration requestTimeout) implements StartupChecked {

    static final String SANDBOX_TOKEN = "sandbox-shopify-token";
    static final String SANDBOX_WEBHOOK_SECRET = "sandbox-shopify-webhook-secret";

    public ShopifyProperties {
        shopUrl = shopUrl == null ? "" : shopUrl.trim();
        apiVersion = apiVersion == null || apiVersion.isBlank() ? "2025-01" : apiVersion.trim();
        poll = poll == null ? "0/20 * * * * ?" : poll;
        folder = folder == null || folder.isBlank() ? "New" : folder;
        orderPrefix = orderPrefix == null ? "" : orderPrefix;
        statusFilter = statusFilter == null ? List.of("unfulfilled") : statusFilter.stream().map(String::trim)
                .filter(s -> !s.isEmpty()).map(s -> s.toLowerCase(Locale.ROOT)).toList();
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(30) : requestTimeout;
    }

    @Override
    public List<SettingRefusal> refusals(Installation installation) {
        List<SettingRefusal> refusals = new ArrayList<>();
        if (!enabled || installation.sandbox()) {
            return refusals;
        }
        if (shopUrl.isBlank() || !shopUrl.matches("https?://[^\\s/]+.*")) {
            refusals.add(new SettingRefusal("shopUrl",
                    "must be set to your shop's URL (https://<shop>.myshopify.com) to import from Shopify"));
        }
        if (accessToken == null || accessToken.isBlank() || SANDBOX_TOKEN.equals(accessToken)) {
            refusals.add(new SettingRefusal("accessToken",
                    "must be set to your Shopify Admin API access token to import from Shopify"));
        }
        if (webhookSecret == null || webhookSecret.isBlank() || SANDBOX_WEBHOOK_SECRET.equals(webhookSecret)) {
            refusals.add(new SettingRefusal("webhookSecret",
                    "must be set to your Shopify app's client secret (it signs the orders/create webhooks)"));
        }
        return refusals;
    }

    @Override
    public String toString() {
        return "ShopifyProperties[enabled=" + enabled + ", shopUrl=" + shopUrl + ", accessToken=(secret)"
                + ", apiVersion=" + apiVersion + ", webhookSecret=(secret), statusFilter=" + statusFilter
                + ", pageSize=" + pageSize + "]";
    }
}
