package io.printrelay.connector.pov;

import io.printrelay.config.Installation;
import io.printrelay.config.QuartzCron;
import io.printrelay.config.SettingRefusal;
import io.printrelay.config.StartupChecked;
import io.printrelay.fulfilment.StatusChecks;
import io.printrelay.mapping.ProductSettings;
import io.printrelay.mapping.VendorSettings;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code printrelay.vendors.pov.*}: Order Desk's POV integration settings. Outside the sandbox POV needs its
 * address (not public: POV gives it to you) and the customer id POV gave you (the simulator's means nothing
 * there); so does live mode, where it places real orders.
 */
@ConfigurationProperties("printrelay.vendors.pov")
@Validated
public record PovProperties(boolean enabled,
                            @Pattern(regexp = "test|live", message = "must be test or live") String mode,
                            String baseUrl, String customerId, String defaultMailClass,
                            Map<String, String> shippingClassMatch, String afterImportFolder,
                            String afterShipmentFolder, @QuartzCron String statusPoll, String orderPrefix,
                            @DurationMin(millis = 1) Duration requestTimeout, ProductSettings productSettings,
                            @Valid StatusChecks statusChecks,
                            @DefaultValue("16") @Min(1) @Max(256) int concurrency)
        implements VendorSettings, StartupChecked {

    static final String SANDBOX_CUSTOMER = "pov-sandbox-customer";

    public PovProperties {
        mode = mode == null || mode.isBlank() ? "test" : mode.trim().toLowerCase();
        defaultMailClass = blankOr(defaultMailClass, "Ground Advantage");
        shippingClassMatch = shippingClassMatch == null ? Map.of() : shippingClassMatch;
        afterImportFolder = blankOr(afterImportFolder, "Submitted");
        afterShipmentFolder = blankOr(afterShipmentFolder, "Shipped");
        statusPoll = statusPoll == null ? "0/10 * * * * ?" : statusPoll;
        orderPrefix = orderPrefix == null ? "PR-" : orderPrefix;
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(30) : requestTimeout;
        productSettings = productSettings == null ? ProductSettings.none() : productSettings;
        statusChecks = StatusChecks.orDefaults(statusChecks);
    }

    public boolean live() {
        return mode.equals("live");
    }

    @Override
    public List<SettingRefusal> refusals(Installation installation) {
        List<SettingRefusal> refusals = new ArrayList<>();
        if (!enabled) {
            return refusals;
        }
        if (!installation.sandbox() && (baseUrl == null || baseUrl.isBlank())) {
            refusals.add(new SettingRefusal("baseUrl", "must be set to POV's API address (it is not public: ask"
                    + " POV), or set printrelay.vendors.pov.enabled=false"));
        }
        if ((live() || !installation.sandbox()) && (customerId == null || customerId.isBlank()
                || SANDBOX_CUSTOMER.equals(customerId))) {
            refusals.add(new SettingRefusal("customerId", "must be set to your POV customer ID outside the sandbox"
                    + " or in live mode (it is empty or the sandbox default)"));
        }
        return refusals;
    }

    private static String blankOr(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
