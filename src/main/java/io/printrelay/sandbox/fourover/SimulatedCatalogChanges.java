package io.printrelay.sandbox.fourover;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What changed in the simulated catalog since it was generated: a changed product has a new update time (the
 * productsfeed's delta filter sees it) and every base price one dollar higher per change. The catalog itself stays
 * immutable and seeded; only this overlay moves, so a restart is a fresh catalog again.
 */
public class SimulatedCatalogChanges {

    /** When every product was last updated before any change: long before any sync a test or the demo runs. */
    static final Instant CATALOG_DATE = Instant.parse("2026-01-01T00:00:00Z");
    private static final BigDecimal BUMP = new BigDecimal("1.00");

    private final Map<String, Instant> updatedAt = new ConcurrentHashMap<>();
    private final Map<String, Integer> bumps = new ConcurrentHashMap<>();
    /** Changes walk the catalog from its end, so the hand-made products the demo names change last. */
    private final AtomicInteger cursor = new AtomicInteger();
    private final Clock clock;

    public SimulatedCatalogChanges(Clock clock) {
        this.clock = clock;
    }

    /** Changes the next {@code count} products now; their uuids. */
    public synchronized List<String> change(int count) {
        List<SimulatedProduct> products = SimulatedCatalog.products();
        Instant now = clock.instant();
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < Math.min(count, products.size()); i++) {
            int index = products.size() - 1 - Math.floorMod(cursor.getAndIncrement(), products.size());
            String uuid = products.get(index).productUuid();
            updatedAt.put(uuid, now);
            bumps.merge(uuid, 1, Integer::sum);
            changed.add(uuid);
        }
        return changed;
    }

    public Instant updatedAt(String productUuid) {
        return updatedAt.getOrDefault(productUuid, CATALOG_DATE);
    }

    /** The product's base prices as they are now. */
    public List<BasePrice> basePrices(SimulatedProduct product) {
        int times = bumps.getOrDefault(product.productUuid(), 0);
        if (times == 0) {
            return product.basePrices();
        }
        BigDecimal raise = BUMP.multiply(BigDecimal.valueOf(times));
        return product.basePrices().stream().map(p -> new BasePrice(p.basePriceUuid(),
                new BigDecimal(p.productBaseprice()).add(raise).toPlainString(), p.runsizeUuid(), p.runsize(),
                p.colorspecUuid(), p.colorspec())).toList();
    }

    public void reset() {
        updatedAt.clear();
        bumps.clear();
        cursor.set(0);
    }
}
