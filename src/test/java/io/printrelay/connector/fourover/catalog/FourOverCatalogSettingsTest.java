package io.printrelay.connector.fourover.catalog;

import io.printrelay.config.BoundSettings;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** printrelay.vendors.fourover.catalog.*: the record's defaults are application.yaml's, and the markups' order. */
class FourOverCatalogSettingsTest {

    @Test
    void theDefaultsAreTheShippedFilesValues() {
        CatalogProperties defaults = BoundSettings.bind(CatalogProperties.class);

        assertThat(defaults).isEqualTo(BoundSettings.bindShipped(CatalogProperties.class));
        assertThat(defaults.fullSync()).isEqualTo("0 0 3 ? * SUN");
        assertThat(defaults.deltaSync()).isEqualTo("0 30 2 * * ?");
        assertThat(defaults.pageSize()).isEqualTo(20);
        assertThat(defaults.concurrency()).isEqualTo(8);
        assertThat(defaults.liveCacheTtl()).isEqualTo(Duration.ofMinutes(10));
        assertThat(defaults.markups()).isEmpty();
        assertThat(Markups.apply(defaults.defaultMarkup(), new BigDecimal("9.99"))).isEqualByComparingTo("9.99");
    }

    @Test
    void theFirstMatchingMarkupWinsByCodePatternOrCategoryElseTheDefault() {
        CatalogProperties settings = BoundSettings.bind(CatalogProperties.class,
                "printrelay.vendors.fourover.catalog.markups[0].match=BC-16*",
                "printrelay.vendors.fourover.catalog.markups[0].percent=50",
                "printrelay.vendors.fourover.catalog.markups[1].match=bc*",
                "printrelay.vendors.fourover.catalog.markups[1].percent=40",
                "printrelay.vendors.fourover.catalog.markups[1].fixed=1.50",
                "printrelay.vendors.fourover.catalog.markups[2].category=Postcards",
                "printrelay.vendors.fourover.catalog.markups[2].fixed=2",
                "printrelay.vendors.fourover.catalog.default-markup.percent=10");
        Markups markups = new Markups(settings);

        assertThat(markups.markupFor("BC-16PT-2X3.5-0007", "Business Cards").percent()).isEqualByComparingTo("50");
        assertThat(markups.markupFor("BC-14PT-3.5X2", "Business Cards").label()).isEqualTo("bc*");
        assertThat(Markups.apply(markups.markupFor("BC-14PT-3.5X2", null), new BigDecimal("10.00")))
                .isEqualByComparingTo("15.50");
        assertThat(Markups.apply(markups.markupFor("PC-16PT-4X6", "postcards"), new BigDecimal("10.00")))
                .isEqualByComparingTo("12.00");
        assertThat(Markups.apply(markups.markupFor("FLY-1", "Flyers"), new BigDecimal("10.00")))
                .isEqualByComparingTo("11.00");
    }

    @Test
    void aMistypedCronOrATooLargePageIsRefusedNamingTheKey() {
        assertThat(BoundSettings.refusedKeys(CatalogProperties.class,
                "printrelay.vendors.fourover.catalog.full-sync=weekly",
                "printrelay.vendors.fourover.catalog.page-size=50"))
                .containsExactlyInAnyOrder("printrelay.vendors.fourover.catalog.full-sync",
                        "printrelay.vendors.fourover.catalog.page-size");
    }
}
