package io.printrelay.config;

import io.printrelay.connector.orderdesk.ApiSourceProperties;
import io.printrelay.fulfilment.FulfilmentProperties;
import io.printrelay.mapping.RoutingProperties;
import io.printrelay.order.PrintUrlProperties;
import io.printrelay.order.StoreProperties;
import io.printrelay.tracking.TrackingReturnProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static io.printrelay.config.BoundSettings.bind;
import static io.printrelay.config.BoundSettings.bindShipped;
import static io.printrelay.config.BoundSettings.refusedKeys;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A settings record's defaults are what application.yaml documents, so an installation whose own file leaves a
 * key out runs as the shipped file says; and what no vendor, route or timer could work with stops startup.
 */
class SettingsDefaultsTest {

    @ParameterizedTest
    @ValueSource(classes = {FulfilmentProperties.class, TrackingReturnProperties.class, RetryProperties.class,
            StoreProperties.class, PrintUrlProperties.class, ApiSourceProperties.class, RoutingProperties.class})
    void theRecordsDefaultsAreTheShippedFilesValues(Class<?> settings) {
        assertThat(bind(settings)).isEqualTo(bindShipped(settings));
    }

    @Test
    void theFulfilmentDefaults() {
        FulfilmentProperties fulfilment = bind(FulfilmentProperties.class);
        assertThat(fulfilment.autoSubmit()).isTrue();
        assertThat(fulfilment.fromFolder()).isEqualTo("New");
        assertThat(fulfilment.sweep()).isEqualTo("0/15 * * * * ?");
        assertThat(fulfilment.settle()).isEqualTo(Duration.ofSeconds(10));
        assertThat(fulfilment.sendingTimeout()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aMistypedCronANegativeWaitOrABlankFolderStopsStartupNamingTheKey() {
        assertThat(refusedKeys(FulfilmentProperties.class, "printrelay.fulfilment.sweep=every 15 seconds",
                "printrelay.fulfilment.settle=-1s", "printrelay.fulfilment.from-folder= "))
                .containsExactlyInAnyOrder("printrelay.fulfilment.sweep", "printrelay.fulfilment.settle",
                        "printrelay.fulfilment.from-folder");
        assertThat(refusedKeys(TrackingReturnProperties.class, "printrelay.tracking-return.poll=0/5 * * * *"))
                .containsExactly("printrelay.tracking-return.poll");
        assertThat(refusedKeys(RetryProperties.class, "printrelay.retry.maximum-redeliveries=-1"))
                .containsExactly("printrelay.retry.maximum-redeliveries");
        assertThat(refusedKeys(ApiSourceProperties.class, "printrelay.sources.api.notify-url=hooks.example.com"))
                .containsExactly("printrelay.sources.api.notify-url");
    }
}
