package io.printrelay.sandbox.pov;

import io.printrelay.config.BoundSettings;
import org.junit.jupiter.api.Test;

import static io.printrelay.config.BoundSettings.refusedKeys;
import static org.assertj.core.api.Assertions.assertThat;

class PovSimulatorPropertiesTest {

    @Test
    void defaultsAreTheSandboxCustomerAndFourSecondSteps() {
        PovSimulatorProperties properties = bind();

        assertThat(properties.customerId()).isEqualTo("pov-sandbox-customer");
        assertThat(properties.stepMillis()).isEqualTo(4000);
        assertThat(properties.latencyMillis()).as("unset: the shared printrelay.sandbox.latency-millis").isNull();
    }

    @Test
    void theKebabCaseKeysBind() {
        PovSimulatorProperties properties = bind("printrelay.sandbox.pov.customer-id=acme-123",
                "printrelay.sandbox.pov.step-millis=0");

        assertThat(properties.customerId()).isEqualTo("acme-123");
        assertThat(properties.stepMillis()).isZero();
    }

    @Test
    void aBlankCustomerOrANegativeStepIsRefused() {
        assertThat(refusedKeys(PovSimulatorProperties.class, "printrelay.sandbox.pov.customer-id= "))
                .containsExactly("printrelay.sandbox.pov.customer-id");
        assertThat(refusedKeys(PovSimulatorProperties.class, "printrelay.sandbox.pov.step-millis=-1"))
                .containsExactly("printrelay.sandbox.pov.step-millis");
    }

    @Test
    void itsOwnLatencyBindsAndANegativeOneIsRefused() {
        assertThat(bind("printrelay.sandbox.pov.latency-millis=0").latencyMillis()).isZero();
        assertThat(refusedKeys(PovSimulatorProperties.class, "printrelay.sandbox.pov.latency-millis=-5"))
                .containsExactly("printrelay.sandbox.pov.latency-millis");
    }

    private static PovSimulatorProperties bind(String... settings) {
        return BoundSettings.bind(PovSimulatorProperties.class, settings);
    }
}
