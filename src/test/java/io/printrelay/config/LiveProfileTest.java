package io.printrelay.config;

import io.printrelay.PrintRelayApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The live profile will not run on the sandbox's credentials. */
class LiveProfileTest {

    @Test
    void liveRefusesToStartWithTheSandboxApiKeyNamingTheSetting() {
        assertThatThrownBy(() -> start("--printrelay.api.api-key=sandbox-api-key"))
                .hasRootCauseInstanceOf(MissingSettingException.class)
                .rootCause().hasMessageContaining("printrelay.api.api-key");
    }

    @Test
    void liveRefusesToStartWithAnEmptyApiKey() {
        assertThatThrownBy(() -> start("--printrelay.api.api-key="))
                .hasRootCauseInstanceOf(MissingSettingException.class)
                .rootCause().hasMessageContaining("printrelay.api.api-key");
    }

    @Test
    void theFailureReportTellsWhichEnvironmentVariableToSet() {
        MissingSettingException missing = new MissingSettingException("printrelay.api.api-key", "must be set");
        org.assertj.core.api.Assertions.assertThat(new MissingSettingFailureAnalyzer().analyze(missing).getAction())
                .contains("PRINTRELAY_API_API_KEY");
    }

    private static void start(String apiKey) {
        new SpringApplicationBuilder(PrintRelayApplication.class).profiles("live").run(apiKey,
                "--spring.datasource.url=jdbc:hsqldb:mem:live-test", "--server.port=0",
                "--camel.component.jolokia.server-config.port=0", "--spring.jmx.unique-names=true",
                "--printrelay.vendors.pov.enabled=false").close();
    }
}
