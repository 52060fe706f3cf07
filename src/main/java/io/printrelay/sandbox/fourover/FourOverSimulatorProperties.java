package io.printrelay.sandbox.fourover;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code printrelay.sandbox.fourover.*}: the key pair the simulated 4over accepts and how fast its jobs move.
 * The private key is a secret in real 4over, so even this sandbox one never appears in {@link #toString()}.
 *
 * @param stepMillis    how long each production status lasts; 0 makes every job complete at once
 * @param latencyMillis how long each request waits before it is handled; null:
 *                      {@code printrelay.sandbox.latency-millis}
 */
@ConfigurationProperties("printrelay.sandbox.fourover")
@Validated
public record FourOverSimulatorProperties(@DefaultValue("sandbox-4over-public-key") @NotBlank String publicKey,
                                          @DefaultValue("sandbox-4over-private-key") @NotBlank String privateKey,
                                          @DefaultValue("3000") @PositiveOrZero long stepMillis,
                                          @PositiveOrZero Long latencyMillis) {

    /** Steps a simulated job takes to reach Packaging, where 4over's last statuses before shipping begin. */
    public static int stepsUntilPackaging() {
        return StatusProgression.path(false).indexOf(JobStatus.PACKAGING);
    }

    @Override
    public String toString() {
        return "FourOverSimulatorProperties[publicKey=" + publicKey + ", privateKey=(secret), stepMillis="
                + stepMillis + ", latencyMillis=" + latencyMillis + "]";
    }
}
