package io.printrelay.connector.fourover.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import io.printrelay.api.ApiException;
import io.printrelay.api.Envelope;
import org.apache.camel.ProducerTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v2/fourover/quote}: 4over's price and the selling price after the markups (routes
 * fourover-catalog-quote); {@code POST /api/v2/fourover/shipping-quote}: 4over's carrier services for a job and an
 * address (route fourover-shipping-quote).
 */
@RestController
public class QuoteController {

    private final ProducerTemplate camel;
    private final CatalogLookup lookup;
    private final Markups markups;

    public QuoteController(ProducerTemplate camel, CatalogLookup lookup, Markups markups) {
        this.camel = camel;
        this.lookup = lookup;
        this.markups = markups;
    }

    @GetMapping("/api/v2/fourover/quote")
    public Map<String, Object> quote(@RequestParam(name = "product_uuid", required = false) String product,
                                     @RequestParam(name = "runsize_uuid", required = false) String runsize,
                                     @RequestParam(name = "colorspec_uuid", required = false) String colorspec,
                                     @RequestParam(name = "turnaroundtime_uuid", required = false) String turnaround,
                                     @RequestParam(name = "option_uuids", required = false) List<String> options) {
        for (Map.Entry<String, String> required : Map.of("product_uuid", blank(product), "runsize_uuid",
                blank(runsize), "colorspec_uuid", blank(colorspec), "turnaroundtime_uuid", blank(turnaround))
                .entrySet()) {
            if (required.getValue().isEmpty()) {
                throw ApiException.badRequest(required.getKey() + " is required");
            }
        }
        ItemChoice choice = new ItemChoice(product.trim(), runsize.trim(), colorspec.trim(), turnaround.trim(),
                options == null ? List.of() : options.stream().flatMap(o -> List.of(o.split(",")).stream()).toList());
        Quote quote = camel.requestBody("direct:fourover-catalog-quote", choice, Quote.class);
        if (quote == null || quote.refusal() != null) {
            throw new ApiException(quote != null && Quote.FROM_FOUR_OVER.equals(quote.source())
                    ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.BAD_GATEWAY,
                    quote == null ? "no price: 4over could not be reached" : quote.refusal());
        }
        CatalogProduct known = lookup.product(choice.productUuid()).orElse(null);
        CatalogProperties.Markup markup = markups.markupFor(known == null ? null : known.productCode(),
                known == null ? null : known.categoryName());
        Map<String, Object> fourOver = new LinkedHashMap<>();
        fourOver.put("base_price", money(quote.basePrice()));
        fourOver.put("options_price", money(quote.optionsPrice()));
        fourOver.put("turnaroundtime_price", money(quote.turnaroundtimePrice()));
        fourOver.put("total_price", money(quote.totalPrice()));
        Map<String, Object> applied = new LinkedHashMap<>();
        applied.put("rule", markup.label());
        applied.put("percent", markup.percent().toPlainString());
        applied.put("fixed", markup.fixed().toPlainString());
        Map<String, Object> body = Envelope.success(null);
        body.put("product_uuid", choice.productUuid());
        body.put("product_code", known == null ? null : known.productCode());
        body.put("price_source", quote.source());
        body.put("fourover_price", fourOver);
        body.put("markup", applied);
        body.put("selling_price", Markups.apply(markup, quote.totalPrice()).toPlainString());
        return body;
    }

    /**
     * The job's uuids (top level, as for validate) and {@code shipping_address} in 4over's names (address, address2,
     * city, state, zipcode, country) or {@code shipping} in Order Desk's (address1, address2, city, state,
     * postal_code, country).
     */
    @PostMapping("/api/v2/fourover/shipping-quote")
    public Map<String, Object> shippingQuote(@RequestBody JsonNode request) {
        ItemChoice job = ItemFields.choiceOf(request);
        if (job.productUuid().isEmpty() || job.runsizeUuid().isEmpty()) {
            throw ApiException.badRequest("product_uuid and runsize_uuid are required");
        }
        Map<String, String> address = address(request);
        ShippingQuotes.Answer answer = camel.requestBody("direct:fourover-shipping-quote",
                new ShippingQuotes.Request(job, address), ShippingQuotes.Answer.class);
        if (answer == null || answer.refusal() != null) {
            throw new ApiException(HttpStatus.BAD_GATEWAY, answer == null ? "4over could not be reached"
                    : answer.refusal());
        }
        return Envelope.success(null, "shipping_options", answer.options());
    }

    private static Map<String, String> address(JsonNode request) {
        JsonNode fourOver = request.path("shipping_address");
        JsonNode orderDesk = request.path("shipping");
        Map<String, String> address = new LinkedHashMap<>();
        address.put("address", first(fourOver, "address", orderDesk, "address1"));
        address.put("address2", first(fourOver, "address2", orderDesk, "address2"));
        address.put("city", first(fourOver, "city", orderDesk, "city"));
        address.put("state", first(fourOver, "state", orderDesk, "state"));
        address.put("zipcode", first(fourOver, "zipcode", orderDesk, "postal_code"));
        String country = first(fourOver, "country", orderDesk, "country");
        address.put("country", country.isEmpty() ? "US" : country);
        return address;
    }

    private static String first(JsonNode one, String field, JsonNode other, String otherField) {
        String value = one.path(field).asText("").trim();
        return value.isEmpty() ? other.path(otherField).asText("").trim() : value;
    }

    private static String blank(String value) {
        return value == null ? "" : value.trim();
    }

    private static String money(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }
}
