package io.printrelay.sandbox.fourover;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FourOverSimulatorPropertiesTest {

    @Test
    void defaultsAreTheSandboxKeysAndThreeSecondSteps() {
        FourOverSimulatorProperties properties = bind(Map.of());

        assertThat(properties.publicKey()).isEqualTo("sandbox-4over-public-key");
        assertThat(properties.privateKey()).isEqualTo("sandbox-4over-private-key");
        assertThat(properties.stepMillis()).isEqualTo(3000);
    }

    @Test
    void theKebabCaseKeysBindAndThePrivateKeyNeverShows() {
        FourOverSimulatorProperties properties = bind(Map.of("printrelay.sandbox.fourover.public-key", "pub",
                "printrelay.sandbox.fourover.private-key", "very-secret", "printrelay.sandbox.fourover.step-millis", "20"));

        assertThat(properties.stepMillis()).isEqualTo(20);
        assertThat(properties.privateKey()).isEqualTo("very-secret");
        assertThat(properties.toString()).contains("pub").doesNotContain("very-secret");
    }

    private static FourOverSimulatorProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("printrelay.sandbox.fourover", FourOverSimulatorProperties.class);
    }
}
