package io.printrelay.fulfilment;

import io.printrelay.connector.fourover.FourOverProperties;
import io.printrelay.connector.pov.PovProperties;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.printrelay.config.BoundSettings.bind;
import static io.printrelay.config.BoundSettings.bindShipped;
import static io.printrelay.config.BoundSettings.refusedKeys;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code printrelay.vendors.<vendor>.status-checks.*}: a real print shop's waits when none is set (the shipped file
 * leaves them empty for the sandbox to pace), and waits or rates no poll could work with stop startup by key.
 */
class StatusChecksSettingsTest {

    @Test
    void unsetWaitsAreARealPrintShopsAndTheShippedFileSaysSo() {
        StatusChecks defaults = new StatusChecks(Duration.ofHours(1), Duration.ofMinutes(15), Duration.ofHours(2), 10,
                100);
        assertThat(StatusChecks.DEFAULTS).isEqualTo(defaults);
        assertThat(bind(FourOverProperties.class).statusChecks()).isEqualTo(defaults);
        assertThat(bindShipped(FourOverProperties.class).statusChecks()).isEqualTo(defaults);
        assertThat(bind(PovProperties.class).statusChecks()).isEqualTo(defaults);
        assertThat(bindShipped(PovProperties.class).statusChecks()).isEqualTo(defaults);
    }

    @Test
    void eachVendorHasItsOwn() {
        FourOverProperties fourOver = bind(FourOverProperties.class,
                "printrelay.vendors.fourover.status-checks.first-after=4h",
                "printrelay.vendors.fourover.status-checks.interval=30m",
                "printrelay.vendors.fourover.status-checks.max-interval=8h",
                "printrelay.vendors.fourover.status-checks.requests-per-second=2",
                "printrelay.vendors.fourover.status-checks.batch-size=500");
        assertThat(fourOver.statusChecks()).isEqualTo(new StatusChecks(Duration.ofHours(4), Duration.ofMinutes(30),
                Duration.ofHours(8), 2, 500));
        assertThat(bind(PovProperties.class, "printrelay.vendors.pov.status-checks.interval=0s").statusChecks())
                .isEqualTo(new StatusChecks(Duration.ofHours(1), Duration.ZERO, Duration.ofHours(2), 10, 100));
    }

    @Test
    void aNegativeWaitALongestWaitBelowTheIntervalOrNoRequestsStopStartupNamingTheKey() {
        assertThat(refusedKeys(FourOverProperties.class, "printrelay.vendors.fourover.status-checks.first-after=-1s",
                "printrelay.vendors.fourover.status-checks.requests-per-second=0",
                "printrelay.vendors.fourover.status-checks.batch-size=0")).containsExactlyInAnyOrder(
                "printrelay.vendors.fourover.status-checks.first-after",
                "printrelay.vendors.fourover.status-checks.requests-per-second",
                "printrelay.vendors.fourover.status-checks.batch-size");
        assertThat(refusedKeys(PovProperties.class, "printrelay.vendors.pov.status-checks.interval=3h"))
                .containsExactly("printrelay.vendors.pov.status-checks.max-interval");
    }
}
