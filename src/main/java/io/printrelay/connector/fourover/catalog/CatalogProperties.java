package io.printrelay.connector.fourover.catalog;

import io.printrelay.config.QuartzCron;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/**
 * {@code printrelay.vendors.fourover.catalog.*}: when the 4over catalog is synced, how many pages are read at once,
 * whether a product not synced yet is looked up live, and the markups that turn 4over's price into a selling price.
 *
 * @param enabled       the scheduled syncs run (on demand ones always can)
 * @param fullSync      Quartz cron of the full sync (every product)
 * @param deltaSync     Quartz cron of the delta sync (products 4over changed since the last complete sync)
 * @param pageSize      products a feed page asks for (4over caps productsfeed at 20)
 * @param concurrency   feed pages in flight at once (thread pool fourover-catalog-pages)
 * @param liveFallback  a product not in the local catalog is asked of 4over (optiongroups, baseprices)
 * @param liveCacheTtl  how long a product read live is kept in memory before it is asked again
 * @param markups       by product code pattern ({@code BC*}) or category name: the first that matches prices it
 * @param defaultMarkup the markup of a product no line matches
 */
@ConfigurationProperties("printrelay.vendors.fourover.catalog")
@Validated
public record CatalogProperties(@DefaultValue("true") boolean enabled,
                                @DefaultValue("0 0 3 ? * SUN") @QuartzCron String fullSync,
                                @DefaultValue("0 30 2 * * ?") @QuartzCron String deltaSync,
                                @DefaultValue("20") @Min(1) @Max(20) int pageSize,
                                @DefaultValue("8") @Min(1) @Max(64) int concurrency,
                                @DefaultValue("true") boolean liveFallback,
                                @DefaultValue("10m") @DurationMin(seconds = 0) Duration liveCacheTtl,
                                @Valid List<Markup> markups,
                                @Valid Markup defaultMarkup) {

    public CatalogProperties {
        markups = markups == null ? List.of() : List.copyOf(markups);
        defaultMarkup = defaultMarkup == null ? Markup.NONE : defaultMarkup;
    }

    /**
     * A selling price rule: {@code match} a product code pattern ({@code *} any characters, case-insensitive) or
     * {@code category} a category name; the price grows by {@code percent} and then by {@code fixed}.
     */
    public record Markup(String match, String category, @NotNull @Min(0) BigDecimal percent,
                         @NotNull @Min(0) BigDecimal fixed) {

        static final Markup NONE = new Markup(null, null, BigDecimal.ZERO, BigDecimal.ZERO);

        public Markup {
            percent = percent == null ? BigDecimal.ZERO : percent;
            fixed = fixed == null ? BigDecimal.ZERO : fixed;
        }

        /** What the markup answers to, for the quote: its pattern or its category. */
        String label() {
            return match != null && !match.isBlank() ? match : category != null && !category.isBlank()
                    ? "category " + category : "default";
        }
    }
}
