package io.printrelay.order;

import io.printrelay.PrintRelayApplication;
import io.printrelay.TestOrders;
import io.printrelay.api.ApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped configuration (embedded HSQLDB in file mode under printrelay.store.data-dir) keeps orders across
 * a restart, and no secret (API key, 4over private key, podOS token) ever shows up in the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class RestartPersistenceTest {

    private static final String SECRET_KEY = "restart-test-secret-7f3a9c";
    private static final String FOUR_OVER_SECRET = "fourover-private-5b1e";
    private static final String PODOS_SECRET = "podos-token-93d0";

    @Test
    void ordersSurviveARestart(@TempDir Path dataDir, CapturedOutput output) {
        String id;
        try (ConfigurableApplicationContext first = start(dataDir)) {
            ApiClient.Response created = api(first).post("/orders", TestOrders.json("restart-1", null, null));
            assertThat(created.status()).isEqualTo(201);
            id = created.body().path("order").path("id").asText();
        }
        assertThat(Files.exists(dataDir.resolve("printrelay.script"))).isTrue();

        try (ConfigurableApplicationContext second = start(dataDir)) {
            ApiClient.Response read = api(second).get("/orders/" + id);
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.body().path("order").path("source_id").asText()).isEqualTo("restart-1");
            assertThat(read.body().path("order").path("order_items").get(0).path("name").asText())
                    .isEqualTo("Business cards");
        }
        assertThat(output.getAll()).contains("Started order-intake").doesNotContain(SECRET_KEY)
                .doesNotContain(FOUR_OVER_SECRET).doesNotContain(PODOS_SECRET);
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(PrintRelayApplication.class).run(
                "--printrelay.store.data-dir=" + dataDir,
                "--printrelay.api.api-key=" + SECRET_KEY,
                "--printrelay.vendors.fourover.private-key=" + FOUR_OVER_SECRET,
                "--printrelay.sources.podos.api-token=" + PODOS_SECRET,
                "--server.port=0",
                "--camel.component.jolokia.server-config.port=0",
                "--spring.jmx.unique-names=true",
                "--printrelay.sandbox.demo-orders=false");
    }

    private static ApiClient api(ConfigurableApplicationContext context) {
        int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
        return new ApiClient(port, "1", SECRET_KEY);
    }
}
