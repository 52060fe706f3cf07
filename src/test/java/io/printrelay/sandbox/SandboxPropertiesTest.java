package io.printrelay.sandbox;

import io.printrelay.sandbox.fourover.FourOverSimulatorProperties;
import io.printrelay.sandbox.podos.PodosSimulatorProperties;
import io.printrelay.sandbox.pov.PovSimulatorProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.printrelay.config.BoundSettings;

import static io.printrelay.config.BoundSettings.bind;
import static io.printrelay.config.BoundSettings.bindShipped;
import static org.assertj.core.api.Assertions.assertThat;

/** The sandbox's settings records default to what application.yaml documents. */
class SandboxPropertiesTest {

    @ParameterizedTest
    @ValueSource(classes = {SandboxProperties.class, FourOverSimulatorProperties.class,
            PodosSimulatorProperties.class, PovSimulatorProperties.class})
    void theRecordsDefaultsAreTheShippedFilesValues(Class<?> settings) {
        assertThat(bind(settings)).isEqualTo(bindShipped(settings));
    }

    @Test
    void everySimulatorTakesTheSharedLatencyUnlessItHasItsOwn() {
        SandboxProperties shared = bind(SandboxProperties.class, "printrelay.sandbox.latency-millis=50");

        assertThat(bind(SandboxProperties.class).latencyMillis()).isZero();
        assertThat(SimulatedLatency.millis(null, shared)).isEqualTo(50);
        assertThat(SimulatedLatency.millis(0L, shared)).isZero();
        assertThat(SimulatedLatency.millis(200L, shared)).isEqualTo(200);
        assertThat(BoundSettings.refusedKeys(SandboxProperties.class, "printrelay.sandbox.latency-millis=-1"))
                .containsExactly("printrelay.sandbox.latency-millis");
    }
}
