package io.printrelay.connector.podos;

import io.printrelay.config.MissingSettingException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PodosGuardTest {

    @Test
    void outsideTheSandboxThePodosImportNeedsARealToken() {
        assertThatThrownBy(() -> new PodosGuard(settings(true, "sandbox-podos-token"), sandbox(false))
                .afterPropertiesSet()).isInstanceOf(MissingSettingException.class)
                .hasMessageContaining("printrelay.sources.podos.api-token");
        assertThatThrownBy(() -> new PodosGuard(settings(true, ""), sandbox(false)).afterPropertiesSet())
                .isInstanceOf(MissingSettingException.class);
    }

    @Test
    void theSandboxOrADisabledImportNeedNothing() {
        assertThatCode(() -> new PodosGuard(settings(true, "sandbox-podos-token"), sandbox(true))
                .afterPropertiesSet()).doesNotThrowAnyException();
        assertThatCode(() -> new PodosGuard(settings(false, ""), sandbox(false)).afterPropertiesSet())
                .doesNotThrowAnyException();
    }

    private static MockEnvironment sandbox(boolean enabled) {
        return new MockEnvironment().withProperty("printrelay.sandbox.enabled", String.valueOf(enabled));
    }

    private static PodosProperties settings(boolean enabled, String token) {
        return new PodosProperties(enabled, "", "shop", token, "0 0 * * * ?", List.of("processing"), "", null, null,
                "New", true, Duration.ofSeconds(5));
    }
}
