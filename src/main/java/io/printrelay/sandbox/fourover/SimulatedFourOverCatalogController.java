package io.printrelay.sandbox.fourover;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** 4over's {@code /printproducts} catalog endpoints over the {@link SimulatedCatalog}. */
@RestController
@RequestMapping(FourOverSimulatorConfiguration.BASE_PATH + "/printproducts")
public class SimulatedFourOverCatalogController {

    private final SimulatedCatalogChanges changes;

    public SimulatedFourOverCatalogController(SimulatedCatalogChanges changes) {
        this.changes = changes;
    }

    /** A product as listings show it. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record ProductSummary(String productUuid, String productCode, String productDescription,
                                 String fullProductPath) {

        static ProductSummary of(SimulatedProduct product) {
            return new ProductSummary(product.productUuid(), product.productCode(), product.productDescription(),
                    product.fullProductPath());
        }
    }

    /** A product on its own: the summary, its categories and its option groups. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record ProductDetail(String productUuid, String productCode, String productDescription,
                                String fullProductPath, List<Category> categories,
                                List<OptionGroup> productOptionGroups) {
    }

    @GetMapping("/categories")
    public FourOverPage<Category> categories(@RequestParam(required = false) String max,
                                             @RequestParam(required = false) String offset) {
        return FourOverPage.of(SimulatedCatalog.categories(), max, offset);
    }

    @GetMapping("/categories/{categoryUuid}/products")
    public FourOverPage<ProductSummary> productsInCategory(@PathVariable String categoryUuid,
                                                           @RequestParam(required = false) String max,
                                                           @RequestParam(required = false) String offset) {
        SimulatedCatalog.category(categoryUuid).orElseThrow(
                () -> FourOverApiException.notFound("Category " + categoryUuid + " not found"));
        return FourOverPage.of(summaries(SimulatedCatalog.productsIn(categoryUuid)), max, offset);
    }

    @GetMapping("/products")
    public FourOverPage<ProductSummary> products(@RequestParam(required = false) String max,
                                                 @RequestParam(required = false) String offset) {
        return FourOverPage.of(summaries(SimulatedCatalog.products()), max, offset);
    }

    @GetMapping("/products/{productUuid}")
    public ProductDetail product(@PathVariable String productUuid) {
        SimulatedProduct product = existing(productUuid);
        return new ProductDetail(product.productUuid(), product.productCode(), product.productDescription(),
                product.fullProductPath(), SimulatedCatalog.category(product.categoryUuid()).map(List::of)
                .orElse(List.of()), product.optionGroups());
    }

    @GetMapping("/products/{productUuid}/optiongroups")
    public Map<String, List<OptionGroup>> optionGroups(@PathVariable String productUuid) {
        return Map.of("entities", existing(productUuid).optionGroups());
    }

    @GetMapping("/products/{productUuid}/baseprices")
    public FourOverPage<BasePrice> basePrices(@PathVariable String productUuid,
                                              @RequestParam(required = false) String max,
                                              @RequestParam(required = false) String offset) {
        return FourOverPage.of(changes.basePrices(existing(productUuid)), max, offset);
    }

    private static SimulatedProduct existing(String productUuid) {
        return SimulatedCatalog.product(productUuid)
                .orElseThrow(() -> FourOverApiException.notFound("Product " + productUuid + " not found"));
    }

    private static List<ProductSummary> summaries(List<SimulatedProduct> products) {
        return products.stream().map(ProductSummary::of).toList();
    }
}
