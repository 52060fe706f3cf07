package io.printrelay.connector.podos;

import org.junit.jupiter.api.Test;

import static io.printrelay.config.BoundSettings.bind;
import static io.printrelay.config.BoundSettings.refusedKeys;
import static org.assertj.core.api.Assertions.assertThat;

class PodosPropertiesTest {

    @Test
    void outsideTheSandboxThePodosImportNeedsARealToken() {
        assertThat(refusedKeys(PodosProperties.class, "printrelay.sandbox.enabled=false",
                "printrelay.sources.podos.enabled=true", "printrelay.sources.podos.project=shop",
                "printrelay.sources.podos.api-token=sandbox-podos-token"))
                .containsExactly("printrelay.sources.podos.api-token");
        assertThat(refusedKeys(PodosProperties.class, "printrelay.sandbox.enabled=false",
                "printrelay.sources.podos.enabled=true", "printrelay.sources.podos.project=shop",
                "printrelay.sources.podos.api-token="))
                .containsExactly("printrelay.sources.podos.api-token");
    }

    @Test
    void theSandboxOrADisabledImportNeedNothing() {
        assertThat(bind(PodosProperties.class, "printrelay.sandbox.enabled=true",
                "printrelay.sources.podos.enabled=true", "printrelay.sources.podos.project=printrelay-sandbox",
                "printrelay.sources.podos.api-token=sandbox-podos-token").enabled()).isTrue();
        assertThat(bind(PodosProperties.class, "printrelay.sandbox.enabled=false",
                "printrelay.sources.podos.enabled=false", "printrelay.sources.podos.api-token=").enabled()).isFalse();
    }

    @Test
    void aCountryFilterModeOtherThanStandardOrInvertedIsRefused() {
        assertThat(refusedKeys(PodosProperties.class, "printrelay.sources.podos.country-filter.mode=invertd"))
                .containsExactly("printrelay.sources.podos.country-filter.mode");
    }

    @Test
    void theIncrementalOverlapIsAMinuteUnlessSetAndNeverNegative() {
        assertThat(bind(PodosProperties.class, "printrelay.sources.podos.enabled=false").incrementalOverlap())
                .hasSeconds(60);
        assertThat(bind(PodosProperties.class, "printrelay.sources.podos.incremental-overlap=5s")
                .incrementalOverlap()).hasSeconds(5);
        assertThat(refusedKeys(PodosProperties.class, "printrelay.sources.podos.incremental-overlap=-1s"))
                .containsExactly("printrelay.sources.podos.incremental-overlap");
    }
}
