package io.printrelay.sandbox;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which {@code base-url} a connector reads: one set anywhere always wins over the simulator's. */
class SandboxBaseUrlsSourceTest {

    private static final String FOUR_OVER = "printrelay.vendors.fourover.base-url";

    @Test
    void aBlankBaseUrlIsTheSimulatorOnceTheServerHasItsPort() {
        StandardEnvironment environment = environment(Map.of(FOUR_OVER, ""));
        environment.getPropertySources().addFirst(new MapPropertySource("server.ports",
                Map.of("local.server.port", 43117)));

        assertThat(environment.getProperty(FOUR_OVER)).isEqualTo("http://127.0.0.1:43117/sandbox/4over");
        assertThat(environment.getProperty("printrelay.vendors.pov.base-url"))
                .isEqualTo("http://127.0.0.1:43117/sandbox/pov");
        assertThat(environment.getProperty("printrelay.sources.podos.base-url"))
                .isEqualTo("http://127.0.0.1:43117/sandbox/podos/v1");
    }

    @Test
    void aBaseUrlSetElsewhereWinsEvenFromASourceAddedLaterOrTheEnvironment() {
        StandardEnvironment environment = environment(Map.of(FOUR_OVER, ""));
        environment.getPropertySources().addLast(new SystemEnvironmentPropertySource("env",
                Map.of("PRINTRELAY_VENDORS_POV_BASE_URL", "https://pov.example.com/api")));
        environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of(FOUR_OVER,
                "http://127.0.0.1:9999")));

        assertThat(environment.getProperty(FOUR_OVER)).isEqualTo("http://127.0.0.1:9999");
        assertThat(environment.getProperty("printrelay.vendors.pov.base-url")).isEqualTo("https://pov.example.com/api");
    }

    @Test
    void aPlaceholderThatResolvesBlankCountsAsNotSet() {
        StandardEnvironment environment = environment(Map.of(FOUR_OVER, "${NO_SUCH_URL:}", "local.server.port", "8080"));

        assertThat(environment.getProperty(FOUR_OVER)).isEqualTo("http://127.0.0.1:8080/sandbox/4over");
    }

    @Test
    void readBeforeTheServerStartedItNamesThePortItWaitsFor() {
        StandardEnvironment environment = environment(Map.of());

        assertThat(environment.getPropertySources().get(SandboxBaseUrls.NAME).getProperty(FOUR_OVER))
                .isEqualTo("http://127.0.0.1:${local.server.port}/sandbox/4over");
        assertThatThrownBy(() -> environment.getProperty(FOUR_OVER)).hasMessageContaining("local.server.port");
    }

    private static StandardEnvironment environment(Map<String, Object> applicationYaml) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addLast(new MapPropertySource("application.yaml", applicationYaml));
        SandboxBaseUrls.addTo(environment);
        return environment;
    }
}
