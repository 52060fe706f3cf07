package io.printrelay.connector.fourover;

import io.printrelay.mapping.ProductSettings;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.util.Map;

/**
 * {@code printrelay.vendors.fourover.*}: the 4over integration settings of Order Desk, OnPrintShop and Pressero.
 * The private key is a secret: {@link #toString()} leaves it out.
 */
@ConfigurationProperties("printrelay.vendors.fourover")
@Validated
public record FourOverProperties(boolean enabled,
                                 @Pattern(regexp = "test|live", message = "must be test or live") String mode, String baseUrl, String publicKey, String privateKey,
                                 String paymentProfileToken, String afterImportFolder, String afterShipmentFolder,
                                 String defaultMailClass, Map<String, String> shippingClassMatch, String statusPoll,
                                 String orderPrefix, String shipFromFacility, String couponCode,
                                 String skipConfirmation, ReturnAddress returnAddress, Duration requestTimeout,
                                 ProductSettings productSettings) {

    public static final String LIVE = "live";

    public FourOverProperties {
        mode = mode == null || mode.isBlank() ? "test" : mode.trim().toLowerCase();
        afterImportFolder = blankOr(afterImportFolder, "Submitted");
        afterShipmentFolder = blankOr(afterShipmentFolder, "Shipped");
        defaultMailClass = blankOr(defaultMailClass, "UPS Ground");
        shippingClassMatch = shippingClassMatch == null ? Map.of() : shippingClassMatch;
        orderPrefix = orderPrefix == null ? "PR-" : orderPrefix;
        skipConfirmation = blankOr(skipConfirmation, "1");
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(30) : requestTimeout;
        productSettings = productSettings == null ? ProductSettings.none() : productSettings;
    }

    public boolean live() {
        return LIVE.equals(mode);
    }

    /** The ship_from of a dropshipped job: the merchant's return address, in 4over's field names. */
    public record ReturnAddress(String company, String firstname, String lastname, String email, String phone,
                                String address, String address2, String city, String state, String zipcode,
                                String country) {
    }

    private static String blankOr(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    public String toString() {
        return "FourOverProperties[enabled=" + enabled + ", mode=" + mode + ", baseUrl=" + baseUrl + ", publicKey="
                + publicKey + ", privateKey=(secret), paymentProfileToken=" + (paymentProfileToken == null
                || paymentProfileToken.isBlank() ? "(none)" : "(set)") + "]";
    }
}
