package io.printrelay.sandbox;

import io.printrelay.sandbox.podos.PodosSimulatorConfiguration;
import io.printrelay.sandbox.pov.PovSimulator;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The connectors' {@code base-url} settings while the sandbox is on: the simulators in this very process, on the
 * port the web server actually got (random in tests), e.g. {@code http://127.0.0.1:8080/sandbox/4over}. The
 * connectors only ever read their setting. Decided at every read, not once: a {@code base-url} set anywhere else
 * (application.yaml, the environment, the command line, a test's dynamic property added after this source) always
 * wins, and the port is only known once the web server has started ({@code local.server.port}); read before that,
 * the value still names the placeholder, so an early reader fails loudly instead of calling a wrong address.
 */
final class SandboxBaseUrls extends EnumerablePropertySource<Map<String, String>> {

    static final String NAME = "printrelaySandboxBaseUrls";
    private static final String PORT = "local.server.port";
    private static final Map<String, String> SIMULATOR_PATHS = new LinkedHashMap<>();

    static {
        SIMULATOR_PATHS.put("printrelay.vendors.fourover.base-url", "/sandbox/4over");
        SIMULATOR_PATHS.put("printrelay.vendors.pov.base-url", PovSimulator.BASE_PATH);
        SIMULATOR_PATHS.put("printrelay.sources.podos.base-url", PodosSimulatorConfiguration.BASE_PATH + "/v1");
    }

    /** Kept beside, not as the source: Spring Boot would descend into an environment given as a source, and meet this again. */
    private final ConfigurableEnvironment environment;

    private SandboxBaseUrls(ConfigurableEnvironment environment) {
        super(NAME, SIMULATOR_PATHS);
        this.environment = environment;
    }

    /** Ahead of every other source, so that the blank defaults in application.yaml do not hide it. */
    static void addTo(ConfigurableEnvironment environment) {
        if (!environment.getPropertySources().contains(NAME)) {
            environment.getPropertySources().addFirst(new SandboxBaseUrls(environment));
        }
    }

    @Override
    public String[] getPropertyNames() {
        return SIMULATOR_PATHS.keySet().toArray(String[]::new);
    }

    @Override
    public Object getProperty(String name) {
        String path = SIMULATOR_PATHS.get(name);
        if (path == null || setElsewhere(name)) {
            return null;
        }
        String port = environment.getProperty(PORT);
        return "http://127.0.0.1:" + (port != null ? port : "${" + PORT + "}") + path;
    }

    private boolean setElsewhere(String name) {
        for (PropertySource<?> other : environment.getPropertySources()) {
            if (other == this || ConfigurationPropertySources.isAttachedConfigurationPropertySource(other)) {
                continue;
            }
            Object value = other.getProperty(name);
            if (value != null && !environment.resolvePlaceholders(value.toString()).isBlank()) {
                return true;
            }
        }
        return false;
    }
}
