package io.printrelay.connector.podos;

import io.printrelay.config.MissingSettingException;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Outside the sandbox, the podOS import needs a project and API token of its own (not the simulator's) to start. */
@Component
public class PodosGuard implements InitializingBean {

    static final String SANDBOX_PROJECT = "printrelay-sandbox";
    static final String SANDBOX_TOKEN = "sandbox-podos-token";

    private final PodosProperties properties;
    private final boolean sandbox;

    public PodosGuard(PodosProperties properties, Environment environment) {
        this.properties = properties;
        this.sandbox = environment.getProperty("printrelay.sandbox.enabled", Boolean.class, true);
    }

    @Override
    public void afterPropertiesSet() {
        if (!properties.enabled() || sandbox) {
            return;
        }
        if (properties.project() == null || properties.project().isBlank()
                || SANDBOX_PROJECT.equals(properties.project())) {
            throw new MissingSettingException("printrelay.sources.podos.project",
                    "must be set to your podOS project to import from podOS (it is empty or the sandbox default)");
        }
        if (properties.apiToken() == null || properties.apiToken().isBlank()
                || SANDBOX_TOKEN.equals(properties.apiToken())) {
            throw new MissingSettingException("printrelay.sources.podos.api-token",
                    "must be set to your podOS API token to import from podOS");
        }
    }
}
