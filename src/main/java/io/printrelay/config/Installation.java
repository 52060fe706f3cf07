package io.printrelay.config;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * What this PrintRelay runs as, for the settings that only some installations may start with: on the sandbox's
 * simulators or not, under the {@code live} profile or not.
 *
 * @param sandbox     {@code printrelay.sandbox.enabled}: connectors without a base-url talk to the simulators
 * @param liveProfile the {@code live} profile is active: real vendors, real credentials
 */
public record Installation(boolean sandbox, boolean liveProfile) {

    /**
     * Read from the switch's key rather than the sandbox's settings record: the sandbox is a plug-in nothing
     * imports, and absent (a production jar) its switch still says whether its credentials are expected.
     */
    public static Installation of(Environment environment) {
        return new Installation(environment.getProperty("printrelay.sandbox.enabled", Boolean.class, true),
                environment.acceptsProfiles(Profiles.of("live")));
    }
}
