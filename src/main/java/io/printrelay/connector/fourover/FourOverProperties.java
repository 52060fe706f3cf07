package io.printrelay.connector.fourover;

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
 * {@code printrelay.vendors.fourover.*}: the 4over integration settings of Order Desk, OnPrintShop and Pressero.
 * Live mode places real, paid orders: it needs a payment profile. Outside the sandbox (the {@code live} profile)
 * or in live mode 4over is the real one, where the simulator's keys mean nothing.
 * The private key is a secret: {@link #toString()} leaves it out.
 */
@ConfigurationProperties("printrelay.vendors.fourover")
@Validated
public record FourOverProperties(boolean enabled,
                                 @Pattern(regexp = "test|live", message = "must be test or live") String mode,
                                 String baseUrl, String publicKey, String privateKey, String paymentProfileToken,
                                 String afterImportFolder, String afterShipmentFolder,
                                 String defaultMailClass, Map<String, String> shippingClassMatch,
                                 @QuartzCron String statusPoll, String orderPrefix, String shipFromFacility,
                                 String couponCode, String skipConfirmation, ReturnAddress returnAddress,
                                 @DurationMin(millis = 1) Duration requestTimeout, ProductSettings productSettings,
                                 @Valid StatusChecks statusChecks,
                                 @DefaultValue("16") @Min(1) @Max(256) int concurrency)
        implements VendorSettings, StartupChecked {

    public static final String LIVE = "live";
    static final String SANDBOX_PUBLIC_KEY = "sandbox-4over-public-key";
    static final String SANDBOX_PRIVATE_KEY = "sandbox-4over-private-key";

    public FourOverProperties {
        mode = mode == null || mode.isBlank() ? "test" : mode.trim().toLowerCase();
        afterImportFolder = blankOr(afterImportFolder, "Submitted");
        afterShipmentFolder = blankOr(afterShipmentFolder, "Shipped");
        defaultMailClass = blankOr(defaultMailClass, "UPS Ground");
        shippingClassMatch = shippingClassMatch == null ? Map.of() : shippingClassMatch;
        statusPoll = statusPoll == null ? "0/10 * * * * ?" : statusPoll;
        orderPrefix = orderPrefix == null ? "PR-" : orderPrefix;
        skipConfirmation = blankOr(skipConfirmation, "1");
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(30) : requestTimeout;
        productSettings = productSettings == null ? ProductSettings.none() : productSettings;
        statusChecks = StatusChecks.orDefaults(statusChecks);
    }

    public boolean live() {
        return LIVE.equals(mode);
    }

    @Override
    public List<SettingRefusal> refusals(Installation installation) {
        List<SettingRefusal> refusals = new ArrayList<>();
        if (!enabled || (!live() && installation.sandbox())) {
            return refusals;
        }
        if (live() && blank(paymentProfileToken)) {
            refusals.add(new SettingRefusal("paymentProfileToken",
                    "must be set when 4over is in live mode (GET /api/v2/fourover/payment-profiles lists your cards)"));
        }
        if (blank(publicKey) || SANDBOX_PUBLIC_KEY.equals(publicKey)) {
            refusals.add(new SettingRefusal("publicKey", "must be set to your 4over public key outside the sandbox"
                    + " or in live mode (it is empty or the sandbox default)"));
        }
        if (blank(privateKey) || SANDBOX_PRIVATE_KEY.equals(privateKey)) {
            refusals.add(new SettingRefusal("privateKey", "must be set to your 4over private key outside the sandbox"
                    + " or in live mode (it is empty or the sandbox default)"));
        }
        return refusals;
    }

    /** The ship_from of a dropshipped job: the merchant's return address, in 4over's field names. */
    public record ReturnAddress(String company, String firstname, String lastname, String email, String phone,
                                String address, String address2, String city, String state, String zipcode,
                                String country) {
    }

    private static String blankOr(String value, String fallback) {
        return blank(value) ? fallback : value;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    @Override
    public String toString() {
        return "FourOverProperties[enabled=" + enabled + ", mode=" + mode + ", baseUrl=" + baseUrl + ", publicKey="
                + publicKey + ", privateKey=(secret), paymentProfileToken=" + (paymentProfileToken == null
                || paymentProfileToken.isBlank() ? "(none)" : "(set)") + "]";
    }
}
