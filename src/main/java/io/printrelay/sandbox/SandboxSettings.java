package io.printrelay.sandbox;

import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;

import java.util.Map;

/**
 * Settings the sandbox supplies to the connectors while it is on, ahead of every other source so that the blank
 * defaults in application.yaml do not hide them, and each only while it is not set anywhere else: a value set in
 * application.yaml, the environment, the command line or a test always wins. Decided at every read, not once.
 */
abstract class SandboxSettings extends EnumerablePropertySource<Map<String, String>> {

    /** Kept beside, not as the source: Spring Boot would descend into an environment given as a source, and meet this again. */
    private final ConfigurableEnvironment environment;

    SandboxSettings(String name, Map<String, String> keys, ConfigurableEnvironment environment) {
        super(name, keys);
        this.environment = environment;
    }

    /** The sandbox's value of one of its keys. */
    abstract Object sandboxValue(String name, String description);

    @Override
    public final String[] getPropertyNames() {
        return getSource().keySet().toArray(String[]::new);
    }

    @Override
    public final Object getProperty(String name) {
        String description = getSource().get(name);
        if (description == null || setElsewhere(name)) {
            return null;
        }
        return sandboxValue(name, description);
    }

    ConfigurableEnvironment environment() {
        return environment;
    }

    /** Whether a source other than the sandbox's own gives the key a value that is not blank. */
    boolean setElsewhere(String name) {
        for (PropertySource<?> other : environment.getPropertySources()) {
            if (other instanceof SandboxSettings || ConfigurationPropertySources.isAttachedConfigurationPropertySource(other)) {
                continue;
            }
            Object value = other.getProperty(name);
            if (value != null && !environment.resolvePlaceholders(value.toString()).isBlank()) {
                return true;
            }
        }
        return false;
    }

    static void addFirst(ConfigurableEnvironment environment, SandboxSettings settings) {
        if (!environment.getPropertySources().contains(settings.getName())) {
            environment.getPropertySources().addFirst(settings);
        }
    }
}
