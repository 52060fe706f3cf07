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
import java.sql.Connection;
import java.sql.DriverManager;

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
    void ordersSurviveARestart(@TempDir Path dataDir, CapturedOutput output) throws Exception {
        String id;
        try (ConfigurableApplicationContext first = start(dataDir)) {
            ApiClient.Response created = api(first).post("/orders", TestOrders.json("restart-1", null, null));
            assertThat(created.status()).isEqualTo(201);
            id = created.body().path("order").path("id").asText();
        }
        // a new store's .data file is not memory-mapped (the JDBC URL's hsqldb.nio_data_file=false)
        assertThat(Files.readString(dataDir.resolve("printrelay.script"))).contains("SET FILES NIO FALSE");

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

    /**
     * A store made before V12.1 (HSQLDB's default: the .data file memory-mapped, which counts in PrintRelay's RSS and
     * grew with the store) is switched to plain file access; the JDBC URL's hsqldb.nio_data_file only applies to a
     * database it creates.
     */
    @Test
    void anEarlierStoreStopsMappingItsDataFile(@TempDir Path dataDir) throws Exception {
        // as the JDBC URL of application.yaml was before it had hsqldb.nio_data_file=false
        String url = "jdbc:hsqldb:file:" + dataDir.resolve("printrelay")
                + ";hsqldb.default_table_type=cached;hsqldb.write_delay=false;hsqldb.tx=mvcc;shutdown=true";
        try (Connection connection = DriverManager.getConnection(url, "SA", "")) {
            assertThat(connection.getMetaData().getDatabaseProductName()).contains("HSQL");
        }
        assertThat(Files.readString(dataDir.resolve("printrelay.script"))).contains("SET FILES NIO TRUE");

        try (ConfigurableApplicationContext context = start(dataDir)) {
            assertThat(api(context).get("/orders").status()).isEqualTo(200);
        }
        assertThat(Files.readString(dataDir.resolve("printrelay.script"))).contains("SET FILES NIO FALSE");
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
                "--printrelay.sandbox.demo-orders=false",
                // a poll firing as the context closes finds the sandbox's port shut and retries; do not wait 45 s
                "--camel.main.shutdown-timeout=5");
    }

    private static ApiClient api(ConfigurableApplicationContext context) {
        int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
        return new ApiClient(port, "1", SECRET_KEY);
    }
}
