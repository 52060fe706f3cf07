package io.printrelay.connector.fourover.catalog;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The only code that writes fourover_catalog_syncs: one row per sync run, the running one holding the cluster's one
 * sync slot. The start of the last complete run is
 * what the next delta asks 4over for ({@code lastupdate}); a run that lost pages is kept, marked incomplete, and does
 * not move that point, so the next delta asks again for everything since the last complete one.
 */
@Component
public class CatalogSyncStore {

    private final NamedParameterJdbcTemplate jdbc;

    public CatalogSyncStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a run as started and holding the cluster's one sync slot; empty when another run holds it (on this
     * node or another). A run that holds it since before {@code staleBefore} is taken to have lost its node (killed
     * mid-sync) and gives the slot up first.
     */
    public OptionalLong started(String mode, Instant startedAt, Instant staleBefore) {
        jdbc.update("UPDATE fourover_catalog_syncs SET running_slot = NULL WHERE running_slot IS NOT NULL"
                + " AND started_at < :staleBefore", Map.of("staleBefore", Timestamp.from(staleBefore)));
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.update("INSERT INTO fourover_catalog_syncs (mode, started_at, total_pages, pages_done, pages_failed,"
                    + " products, complete, running_slot) VALUES (:mode, :startedAt, 0, 0, 0, 0, FALSE, 1)",
                    new MapSqlParameterSource("mode", mode).addValue("startedAt", Timestamp.from(startedAt)), key,
                    new String[]{"id"});
        } catch (DuplicateKeyException running) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(key.getKey().longValue());
    }

    /** A run that was given the slot but did not start after all: no trace of it. */
    public void abandoned(long id) {
        jdbc.update("DELETE FROM fourover_catalog_syncs WHERE id = :id", Map.of("id", id));
    }

    public void finished(long id, Instant finishedAt, int totalPages, int pagesDone, int pagesFailed, int products,
                         boolean complete) {
        jdbc.update("UPDATE fourover_catalog_syncs SET finished_at = :finishedAt, total_pages = :total, pages_done ="
                + " :done, pages_failed = :failed, products = :products, complete = :complete, running_slot = NULL WHERE id = :id",
                new MapSqlParameterSource("id", id).addValue("finishedAt", Timestamp.from(finishedAt))
                        .addValue("total", totalPages).addValue("done", pagesDone).addValue("failed", pagesFailed)
                        .addValue("products", products).addValue("complete", complete));
    }

    /** When the last complete sync (full or delta) started: the next delta's {@code lastupdate}. */
    public Optional<Instant> lastCompleteStart() {
        List<Timestamp> found = jdbc.queryForList("SELECT MAX(started_at) FROM fourover_catalog_syncs"
                + " WHERE complete = TRUE", Map.of(), Timestamp.class);
        return found.stream().filter(t -> t != null).map(Timestamp::toInstant).findFirst();
    }

    /** Whether a complete full sync ever ran: before one did, a delta would miss every product never changed. */
    public boolean fullSyncDone() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM fourover_catalog_syncs WHERE complete = TRUE"
                + " AND mode = 'full'", Map.of(), Long.class);
        return count != null && count > 0;
    }
}
