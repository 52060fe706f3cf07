package io.printrelay.sandbox.podos;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code printrelay.sandbox.podos.*}: the project and API token the simulated podOS accepts, its page size and
 * the pace of its demo orders. The token is a secret in real podOS, so even this sandbox one never appears in
 * {@link #toString()}.
 *
 * @param pageSize           orders per page of {@code GET /v1/orders}
 * @param demoIntervalMillis time between two demo orders (only while {@code printrelay.sandbox.demo-orders} is on)
 */
@ConfigurationProperties("printrelay.sandbox.podos")
public record PodosSimulatorProperties(@DefaultValue("printrelay-sandbox") String project,
                                       @DefaultValue("sandbox-podos-token") String apiToken,
                                       @DefaultValue("25") int pageSize,
                                       @DefaultValue("20000") long demoIntervalMillis) {

    public PodosSimulatorProperties {
        if (project == null || project.isBlank()) {
            throw new IllegalArgumentException("printrelay.sandbox.podos.project must not be blank");
        }
        if (apiToken == null || apiToken.isBlank()) {
            throw new IllegalArgumentException("printrelay.sandbox.podos.api-token must not be blank");
        }
        if (pageSize < 1) {
            throw new IllegalArgumentException("printrelay.sandbox.podos.page-size must be at least 1, was " + pageSize);
        }
        if (demoIntervalMillis < 1) {
            throw new IllegalArgumentException("printrelay.sandbox.podos.demo-interval-millis must be at least 1, was "
                    + demoIntervalMillis);
        }
    }

    @Override
    public String toString() {
        return "PodosSimulatorProperties[project=" + project + ", apiToken=(secret), pageSize=" + pageSize
                + ", demoIntervalMillis=" + demoIntervalMillis + "]";
    }
}
