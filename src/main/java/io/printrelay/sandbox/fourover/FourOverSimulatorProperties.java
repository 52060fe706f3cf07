package io.printrelay.sandbox.fourover;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code printrelay.sandbox.fourover.*}: the key pair the simulated 4over accepts and how fast its jobs move.
 * The private key is a secret in real 4over, so even this sandbox one never appears in {@link #toString()}.
 *
 * @param stepMillis how long each production status lasts; 0 makes every job complete at once
 */
@ConfigurationProperties("printrelay.sandbox.fourover")
public record FourOverSimulatorProperties(@DefaultValue("sandbox-4over-public-key") String publicKey,
                                          @DefaultValue("sandbox-4over-private-key") String privateKey,
                                          @DefaultValue("3000") long stepMillis) {

    public FourOverSimulatorProperties {
        if (stepMillis < 0) {
            throw new IllegalArgumentException("printrelay.sandbox.fourover.step-millis must not be negative, was "
                    + stepMillis);
        }
    }

    @Override
    public String toString() {
        return "FourOverSimulatorProperties[publicKey=" + publicKey + ", privateKey=(secret), stepMillis="
                + stepMillis + "]";
    }
}
