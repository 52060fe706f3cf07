package io.printrelay.connector.fourover.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The steps of the fourover-catalog-quote route: the {@code productquote} query, its answer, and when 4over cannot
 * be reached (or answers with a server error) the base price the catalog synced instead.
 */
@Component("fourOverQuotes")
public class CatalogQuotes {

    public static final String REQUEST = "quoteRequest";
    private static final Logger log = LoggerFactory.getLogger(CatalogQuotes.class);

    private final ObjectMapper mapper;
    private final CatalogStore store;

    public CatalogQuotes(ObjectMapper mapper, CatalogStore store) {
        this.mapper = mapper;
        this.store = store;
    }

    /** {@code product_uuid=&colorspec_uuid=&runsize_uuid=&turnaroundtime_uuid=&options[]=...} as 4over names them. */
    public String query(@ExchangeProperty(REQUEST) ItemChoice choice) {
        StringBuilder query = new StringBuilder()
                .append("product_uuid=").append(encode(choice.productUuid()))
                .append("&colorspec_uuid=").append(encode(choice.colorspecUuid()))
                .append("&runsize_uuid=").append(encode(choice.runsizeUuid()))
                .append("&turnaroundtime_uuid=").append(encode(choice.turnaroundtimeUuid()));
        choice.optionUuids().forEach(uuid -> query.append("&").append(encode("options[]")).append("=")
                .append(encode(uuid)));
        return query.toString();
    }

    public Quote liveRead(@Header(Exchange.HTTP_RESPONSE_CODE) Integer code, @Body String body,
                          @ExchangeProperty(REQUEST) ItemChoice choice) throws Exception {
        if (code != null && code == 200) {
            JsonNode quote = mapper.readTree(body);
            return new Quote(Quote.FROM_FOUR_OVER, money(quote, "base_price"), money(quote, "options_price"),
                    money(quote, "turnaroundtime_price"), money(quote, "total_price"), null);
        }
        if (code != null && code >= 400 && code < 500 && code != 429) {
            return Quote.refused(Quote.FROM_FOUR_OVER, "4over has no price for this combination (HTTP " + code
                    + "): check the uuids with POST /api/v2/fourover/validate");
        }
        log.info("4over answered HTTP {} for a quote: pricing from the catalog's base prices", code);
        return fromCatalog(choice);
    }

    /** 4over could not be reached: the catalog's base price for the runsize and colorspec. */
    public Quote unreachable(@ExchangeProperty(REQUEST) ItemChoice choice,
                             @ExchangeProperty(Exchange.EXCEPTION_CAUGHT) Exception cause) {
        log.info("4over could not be reached for a quote ({}): pricing from the catalog's base prices",
                cause == null ? "?" : cause.getClass().getSimpleName());
        return fromCatalog(choice);
    }

    private Quote fromCatalog(ItemChoice choice) {
        Optional<CatalogProduct.Price> price = store.product(choice.productUuid())
                .flatMap(p -> p.price(choice.runsizeUuid(), choice.colorspecUuid()));
        return price.map(p -> new Quote(Quote.FROM_CATALOG, p.price(), null, null, p.price(), null))
                .orElseGet(() -> Quote.refused(Quote.FROM_CATALOG, "4over could not be reached and the catalog"
                        + " has no base price for this product, runsize and colorspec"));
    }

    private static BigDecimal money(JsonNode quote, String field) {
        String text = quote.path(field).asText("");
        return text.isBlank() ? null : new BigDecimal(text.trim());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
