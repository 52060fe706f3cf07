package io.printrelay.connector.pov;

import io.printrelay.mapping.ProductSettings;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.util.Map;

/** {@code printrelay.vendors.pov.*}: Order Desk's POV integration settings. */
@ConfigurationProperties("printrelay.vendors.pov")
@Validated
public record PovProperties(boolean enabled,
                            @Pattern(regexp = "test|live", message = "must be test or live") String mode,
                            String baseUrl, String customerId, String defaultMailClass,
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
    }

    public boolean live() {
        return mode.equals("live");
    }

    private static String blankOr(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
