package io.printrelay.sandbox.podos;

import io.printrelay.config.BoundSettings;
import org.junit.jupiter.api.Test;

import static io.printrelay.config.BoundSettings.refusedKeys;
import static org.assertj.core.api.Assertions.assertThat;

class PodosSimulatorPropertiesTest {

    @Test
    void defaultsAreTheSandboxProjectAndTokenPagesOf25AndAnOrderEvery20Seconds() {
        PodosSimulatorProperties properties = bind();

        assertThat(properties.project()).isEqualTo("printrelay-sandbox");
        assertThat(properties.apiToken()).isEqualTo("sandbox-podos-token");
        assertThat(properties.pageSize()).isEqualTo(25);
        assertThat(properties.demoIntervalMillis()).isEqualTo(20000);
        assertThat(properties.latencyMillis()).as("unset: the shared printrelay.sandbox.latency-millis").isNull();
    }

    @Test
    void theKebabCaseKeysBindAndTheTokenNeverShows() {
        PodosSimulatorProperties properties = bind("printrelay.sandbox.podos.project=my-shop",
                "printrelay.sandbox.podos.api-token=very-secret", "printrelay.sandbox.podos.page-size=2",
                "printrelay.sandbox.podos.demo-interval-millis=50");

        assertThat(properties.project()).isEqualTo("my-shop");
        assertThat(properties.apiToken()).isEqualTo("very-secret");
        assertThat(properties.pageSize()).isEqualTo(2);
        assertThat(properties.demoIntervalMillis()).isEqualTo(50);
        assertThat(properties.toString()).contains("my-shop").doesNotContain("very-secret");
    }

    @Test
    void aPageSizeBelowOneIsRefused() {
        assertThat(refusedKeys(PodosSimulatorProperties.class, "printrelay.sandbox.podos.page-size=0"))
                .containsExactly("printrelay.sandbox.podos.page-size");
    }

    @Test
    void itsOwnLatencyBindsAndANegativeOneIsRefused() {
        assertThat(bind("printrelay.sandbox.podos.latency-millis=50").latencyMillis()).isEqualTo(50L);
        assertThat(refusedKeys(PodosSimulatorProperties.class, "printrelay.sandbox.podos.latency-millis=-1"))
                .containsExactly("printrelay.sandbox.podos.latency-millis");
    }

    private static PodosSimulatorProperties bind(String... settings) {
        return BoundSettings.bind(PodosSimulatorProperties.class, settings);
    }
}
