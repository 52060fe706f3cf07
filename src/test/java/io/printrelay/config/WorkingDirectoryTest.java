package io.printrelay.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Started outside the directory that holds application.yaml and routes/, PrintRelay says so and how to fix it. */
class WorkingDirectoryTest {

    static final String[] NO_ARGS = {};

    @Test
    void theProjectDirectoryHoldsBoth() {
        assertThat(WorkingDirectory.problem(Path.of(""), NO_ARGS, Map.of())).isEmpty();
    }

    @Test
    void anEmptyDirectoryIsNamedWithWhatItLacks(@TempDir Path elsewhere) {
        assertThat(WorkingDirectory.problem(elsewhere, NO_ARGS, Map.of())).hasValueSatisfying(problem ->
                assertThat(problem).contains(elsewhere.toAbsolutePath().toString() + " has no application.yaml and"
                        + " routes/").contains("--spring.config.additional-location=file:"));
    }

    @Test
    void routesAloneAreMissedToo(@TempDir Path elsewhere) throws IOException {
        Files.writeString(elsewhere.resolve("application.yaml"), "printrelay: {}\n");
        assertThat(WorkingDirectory.problem(elsewhere, NO_ARGS, Map.of())).hasValueSatisfying(problem ->
                assertThat(problem).contains("has no routes/:"));
    }

    @Test
    void settingsNamedElsewhereAreTrusted(@TempDir Path elsewhere) {
        assertThat(WorkingDirectory.problem(elsewhere,
                new String[] {"--spring.config.additional-location=file:/etc/printrelay/application.yaml"}, Map.of()))
                .isEmpty();
        assertThat(WorkingDirectory.problem(elsewhere, NO_ARGS,
                Map.of("SPRING_CONFIG_ADDITIONALLOCATION", "file:/etc/printrelay/"))).isEmpty();
    }
}
