package io.printrelay.connector.pov;

import io.printrelay.config.MissingSettingException;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * POV outside the sandbox needs its address (not public: POV gives it to you) and the customer id POV gave you
 * (the simulator's means nothing there); so does live mode, where it places real orders.
 */
@Component
public class PovLiveGuard implements InitializingBean {

    static final String SANDBOX_CUSTOMER = "pov-sandbox-customer";

    private final PovProperties properties;
    private final boolean sandbox;

    public PovLiveGuard(PovProperties properties, Environment environment) {
        this.properties = properties;
        this.sandbox = environment.getProperty("printrelay.sandbox.enabled", Boolean.class, true);
    }

    @Override
    public void afterPropertiesSet() {
        if (properties.enabled() && !sandbox
                && (properties.baseUrl() == null || properties.baseUrl().isBlank())) {
            throw new MissingSettingException("printrelay.vendors.pov.base-url",
                    "must be set to POV's API address (it is not public: ask POV), or set"
                            + " printrelay.vendors.pov.enabled=false");
        }
        if (properties.enabled() && (properties.live() || !sandbox) && (properties.customerId() == null
                || properties.customerId().isBlank() || SANDBOX_CUSTOMER.equals(properties.customerId()))) {
            throw new MissingSettingException("printrelay.vendors.pov.customer-id",
                    "must be set to your POV customer ID outside the sandbox or in live mode (it is empty or the"
                            + " sandbox default)");
        }
    }
}
