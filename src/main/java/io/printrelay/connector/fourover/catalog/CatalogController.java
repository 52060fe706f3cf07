package io.printrelay.connector.fourover.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import io.printrelay.api.ApiException;
import io.printrelay.api.Envelope;
import org.apache.camel.ProducerTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The 4over catalog over the API: browse synced products, a product's Options Manager, validate an item's uuids,
 * start a sync and see how it goes. Syncs run through the fourover-catalog-on-demand route.
 */
@RestController
public class CatalogController {

    static final String SYNC = "seda:fourover-catalog-sync";
    private static final int MAX_LIMIT = 500;

    private final CatalogStore store;
    private final CatalogLookup lookup;
    private final CatalogCheck check;
    private final CatalogProgress progress;
    private final ProducerTemplate camel;

    public CatalogController(CatalogStore store, CatalogLookup lookup, CatalogCheck check, CatalogProgress progress,
                             ProducerTemplate camel) {
        this.store = store;
        this.lookup = lookup;
        this.check = check;
        this.progress = progress;
        this.camel = camel;
    }

    @GetMapping("/api/v2/fourover/products")
    public Map<String, Object> products(@RequestParam(required = false) String q,
                                        @RequestParam(required = false) String category,
                                        @RequestParam(required = false) Integer limit,
                                        @RequestParam(required = false) Integer offset) {
        int max = limit == null ? 50 : limit;
        int skip = offset == null ? 0 : offset;
        if (max < 1 || max > MAX_LIMIT || skip < 0) {
            throw ApiException.badRequest("limit must be 1-" + MAX_LIMIT + " and offset at least 0");
        }
        List<CatalogStore.Summary> products = store.search(q, category, max, skip);
        Map<String, Object> body = Envelope.success(null);
        body.put("total_records", store.count(q, category));
        body.put("records_returned", products.size());
        body.put("offset", skip);
        body.put("limit", max);
        body.put("products", products.stream().map(CatalogController::summary).toList());
        return body;
    }

    @GetMapping("/api/v2/fourover/products/{productUuid}/options")
    public Map<String, Object> options(@PathVariable String productUuid) {
        CatalogProduct product = lookup.product(productUuid).orElseThrow(() -> ApiException.notFound(
                "4over product " + productUuid + " is not in the catalog and 4over does not know it"));
        return Envelope.success(null, "product", OptionsManager.view(product));
    }

    /** An inventory item's or order item's 4over fields, at the top level or in its metadata / variation_list. */
    @PostMapping("/api/v2/fourover/validate")
    public Map<String, Object> validate(@RequestBody JsonNode item) {
        ItemChoice choice = ItemFields.choiceOf(item);
        if (choice.productUuid() == null || choice.productUuid().isBlank()) {
            throw ApiException.badRequest("product_uuid is required");
        }
        CatalogCheck.Result result = check.check(choice);
        Map<String, Object> body = Envelope.success(null);
        body.put("product_uuid", choice.productUuid());
        body.put("product_known", result.productKnown());
        body.put("source", result.productKnown() ? result.product().source() : null);
        List<Map<String, String>> problems = result.productKnown()
                ? result.problems().stream().map(p -> Map.of("field", p.field(), "problem", p.message())).toList()
                : List.of(Map.of("field", "product_uuid", "problem", "'" + choice.productUuid() + "' is not in the"
                + " catalog and 4over does not know it (or could not be reached)"));
        body.put("valid", result.productKnown() && problems.isEmpty());
        body.put("problems", problems);
        return body;
    }

    @PostMapping("/api/v2/fourover/catalog/sync")
    public ResponseEntity<Map<String, Object>> sync(@RequestParam(defaultValue = "full") String mode) {
        String wanted = mode.trim().toLowerCase(Locale.ROOT);
        if (!wanted.equals(CatalogRun.FULL) && !wanted.equals(CatalogRun.DELTA)) {
            throw ApiException.badRequest("mode must be full or delta");
        }
        if (Boolean.TRUE.equals(progress.summary().get("running"))) {
            throw new ApiException(HttpStatus.CONFLICT, "a catalog sync is running: " + progress.summaryText());
        }
        camel.sendBody(SYNC, wanted);
        return ResponseEntity.accepted().body(Envelope.success(wanted + " sync started", "progress",
                progress.summary()));
    }

    @GetMapping("/api/v2/fourover/catalog/sync")
    public Map<String, Object> syncProgress() {
        return Envelope.success(progress.summaryText(), "progress", progress.summary());
    }

    private static Map<String, Object> summary(CatalogStore.Summary s) {
        Map<String, Object> product = new LinkedHashMap<>();
        product.put("product_uuid", s.productUuid());
        product.put("product_code", s.productCode());
        product.put("product_description", s.productDescription());
        product.put("full_product_path", s.fullProductPath());
        product.put("category_uuid", s.categoryUuid());
        product.put("category_name", s.categoryName());
        product.put("last_updated", s.lastUpdated());
        return product;
    }
}
