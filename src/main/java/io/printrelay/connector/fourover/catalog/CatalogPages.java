package io.printrelay.connector.fourover.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Body;
import org.apache.camel.ExchangeProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes one productsfeed page into the catalog, one transaction per product: a product that cannot be read or
 * written is counted as an error and the rest of the page still goes in. The first page tells how many pages the
 * run has ({@code totalResults}).
 */
@Component("fourOverCatalogPages")
public class CatalogPages {

    public static final String OFFSET = "catalogOffset";

    private static final Logger log = LoggerFactory.getLogger(CatalogPages.class);

    private final ObjectMapper mapper;
    private final CatalogStore store;
    private final CatalogProgress progress;

    public CatalogPages(ObjectMapper mapper, CatalogStore store, CatalogProgress progress) {
        this.mapper = mapper;
        this.store = store;
        this.progress = progress;
    }

    public int write(@ExchangeProperty(CatalogRun.PROPERTY) CatalogRun run, @ExchangeProperty(OFFSET) Integer offset,
                     @Body String body) throws Exception {
        JsonNode page = mapper.readTree(body);
        if (offset == 0) {
            int total = page.path("totalResults").asInt(0);
            // a delta with nothing changed is still one page, read
            progress.total(Math.max(1, (total + run.pageSize() - 1) / run.pageSize()));
        }
        int written = 0;
        for (JsonNode entity : page.path("entities")) {
            try {
                store.write(CatalogJson.feedProduct(entity));
                written++;
            } catch (RuntimeException e) {
                progress.productFailed();
                log.warn("4over catalog: product {} at offset {} was not written: {}",
                        entity.path("product_uuid").asText("?"), offset, e.getMessage());
            }
        }
        progress.pageDone(offset, written);
        return written;
    }
}
