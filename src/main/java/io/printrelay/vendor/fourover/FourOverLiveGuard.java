package io.printrelay.vendor.fourover;

import io.printrelay.config.MissingSettingException;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/** 4over in live mode places real, paid orders: it needs real keys and a payment profile before it may start. */
@Component
public class FourOverLiveGuard implements InitializingBean {

    static final String SANDBOX_PRIVATE_KEY = "sandbox-4over-private-key";

    private final FourOverProperties properties;

    public FourOverLiveGuard(FourOverProperties properties) {
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() {
        if (!properties.enabled() || !properties.live()) {
            return;
        }
        if (blank(properties.paymentProfileToken())) {
            throw new MissingSettingException("printrelay.vendors.fourover.payment-profile-token",
                    "must be set when 4over is in live mode (GET /api/v2/fourover/payment-profiles lists your cards)");
        }
        if (blank(properties.publicKey())) {
            throw new MissingSettingException("printrelay.vendors.fourover.public-key",
                    "must be set when 4over is in live mode");
        }
        if (blank(properties.privateKey()) || SANDBOX_PRIVATE_KEY.equals(properties.privateKey())) {
            throw new MissingSettingException("printrelay.vendors.fourover.private-key",
                    "must be set to your 4over private key when 4over is in live mode");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
