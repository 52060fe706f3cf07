package io.printrelay.sandbox.podos;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PodosSimulatorPropertiesTest {

    @Test
    void defaultsAreTheSandboxProjectAndTokenPagesOf25AndAnOrderEvery20Seconds() {
        PodosSimulatorProperties properties = bind(Map.of());

        assertThat(properties.project()).isEqualTo("printrelay-sandbox");
        assertThat(properties.apiToken()).isEqualTo("sandbox-podos-token");
        assertThat(properties.pageSize()).isEqualTo(25);
        assertThat(properties.demoIntervalMillis()).isEqualTo(20000);
    }

    @Test
    void theKebabCaseKeysBindAndTheTokenNeverShows() {
        PodosSimulatorProperties properties = bind(Map.of("printrelay.sandbox.podos.project", "my-shop",
                "printrelay.sandbox.podos.api-token", "very-secret", "printrelay.sandbox.podos.page-size", "2",
                "printrelay.sandbox.podos.demo-interval-millis", "50"));

        assertThat(properties.project()).isEqualTo("my-shop");
        assertThat(properties.apiToken()).isEqualTo("very-secret");
        assertThat(properties.pageSize()).isEqualTo(2);
        assertThat(properties.demoIntervalMillis()).isEqualTo(50);
        assertThat(properties.toString()).contains("my-shop").doesNotContain("very-secret");
    }

    @Test
    void aPageSizeBelowOneIsRefused() {
        assertThatThrownBy(() -> new PodosSimulatorProperties("p", "t", 0, 1000))
                .hasMessageContaining("printrelay.sandbox.podos.page-size");
    }

    private static PodosSimulatorProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("printrelay.sandbox.podos", PodosSimulatorProperties.class);
    }
}
