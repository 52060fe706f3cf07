package io.printrelay.connector.fourover;

import io.printrelay.config.MissingSettingException;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * 4over in live mode places real, paid orders: it needs a payment profile before it may start. Outside the sandbox
 * (the {@code live} profile) or in live mode it talks to the real 4over, where the simulator's keys mean nothing.
 */
@Component
public class FourOverLiveGuard implements InitializingBean {

    static final String SANDBOX_PUBLIC_KEY = "sandbox-4over-public-key";
    static final String SANDBOX_PRIVATE_KEY = "sandbox-4over-private-key";

    private final FourOverProperties properties;
    private final boolean sandbox;

    public FourOverLiveGuard(FourOverProperties properties, Environment environment) {
        this.properties = properties;
        this.sandbox = environment.getProperty("printrelay.sandbox.enabled", Boolean.class, true);
    }

    @Override
    public void afterPropertiesSet() {
        if (!properties.enabled() || (!properties.live() && sandbox)) {
            return;
        }
        if (properties.live() && blank(properties.paymentProfileToken())) {
            throw new MissingSettingException("printrelay.vendors.fourover.payment-profile-token",
                    "must be set when 4over is in live mode (GET /api/v2/fourover/payment-profiles lists your cards)");
        }
        if (blank(properties.publicKey()) || SANDBOX_PUBLIC_KEY.equals(properties.publicKey())) {
            throw new MissingSettingException("printrelay.vendors.fourover.public-key",
                    "must be set to your 4over public key outside the sandbox or in live mode (it is empty or the"
                            + " sandbox default)");
        }
        if (blank(properties.privateKey()) || SANDBOX_PRIVATE_KEY.equals(properties.privateKey())) {
            throw new MissingSettingException("printrelay.vendors.fourover.private-key",
                    "must be set to your 4over private key outside the sandbox or in live mode (it is empty or the"
                            + " sandbox default)");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
