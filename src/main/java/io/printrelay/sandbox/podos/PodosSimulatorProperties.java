package io.printrelay.sandbox.podos;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code printrelay.sandbox.podos.*}: the project and API token the simulated podOS accepts, its page size and
 * the pace of its demo orders. The token is a secret in real podOS, so even this sandbox one never appears in
 * {@link #toString()}.
 *
 * @param pageSize           orders per page of {@code GET /v1/orders}
 * @param demoIntervalMillis time between two demo orders (only while {@code printrelay.sandbox.demo-orders} is on)
 * @param latencyMillis      how long each request waits before it is handled; null:
 *                           {@code printrelay.sandbox.latency-millis}
 */
@ConfigurationProperties("printrelay.sandbox.podos")
@Validated
public record PodosSimulatorProperties(@DefaultValue("printrelay-sandbox") @NotBlank String project,
                                       @DefaultValue("sandbox-podos-token") @NotBlank String apiToken,
                                       @DefaultValue("25") @Min(1) int pageSize,
                                       @DefaultValue("20000") @Min(1) long demoIntervalMillis,
                                       @PositiveOrZero Long latencyMillis) {

    @Override
    public String toString() {
        return "PodosSimulatorProperties[project=" + project + ", apiToken=(secret), pageSize=" + pageSize
                + ", demoIntervalMillis=" + demoIntervalMillis + ", latencyMillis=" + latencyMillis + "]";
    }
}
