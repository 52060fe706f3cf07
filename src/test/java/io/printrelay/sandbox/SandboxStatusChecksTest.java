package io.printrelay.sandbox;

import io.printrelay.connector.fourover.FourOverProperties;
import io.printrelay.connector.pov.PovProperties;
import io.printrelay.fulfilment.StatusChecks;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While a connector talks to its simulator, its status checks keep the simulator's pace (a status per
 * {@code step-millis}), so the demo still ships within a minute; a real vendor, or a wait set anywhere, keeps its own.
 */
class SandboxStatusChecksTest {

    private static final String FOUR_OVER = "printrelay.vendors.fourover.status-checks.";
    private static final String POV = "printrelay.vendors.pov.status-checks.";

    @Test
    void theSimulatorsPaceByDefault() {
        StandardEnvironment environment = environment(shippedBlanks());

        // a simulated 4over job reaches Packaging after 7 steps of 3 s; a simulated POV order ships after 2 of 4 s
        assertThat(checks(environment, "fourover", FourOverProperties.class))
                .isEqualTo(new StatusChecks(seconds(21), seconds(3), seconds(9), 10, 100));
        assertThat(checks(environment, "pov", PovProperties.class))
                .isEqualTo(new StatusChecks(seconds(8), seconds(4), seconds(12), 10, 100));
    }

    @Test
    void theWaitsFollowTheSimulatorsSteps() {
        Map<String, Object> settings = shippedBlanks();
        settings.put("printrelay.sandbox.fourover.step-millis", "1000");
        settings.put("printrelay.sandbox.pov.step-millis", "0");
        StandardEnvironment environment = environment(settings);

        assertThat(checks(environment, "fourover", FourOverProperties.class))
                .isEqualTo(new StatusChecks(seconds(7), seconds(1), seconds(3), 10, 100));
        assertThat(checks(environment, "pov", PovProperties.class))
                .isEqualTo(new StatusChecks(Duration.ZERO, Duration.ZERO, Duration.ZERO, 10, 100));
    }

    @Test
    void aWaitSetElsewhereWinsAndARealVendorKeepsARealShopsWaits() {
        Map<String, Object> settings = shippedBlanks();
        settings.put(FOUR_OVER + "interval", "1m");
        settings.put("printrelay.vendors.pov.base-url", "https://pov.example.com/api");
        StandardEnvironment environment = environment(settings);

        assertThat(checks(environment, "fourover", FourOverProperties.class))
                .isEqualTo(new StatusChecks(seconds(21), Duration.ofMinutes(1), seconds(9), 10, 100));
        assertThat(checks(environment, "pov", PovProperties.class)).isEqualTo(StatusChecks.DEFAULTS);
    }

    private static StatusChecks checks(StandardEnvironment environment, String vendor, Class<?> settings) {
        Object bound = Binder.get(environment).bindOrCreate("printrelay.vendors." + vendor, settings);
        return bound instanceof FourOverProperties fourOver ? fourOver.statusChecks()
                : ((PovProperties) bound).statusChecks();
    }

    /** The keys as application.yaml ships them: waits empty, rates set. */
    private static Map<String, Object> shippedBlanks() {
        Map<String, Object> settings = new HashMap<>();
        for (String vendor : new String[] {FOUR_OVER, POV}) {
            settings.put(vendor + "first-after", "");
            settings.put(vendor + "interval", "");
            settings.put(vendor + "max-interval", "");
            settings.put(vendor + "requests-per-second", "10");
            settings.put(vendor + "batch-size", "100");
        }
        settings.put("printrelay.vendors.fourover.base-url", "");
        settings.put("printrelay.vendors.pov.base-url", "");
        return settings;
    }

    private static StandardEnvironment environment(Map<String, Object> applicationYaml) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addLast(new MapPropertySource("application.yaml", applicationYaml));
        ConfigurationPropertySources.attach(environment);
        SandboxBaseUrls.addTo(environment);
        SandboxStatusChecks.addTo(environment);
        return environment;
    }

    private static Duration seconds(long seconds) {
        return Duration.ofSeconds(seconds);
    }
}
