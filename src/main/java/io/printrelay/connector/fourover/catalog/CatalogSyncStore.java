package io.printrelay.connector.fourover.catalog;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The only code that writes fourover_catalog_syncs: one row per sync run. The start of the last complete run is
 * what the next delta asks 4over for ({@code lastupdate}); a run that lost pages is kept, marked incomplete, and does
 * not move that point, so the next delta asks again for everything since the last complete one.
 */
@Component
public class CatalogSyncStore {

    private final NamedParameterJdbcTemplate jdbc;

    public CatalogSyncStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long started(String mode, Instant startedAt) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update("INSERT INTO fourover_catalog_syncs (mode, started_at, total_pages, pages_done, pages_failed,"
                + " products, complete) VALUES (:mode, :startedAt, 0, 0, 0, 0, FALSE)", new MapSqlParameterSource(
                "mode", mode).addValue("startedAt", Timestamp.from(startedAt)), key, new String[]{"id"});
        return key.getKey().longValue();
    }

    public void finished(long id, Instant finishedAt, int totalPages, int pagesDone, int pagesFailed, int products,
                         boolean complete) {
        jdbc.update("UPDATE fourover_catalog_syncs SET finished_at = :finishedAt, total_pages = :total, pages_done ="
                + " :done, pages_failed = :failed, products = :products, complete = :complete WHERE id = :id",
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
