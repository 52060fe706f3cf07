package io.printrelay.sandbox.fourover;

import io.printrelay.config.BoundSettings;
import org.junit.jupiter.api.Test;

import static io.printrelay.config.BoundSettings.refusedKeys;
import static org.assertj.core.api.Assertions.assertThat;

class FourOverSimulatorPropertiesTest {

    @Test
    void defaultsAreTheSandboxKeysAndThreeSecondSteps() {
        FourOverSimulatorProperties properties = bind();

        assertThat(properties.publicKey()).isEqualTo("sandbox-4over-public-key");
        assertThat(properties.privateKey()).isEqualTo("sandbox-4over-private-key");
        assertThat(properties.stepMillis()).isEqualTo(3000);
        assertThat(properties.latencyMillis()).as("unset: the shared printrelay.sandbox.latency-millis").isNull();
    }

    @Test
    void itsOwnLatencyBindsAndANegativeOneIsRefused() {
        assertThat(bind("printrelay.sandbox.fourover.latency-millis=50").latencyMillis()).isEqualTo(50L);
        assertThat(refusedKeys(FourOverSimulatorProperties.class, "printrelay.sandbox.fourover.latency-millis=-1"))
                .containsExactly("printrelay.sandbox.fourover.latency-millis");
    }

    @Test
    void theKebabCaseKeysBindAndThePrivateKeyNeverShows() {
        FourOverSimulatorProperties properties = bind("printrelay.sandbox.fourover.public-key=pub",
                "printrelay.sandbox.fourover.private-key=very-secret", "printrelay.sandbox.fourover.step-millis=20");

        assertThat(properties.stepMillis()).isEqualTo(20);
        assertThat(properties.privateKey()).isEqualTo("very-secret");
        assertThat(properties.toString()).contains("pub").doesNotContain("very-secret");
    }

    @Test
    void aNegativeStepIsRefused() {
        assertThat(refusedKeys(FourOverSimulatorProperties.class, "printrelay.sandbox.fourover.step-millis=-1"))
                .containsExactly("printrelay.sandbox.fourover.step-millis");
    }

    private static FourOverSimulatorProperties bind(String... settings) {
        return BoundSettings.bind(FourOverSimulatorProperties.class, settings);
    }
}
