package io.printrelay.connector.fourover.catalog;

import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A product as the Options Manager, validation and the order mapping need it: from the local catalog, else (a
 * product not synced yet) from 4over through the fourover-catalog-live-product route, kept in memory for
 * {@code live-cache-ttl} so that a busy hour of orders for one unsynced product asks 4over once. Empty: neither
 * knows it (or 4over could not be reached).
 */
@Component
public class CatalogLookup {

    static final String LIVE_ROUTE = "direct:fourover-catalog-live-product";
    private static final int CACHE_LIMIT = 1000;
    private static final Logger log = LoggerFactory.getLogger(CatalogLookup.class);

    private record Cached(CatalogProduct product, Instant until) {
    }

    private final CatalogStore store;
    private final ProducerTemplate camel;
    private final CatalogProperties properties;
    private final Clock clock;
    private final Map<String, Cached> live = new ConcurrentHashMap<>();

    public CatalogLookup(CatalogStore store, ProducerTemplate camel, CatalogProperties properties, Clock clock) {
        this.store = store;
        this.camel = camel;
        this.properties = properties;
        this.clock = clock;
    }

    public Optional<CatalogProduct> product(String productUuid) {
        if (productUuid == null || productUuid.isBlank()) {
            return Optional.empty();
        }
        Optional<CatalogProduct> local = store.product(productUuid);
        if (local.isPresent() || !properties.liveFallback()) {
            return local;
        }
        Instant now = clock.instant();
        Cached cached = live.get(productUuid);
        if (cached != null && cached.until().isAfter(now)) {
            return Optional.of(cached.product());
        }
        Object answer;
        try {
            answer = camel.requestBody(LIVE_ROUTE, productUuid);
        } catch (RuntimeException e) {
            log.debug("4over product {} could not be read live: {}", productUuid, e.getMessage());
            return Optional.empty();
        }
        if (!(answer instanceof CatalogProduct product)) {
            log.debug("4over product {} is neither in the catalog nor answered by 4over", productUuid);
            return Optional.empty();
        }
        if (live.size() >= CACHE_LIMIT) {
            live.clear(); // a crude bound: the cache only saves calls, losing it loses nothing
        }
        live.put(productUuid, new Cached(product, now.plus(properties.liveCacheTtl())));
        return Optional.of(product);
    }
}
