package io.printrelay;

import org.springframework.test.context.DynamicPropertyRegistry;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A PostgreSQL schema of a test class's own, on the server named by PRINTRELAY_TEST_POSTGRES_URL (.ci/run sets
 * it): Flyway creates it, the class drops it afterwards. With the variable set and the server down, tests fail.
 */
public final class PostgresSchema {

    public static final String URL_VARIABLE = "PRINTRELAY_TEST_POSTGRES_URL";

    private final String name = "printrelay_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    public void register(DynamicPropertyRegistry registry) {
        properties().forEach((key, value) -> registry.add(key, () -> value));
    }

    /** The settings that put PrintRelay's store in this schema: for a test that starts PrintRelay itself. */
    public Map<String, String> properties() {
        String base = System.getenv(URL_VARIABLE);
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", base + (base.contains("?") ? "&" : "?") + "currentSchema=" + name);
        properties.put("spring.datasource.username", user());
        properties.put("spring.datasource.password", password());
        properties.put("spring.flyway.schemas", name);
        properties.put("spring.flyway.create-schemas", "true");
        return properties;
    }

    public void drop() throws SQLException {
        try (Connection connection = DriverManager.getConnection(System.getenv(URL_VARIABLE), user(), password())) {
            connection.createStatement().execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
        }
    }

    private static String user() {
        return System.getenv().getOrDefault("PRINTRELAY_TEST_POSTGRES_USER", "postgres");
    }

    private static String password() {
        return System.getenv().getOrDefault("PRINTRELAY_TEST_POSTGRES_PASSWORD", "");
    }
}
