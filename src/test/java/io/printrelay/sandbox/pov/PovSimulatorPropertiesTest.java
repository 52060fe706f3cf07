package io.printrelay.sandbox.pov;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PovSimulatorPropertiesTest {

    @Test
    void defaultsAreTheSandboxCustomerAndFourSecondSteps() {
        PovSimulatorProperties properties = bind(Map.of());

        assertThat(properties.customerId()).isEqualTo("pov-sandbox-customer");
        assertThat(properties.stepMillis()).isEqualTo(4000);
    }

    @Test
    void theKebabCaseKeysBind() {
        PovSimulatorProperties properties = bind(Map.of("printrelay.sandbox.pov.customer-id", "acme-123",
                "printrelay.sandbox.pov.step-millis", "0"));

        assertThat(properties.customerId()).isEqualTo("acme-123");
        assertThat(properties.stepMillis()).isZero();
    }

    @Test
    void aBlankCustomerOrANegativeStepIsRefused() {
        assertThatThrownBy(() -> new PovSimulatorProperties(" ", 4000))
                .hasMessageContaining("printrelay.sandbox.pov.customer-id");
        assertThatThrownBy(() -> new PovSimulatorProperties("c", -1))
                .hasMessageContaining("printrelay.sandbox.pov.step-millis");
    }

    private static PovSimulatorProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("printrelay.sandbox.pov", PovSimulatorProperties.class);
    }
}
