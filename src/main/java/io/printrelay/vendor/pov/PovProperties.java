package io.printrelay.vendor.pov;

import io.printrelay.mapping.ProductSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.Map;

/** {@code printrelay.vendors.pov.*}: Order Desk's POV integration settings. */
@ConfigurationProperties("printrelay.vendors.pov")
public record PovProperties(boolean enabled, String mode, String baseUrl, String customerId, String defaultMailClass,
                            Map<String, String> shippingClassMatch, String afterImportFolder,
                            String afterShipmentFolder, String statusPoll, String orderPrefix,
                            Duration requestTimeout, ProductSettings productSettings) {

    public PovProperties {
        mode = mode == null || mode.isBlank() ? "test" : mode.trim().toLowerCase();
        defaultMailClass = blankOr(defaultMailClass, "Ground Advantage");
        shippingClassMatch = shippingClassMatch == null ? Map.of() : shippingClassMatch;
        afterImportFolder = blankOr(afterImportFolder, "Submitted");
        afterShipmentFolder = blankOr(afterShipmentFolder, "Shipped");
        orderPrefix = orderPrefix == null ? "PR-" : orderPrefix;
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(30) : requestTimeout;
        productSettings = productSettings == null ? ProductSettings.none() : productSettings;
        if (!mode.equals("test") && !mode.equals("live")) {
            throw new IllegalArgumentException("printrelay.vendors.pov.mode must be test or live, not '" + mode + "'");
        }
    }

    public boolean live() {
        return mode.equals("live");
    }

    private static String blankOr(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
