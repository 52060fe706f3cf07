package io.printrelay.connector.fourover.catalog;

import org.apache.camel.Body;
import org.apache.camel.ExchangeProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The steps of the fourover-catalog-run route around the feed pages: which run this is (a delta needs a complete
 * full sync before it), each page's query, the pages left once the first told how many there are, and the run's end
 * (pages that never came back make it incomplete; it completes without them).
 */
@Component("fourOverCatalogSync")
public class CatalogSync {

    private static final Logger log = LoggerFactory.getLogger(CatalogSync.class);
    /** 4over's delta parameters: {@code lastupdate=YYYY-MM-DD&time=HH:MM:SS}, read here as UTC. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private final CatalogSyncStore syncs;
    private final CatalogStore catalog;
    private final CatalogProgress progress;
    private final CatalogProperties properties;
    private final Clock clock;

    public CatalogSync(CatalogSyncStore syncs, CatalogStore catalog, CatalogProgress progress,
                       CatalogProperties properties, Clock clock) {
        this.syncs = syncs;
        this.catalog = catalog;
        this.progress = progress;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * A sync that has held the cluster's sync slot this long lost its node (a real full sync of 4over's feed takes
     * minutes): the next one may start.
     */
    static final Duration STALE_RUN = Duration.ofHours(6);

    /** The run to make for a requested mode ("full", "delta"), or null while one runs (on any node). */
    public CatalogRun begin(@Body String requested) {
        String wanted = requested == null ? CatalogRun.FULL : requested.trim().toLowerCase(Locale.ROOT);
        Instant since = null;
        String mode = CatalogRun.FULL;
        if (CatalogRun.DELTA.equals(wanted) && syncs.fullSyncDone()) {
            since = syncs.lastCompleteStart().orElse(null);
            mode = since == null ? CatalogRun.FULL : CatalogRun.DELTA;
        }
        if (CatalogRun.DELTA.equals(wanted) && since == null) {
            log.info("4over catalog: no complete full sync yet, so this delta sync reads the whole catalog");
        }
        Instant now = clock.instant();
        OptionalLong slot = syncs.started(mode, now, now.minus(STALE_RUN));
        if (slot.isEmpty()) {
            log.info("4over catalog: a sync is running (on this node or another); this {} sync is skipped", wanted);
            return null;
        }
        long id = slot.getAsLong();
        if (!progress.begin(mode)) {
            syncs.abandoned(id);
            log.info("4over catalog: a sync is running on this node already; this {} sync is skipped", wanted);
            return null;
        }
        log.info("4over catalog {} sync started{}", mode, since == null ? "" : " (changes since " + since + ")");
        return new CatalogRun(id, mode, since, properties.pageSize());
    }

    /** {@code max=20&offset=N}, and for a delta {@code &lastupdate=YYYY-MM-DD&time=HH:MM:SS}. */
    public String query(@ExchangeProperty(CatalogRun.PROPERTY) CatalogRun run, @Body Integer offset) {
        String query = "max=" + run.pageSize() + "&offset=" + (offset == null ? 0 : offset);
        if (run.since() != null) {
            query += "&lastupdate=" + DAY.format(run.since()) + "&time=" + TIME.format(run.since());
        }
        return query;
    }

    /** The offsets of every page after the first, once the first page said how many products there are. */
    public List<Integer> remainingOffsets(@ExchangeProperty(CatalogRun.PROPERTY) CatalogRun run) {
        List<Integer> offsets = new ArrayList<>();
        for (int page = 1; page < progress.totalPages(); page++) {
            offsets.add(page * run.pageSize());
        }
        return offsets;
    }

    /** Records the run; a page that still failed after its retries is named in the log and makes it incomplete. */
    public Map<String, Object> finish(@ExchangeProperty(CatalogRun.PROPERTY) CatalogRun run) {
        List<Integer> failed = progress.missingOffsets(run.pageSize());
        if (progress.totalPages() == 0 && progress.pagesDone() == 0) {
            failed = List.of(0);
        }
        boolean complete = failed.isEmpty();
        if (complete && CatalogRun.FULL.equals(run.mode())) {
            // only a complete full sync saw every product 4over still has; done while this run still holds the
            // node's sync, so that no next run has begun writing
            int removed = catalog.removeNotSyncedSince(progress.startedAt());
            if (removed > 0) {
                log.info("4over catalog: {} products no longer in 4over's feed removed", removed);
            }
        }
        progress.finish(failed);
        syncs.finished(run.id(), clock.instant(), progress.totalPages(), progress.pagesDone(), failed.size(),
                progress.products(), complete);
        if (complete) {
            log.info("4over catalog: {}", progress.summaryText());
        } else {
            log.warn("4over catalog: {}; the pages at offsets {} could not be read, the next sync asks again",
                    progress.summaryText(), failed);
        }
        return progress.summary();
    }
}
