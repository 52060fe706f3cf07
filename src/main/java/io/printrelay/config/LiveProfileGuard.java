package io.printrelay.config;

import io.printrelay.api.ApiProperties;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** In the {@code live} profile PrintRelay refuses to start with the sandbox's API key or none at all. */
@Component
@Profile("live")
public class LiveProfileGuard implements InitializingBean {

    private final ApiProperties api;

    public LiveProfileGuard(ApiProperties api) {
        this.api = api;
    }

    @Override
    public void afterPropertiesSet() {
        if (api.apiKey() == null || api.apiKey().isBlank() || ApiProperties.SANDBOX_API_KEY.equals(api.apiKey())) {
            throw new MissingSettingException("printrelay.api.api-key",
                    "must be set to a key of your own in the live profile (it is empty or the sandbox default)");
        }
        if (api.storeId() == null || api.storeId().isBlank()) {
            throw new MissingSettingException("printrelay.api.store-id", "must be set in the live profile");
        }
    }
}
