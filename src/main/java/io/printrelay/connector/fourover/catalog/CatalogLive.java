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

/**
 * Reads the answers of the fourover-catalog-live-product route: {@code GET /printproducts/products/{uuid}} (the
 * product and its option groups) and {@code .../baseprices}. A product 4over does not answer for gives null: the
 * caller treats it as unknown here, not as a wrong order.
 */
@Component("fourOverCatalogLive")
public class CatalogLive {

    private static final Logger log = LoggerFactory.getLogger(CatalogLive.class);

    private final ObjectMapper mapper;

    public CatalogLive(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public JsonNode productRead(@Header(Exchange.HTTP_RESPONSE_CODE) Integer code,
                                @ExchangeProperty("productUuid") String productUuid, @Body String body)
            throws Exception {
        if (code == null || code != 200) {
            log.debug("4over answered HTTP {} for product {}", code, productUuid);
            return null;
        }
        JsonNode product = mapper.readTree(body);
        return product.has("product_option_groups") ? product : null;
    }

    public CatalogProduct pricesRead(@Header(Exchange.HTTP_RESPONSE_CODE) Integer code,
                                     @ExchangeProperty("liveProduct") JsonNode product, @Body String body)
            throws Exception {
        JsonNode prices = code != null && code == 200 ? mapper.readTree(body) : mapper.createObjectNode();
        return CatalogJson.liveProduct(product, prices);
    }
}
