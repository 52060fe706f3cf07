package io.printrelay.connector.fourover.catalog;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToDoubleFunction;

/**
 * How the current (or last) catalog sync on this node is going: pages done of total, products written, errors. The
 * log shows it every tenth of the pages, JMX as {@code Operations.CatalogSyncProgress}, actuator as the Micrometer
 * gauges {@code printrelay.fourover.catalog.sync.*} (pages.total, pages.done, products, errors, running).
 */
@Component("fourOverCatalogProgress")
public class CatalogProgress {

    private static final Logger log = LoggerFactory.getLogger(CatalogProgress.class);

    private final Clock clock;
    private final AtomicInteger totalPages = new AtomicInteger();
    private final AtomicInteger pagesDone = new AtomicInteger();
    private final AtomicInteger products = new AtomicInteger();
    private final AtomicInteger errors = new AtomicInteger();
    private final Set<Integer> offsetsDone = ConcurrentHashMap.newKeySet();
    private volatile boolean running;
    private volatile String mode = "";
    private volatile Instant startedAt;
    private volatile Instant finishedAt;
    private volatile Boolean complete;
    private volatile List<Integer> failedOffsets = List.of();

    public CatalogProgress(Clock clock, MeterRegistry meters) {
        this.clock = clock;
        gauge(meters, "pages.total", p -> p.totalPages.get());
        gauge(meters, "pages.done", p -> p.pagesDone.get());
        gauge(meters, "products", p -> p.products.get());
        gauge(meters, "errors", p -> p.errors.get());
        gauge(meters, "running", p -> p.running ? 1 : 0);
    }

    private void gauge(MeterRegistry meters, String name, ToDoubleFunction<CatalogProgress> value) {
        Gauge.builder("printrelay.fourover.catalog.sync." + name, this, value)
                .description("4over catalog sync on this node: " + name).register(meters);
    }

    /** Starts a run unless one is going on this node already. */
    synchronized boolean begin(String newMode) {
        if (running) {
            return false;
        }
        running = true;
        mode = newMode;
        startedAt = clock.instant();
        finishedAt = null;
        complete = null;
        failedOffsets = List.of();
        totalPages.set(0);
        pagesDone.set(0);
        products.set(0);
        errors.set(0);
        offsetsDone.clear();
        return true;
    }

    Instant startedAt() {
        return startedAt;
    }

    void total(int pages) {
        totalPages.set(pages);
    }

    int totalPages() {
        return totalPages.get();
    }

    void productFailed() {
        errors.incrementAndGet();
    }

    void pageDone(int offset, int productsWritten) {
        if (!offsetsDone.add(offset)) {
            return;
        }
        products.addAndGet(productsWritten);
        int done = pagesDone.incrementAndGet();
        int total = totalPages.get();
        int step = Math.max(1, total / 10);
        if (done % step == 0 || done == total) {
            log.info("4over catalog {} sync: {}/{} pages, {} products, {} errors", mode, done, total, products.get(),
                    errors.get());
        }
    }

    /** The page offsets of the run (0, 20, 40, ...) that never came back. */
    List<Integer> missingOffsets(int pageSize) {
        Set<Integer> missing = new TreeSet<>();
        for (int page = 0; page < totalPages.get(); page++) {
            if (!offsetsDone.contains(page * pageSize)) {
                missing.add(page * pageSize);
            }
        }
        return List.copyOf(missing);
    }

    synchronized void finish(List<Integer> failed) {
        failedOffsets = List.copyOf(failed);
        errors.addAndGet(failed.size());
        complete = failed.isEmpty();
        finishedAt = clock.instant();
        running = false;
    }

    int pagesDone() {
        return pagesDone.get();
    }

    int products() {
        return products.get();
    }

    /** The figures of the run, for the log, JMX, the REST API and tests. */
    public Map<String, Object> summary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("mode", mode);
        summary.put("running", running);
        summary.put("pages_done", pagesDone.get());
        summary.put("pages_total", totalPages.get());
        summary.put("products", products.get());
        summary.put("errors", errors.get());
        summary.put("failed_page_offsets", failedOffsets);
        summary.put("complete", complete);
        summary.put("started_at", startedAt == null ? null : startedAt.toString());
        summary.put("finished_at", finishedAt == null ? null : finishedAt.toString());
        summary.put("millis", startedAt == null ? null
                : Duration.between(startedAt, finishedAt == null ? clock.instant() : finishedAt).toMillis());
        return summary;
    }

    /** One line, for the JMX attribute. */
    public String summaryText() {
        Map<String, Object> s = summary();
        if (startedAt == null) {
            return "no catalog sync has run on this node";
        }
        return s.get("mode") + " sync " + (running ? "running" : Boolean.TRUE.equals(complete) ? "complete"
                : "incomplete") + ": " + s.get("pages_done") + "/" + s.get("pages_total") + " pages, "
                + s.get("products") + " products, " + s.get("errors") + " errors, " + s.get("millis") + " ms"
                + (failedOffsets.isEmpty() ? "" : ", failed page offsets " + failedOffsets);
    }
}
