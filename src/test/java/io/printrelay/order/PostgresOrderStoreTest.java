package io.printrelay.order;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The same store tests on the real PostgreSQL, in a schema of their own that is dropped afterwards.
 * Runs when PRINTRELAY_TEST_POSTGRES_URL is set (.ci/run sets it); an unreachable server then fails the build.
 */
@ActiveProfiles("postgres")
@EnabledIfEnvironmentVariable(named = PostgresOrderStoreTest.URL_VARIABLE, matches = ".+")
class PostgresOrderStoreTest extends OrderStoreTest {

    static final String URL_VARIABLE = "PRINTRELAY_TEST_POSTGRES_URL";
    static final String SCHEMA = "printrelay_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", PostgresOrderStoreTest::url);
        registry.add("spring.datasource.username", PostgresOrderStoreTest::user);
        registry.add("spring.datasource.password", () -> System.getenv().getOrDefault(
                "PRINTRELAY_TEST_POSTGRES_PASSWORD", ""));
        registry.add("spring.flyway.schemas", () -> SCHEMA);
        registry.add("spring.flyway.create-schemas", () -> "true");
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        try (Connection connection = DriverManager.getConnection(System.getenv(URL_VARIABLE), user(),
                System.getenv().getOrDefault("PRINTRELAY_TEST_POSTGRES_PASSWORD", ""))) {
            connection.createStatement().execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }

    private static String url() {
        String base = System.getenv(URL_VARIABLE);
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
    }

    private static String user() {
        return System.getenv().getOrDefault("PRINTRELAY_TEST_POSTGRES_USER", "postgres");
    }
}
