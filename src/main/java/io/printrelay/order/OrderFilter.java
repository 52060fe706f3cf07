package io.printrelay.order;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import java.time.LocalDateTime;

/** The WHERE clause of an {@link OrderQuery} on {@code orders o}: only column names are spliced, values are named. */
final class OrderFilter {

    private OrderFilter() {
    }

    static String where(OrderQuery query, MapSqlParameterSource params) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (query.folderIds() != null && !query.folderIds().isEmpty()) {
            where.append(" AND o.folder_id IN (:folderIds)");
            params.addValue("folderIds", query.folderIds());
        }
        if (query.folderName() != null) {
            where.append(" AND o.folder_id IN (SELECT f.id FROM folders f WHERE LOWER(f.name) = LOWER(:folderName))");
            params.addValue("folderName", query.folderName());
        }
        addEquals(where, params, "source_id", "sourceId", query.sourceId());
        addEquals(where, params, "source_name", "sourceName", query.sourceName());
        addEquals(where, params, "email", "email", query.email());
        addEquals(where, params, "tag_name", "tagName", query.tagName());
        addRange(where, params, "date_added", "searchStart", query.searchStart(), ">=");
        addRange(where, params, "date_added", "searchEnd", query.searchEnd(), "<=");
        addRange(where, params, "date_updated", "modifiedStart", query.modifiedStart(), ">=");
        addRange(where, params, "date_updated", "modifiedEnd", query.modifiedEnd(), "<=");
        return where.toString();
    }

    private static void addEquals(StringBuilder where, MapSqlParameterSource params, String column, String name,
                                  String value) {
        if (value != null) {
            where.append(" AND o.").append(column).append(" = :").append(name);
            params.addValue(name, value);
        }
    }

    private static void addRange(StringBuilder where, MapSqlParameterSource params, String column, String name,
                                 LocalDateTime value, String operator) {
        if (value != null) {
            where.append(" AND o.").append(column).append(' ').append(operator).append(" :").append(name);
            params.addValue(name, value);
        }
    }
}
