package io.printrelay.sandbox.fourover;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 4over's whole-catalog feed ({@code /printproducts/productsfeed}, 20 a page, {@code ?lastupdate=&time=} for the
 * products changed since), its quotes ({@code productquote}, {@code POST /shippingquote}), and the demo's handle to
 * change products ({@code POST /sandbox/4over/demo/catalog/change?count=N}, not signed: it is not 4over's).
 */
@RestController
public class SimulatedFourOverFeedController {

    static final String DEMO_PATH = FourOverSimulatorConfiguration.BASE_PATH + "/demo";

    private final SimulatedCatalogChanges changes;
    private final SimulatedQuotes quotes;

    public SimulatedFourOverFeedController(SimulatedCatalogChanges changes) {
        this.changes = changes;
        this.quotes = new SimulatedQuotes(changes);
    }

    @GetMapping(FourOverSimulatorConfiguration.BASE_PATH + "/printproducts/productsfeed")
    public FourOverPage<FeedProduct> feed(@RequestParam(required = false) String max,
                                          @RequestParam(required = false) String offset,
                                          @RequestParam(required = false) String lastupdate,
                                          @RequestParam(required = false) String time) {
        Instant since = since(lastupdate, time);
        List<SimulatedProduct> products = new ArrayList<>();
        for (SimulatedProduct product : SimulatedCatalog.products()) {
            if (since == null || !changes.updatedAt(product.productUuid()).isBefore(since)) {
                products.add(product);
            }
        }
        // productsfeed caps max at 20, as 4over does
        String capped = max != null && max.trim().matches("\\d+") && Integer.parseInt(max.trim()) > 20 ? "20" : max;
        FourOverPage<SimulatedProduct> page = FourOverPage.of(products, capped, offset);
        // only the page's own products are rendered in full
        return new FourOverPage<>(page.entities().stream().map(p -> FeedProduct.of(p, changes)).toList(),
                page.totalResults(), page.currentPage(), page.maximumPages());
    }

    @GetMapping(FourOverSimulatorConfiguration.BASE_PATH + "/printproducts/productquote")
    public Map<String, String> productQuote(@RequestParam(name = "product_uuid", required = false) String product,
                                            @RequestParam(name = "runsize_uuid", required = false) String runsize,
                                            @RequestParam(name = "colorspec_uuid", required = false) String colorspec,
                                            @RequestParam(name = "turnaroundtime_uuid", required = false)
                                            String turnaround,
                                            @RequestParam(name = "options[]", required = false) List<String> options) {
        return quotes.quote(product, runsize, colorspec, turnaround, options == null ? List.of() : options)
                .orElseThrow(() -> FourOverApiException.notFound("No price for this combination of product "
                        + product + " options"));
    }

    @PostMapping(FourOverSimulatorConfiguration.BASE_PATH + "/shippingquote")
    public Map<String, Object> shippingQuote(@RequestBody JsonNode request) {
        return quotes.shipping(request);
    }

    @PostMapping(DEMO_PATH + "/catalog/change")
    public Map<String, Object> change(@RequestParam(defaultValue = "20") int count) {
        List<String> changed = changes.change(Math.max(0, count));
        return Map.of("changed", changed.size(), "product_uuids", changed);
    }

    /** {@code lastupdate=YYYY-MM-DD&time=HH:MM:SS}, read as UTC; unreadable is ignored, as 4over ignores what it cannot read. */
    private static Instant since(String date, String time) {
        if (date == null || date.isBlank()) {
            return null;
        }
        try {
            String clock = time == null || time.isBlank() ? "00:00:00" : time.trim();
            return LocalDateTime.parse(date.trim() + "T" + clock).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
