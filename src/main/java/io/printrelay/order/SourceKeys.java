package io.printrelay.order;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Read-only: which of a source's order ids are stored already ({@code orders}' unique key (source_name, source_id);
 * the table's owner is {@link OrderStore}). A source's poll lists an order until it ships, so each page it reads is
 * asked about in one query before the intake, instead of an import attempt each.
 */
@Component
public class SourceKeys {

    /** Source ids asked about in one query (well under any database's parameter limit). */
    static final int SOURCE_ID_CHUNK = 100;

    private final NamedParameterJdbcTemplate jdbc;

    public SourceKeys(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Which of these source ids of one source are stored already: one query for up to {@value #SOURCE_ID_CHUNK} ids,
     * where asking order by order would cost a query (and a whole order read) each. The query is one lookup of the
     * source's unique key per id, joined by UNION ALL: {@code source_name = ? AND source_id IN (...)} made HSQLDB
     * read every order of the source and test the list on each (10 ms a podOS page at 20,000 stored orders, 200
     * times the lookups, and longer with every order stored).
     */
    public Set<String> storedSourceIds(String sourceName, Collection<String> sourceIds) {
        Set<String> stored = new HashSet<>();
        List<String> ids = sourceIds.stream().filter(id -> id != null && !id.isBlank()).distinct().toList();
        for (int from = 0; from < ids.size(); from += SOURCE_ID_CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + SOURCE_ID_CHUNK));
            MapSqlParameterSource params = new MapSqlParameterSource("sourceName", sourceName);
            for (int i = 0; i < chunk.size(); i++) {
                params.addValue("id" + i, chunk.get(i));
            }
            stored.addAll(jdbc.queryForList(query(chunk.size()), params, String.class));
        }
        return stored;
    }

    /** The statement for {@code ids} source ids, :sourceName and :id0, :id1, ... (only their names spliced in). */
    static String query(int ids) {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < ids; i++) {
            sql.append(i == 0 ? "" : " UNION ALL ")
                    .append("SELECT source_id FROM orders WHERE source_name = :sourceName AND source_id = :id")
                    .append(i);
        }
        return sql.toString();
    }
}
