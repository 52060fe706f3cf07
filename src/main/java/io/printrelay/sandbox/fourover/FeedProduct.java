package io.printrelay.sandbox.fourover;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** A product as 4over's {@code /printproducts/productsfeed} lists it: the whole product, options and prices. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record FeedProduct(String productUuid, String productCode, String productDescription, String fullProductPath,
                          List<Category> categories, String lastUpdated, List<OptionGroup> productOptionGroups,
                          List<BasePrice> productBasePrices) {

    static final DateTimeFormatter UPDATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    static FeedProduct of(SimulatedProduct product, SimulatedCatalogChanges changes) {
        List<Category> categories = SimulatedCatalog.category(product.categoryUuid()).map(List::of).orElse(List.of());
        Instant updated = changes.updatedAt(product.productUuid());
        return new FeedProduct(product.productUuid(), product.productCode(), product.productDescription(),
                product.fullProductPath(), categories, UPDATED.format(updated), product.optionGroups(),
                changes.basePrices(product));
    }
}
