package io.printrelay.config;

import io.printrelay.PrintRelayApplication;
import io.printrelay.api.ApiProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.util.LinkedHashMap;
import java.util.Map;

import static io.printrelay.config.BoundSettings.refusedKeys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The live profile will not run on any of the sandbox's credentials, and a mistyped mode stops it: each time
 * Spring Boot's startup failure report names the setting to fix, its value and the environment variable to set.
 */
@ExtendWith(OutputCaptureExtension.class)
class LiveProfileTest {

    /** Leaving {@code setting} out of a live installation's settings: its sandbox default from application.yaml applies. */
    @ParameterizedTest
    @CsvSource({
            "printrelay.api.api-key,",
            "printrelay.vendors.fourover.public-key,",
            "printrelay.vendors.fourover.private-key,",
            "printrelay.sources.podos.project, printrelay.sources.podos.enabled=true",
            "printrelay.sources.podos.api-token, printrelay.sources.podos.enabled=true",
            "printrelay.sources.shopify.shop-url, printrelay.sources.shopify.enabled=true",
            "printrelay.sources.shopify.access-token, printrelay.sources.shopify.enabled=true",
            "printrelay.sources.shopify.webhook-secret, printrelay.sources.shopify.enabled=true",
            "printrelay.sources.woocommerce.base-url, printrelay.sources.woocommerce.enabled=true",
            "printrelay.sources.woocommerce.consumer-key, printrelay.sources.woocommerce.enabled=true",
            "printrelay.sources.woocommerce.consumer-secret, printrelay.sources.woocommerce.enabled=true",
            "printrelay.sources.woocommerce.webhook-secret, printrelay.sources.woocommerce.enabled=true",
            "printrelay.vendors.pov.customer-id, printrelay.vendors.pov.enabled=true"})
    void liveRefusesEverySandboxDefaultNamingTheSetting(String setting, String connector, CapturedOutput output) {
        Map<String, String> settings = liveInstallation();
        settings.remove(setting);
        if (connector != null) {
            settings.put(connector.substring(0, connector.indexOf('=')), connector.substring(connector.indexOf('=') + 1));
        }

        assertThatThrownBy(() -> start(settings)).satisfies(failure -> assertThat(refusedKeys(failure))
                .contains(setting));
        assertThat(output.getOut()).contains("APPLICATION FAILED TO START", "Property: " + setting,
                environmentVariable(setting));
    }

    @Test
    void liveRefusesToStartWithAnEmptyApiKey() {
        Map<String, String> settings = liveInstallation();
        settings.put("printrelay.api.api-key", "");
        assertThatThrownBy(() -> start(settings)).satisfies(failure -> assertThat(refusedKeys(failure))
                .containsExactly("printrelay.api.api-key"));
    }

    @ParameterizedTest
    @CsvSource({"printrelay.vendors.fourover.mode", "printrelay.vendors.pov.mode"})
    void aModeOtherThanTestOrLiveStopsStartupNamingTheKeyAndTheValue(String key, CapturedOutput output) {
        Map<String, String> settings = liveInstallation();
        settings.put(key, "tset");

        assertThatThrownBy(() -> start(settings)).isNotNull();
        assertThat(output.getOut()).contains("APPLICATION FAILED TO START", key, "tset", "must be test or live");
    }

    @Test
    void theFailureReportTellsWhichEnvironmentVariableToSet() {
        assertThat(StartupCheckValidator.environmentVariableHint(ApiProperties.class, "apiKey"))
                .contains("PRINTRELAY_API_API_KEY");
    }

    private static String environmentVariable(String setting) {
        return setting.replace('.', '_').replace('-', '_').toUpperCase();
    }

    /** What a live installation sets: credentials of its own for every connector that is on. */
    private static Map<String, String> liveInstallation() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("printrelay.api.api-key", "live-api-key");
        settings.put("printrelay.vendors.fourover.public-key", "live-4over-public-key");
        settings.put("printrelay.vendors.fourover.private-key", "live-4over-private-key");
        settings.put("printrelay.sources.podos.project", "live-shop");
        settings.put("printrelay.sources.podos.api-token", "live-podos-token");
        settings.put("printrelay.sources.shopify.shop-url", "https://live-shop.myshopify.com");
        settings.put("printrelay.sources.shopify.access-token", "live-shopify-token");
        settings.put("printrelay.sources.shopify.webhook-secret", "live-shopify-secret");
        settings.put("printrelay.vendors.pov.base-url", "https://pov.example.com/api");
        settings.put("printrelay.vendors.pov.customer-id", "live-pov-customer");
        settings.put("printrelay.vendors.pov.enabled", "false");
        return settings;
    }

    private static void start(Map<String, String> settings) {
        Map<String, String> all = new LinkedHashMap<>(settings);
        all.put("spring.datasource.url", "jdbc:hsqldb:mem:live-test");
        all.put("server.port", "0");
        all.put("camel.component.jolokia.server-config.port", "0");
        all.put("spring.jmx.unique-names", "true");
        String[] args = all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        new SpringApplicationBuilder(PrintRelayApplication.class).profiles("live").run(args).close();
    }
}
