package io.printrelay.order;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The filters of {@code GET /orders}. Null means "no filter". {@code orderBy} is one of {@link #SORTABLE}.
 */
public record OrderQuery(List<Long> folderIds, String folderName, String sourceId, String sourceName,
                         LocalDateTime searchStart, LocalDateTime searchEnd,
                         LocalDateTime modifiedStart, LocalDateTime modifiedEnd,
                         String email, String orderBy, boolean ascending, int limit, int offset,
                         boolean withHistory, String tagName) {

    /** Columns a client may sort by; anything else is refused before it gets near SQL. */
    public static final List<String> SORTABLE = List.of("date_added", "date_updated", "id", "order_total",
            "email", "source_id", "source_name", "folder_id");

    public OrderQuery {
        if (!SORTABLE.contains(orderBy)) {
            throw new IllegalArgumentException("order_by: must be one of " + String.join(", ", SORTABLE));
        }
    }

    /** Every filter but {@code tag_name}. */
    public OrderQuery(List<Long> folderIds, String folderName, String sourceId, String sourceName,
                      LocalDateTime searchStart, LocalDateTime searchEnd,
                      LocalDateTime modifiedStart, LocalDateTime modifiedEnd,
                      String email, String orderBy, boolean ascending, int limit, int offset, boolean withHistory) {
        this(folderIds, folderName, sourceId, sourceName, searchStart, searchEnd, modifiedStart, modifiedEnd, email,
                orderBy, ascending, limit, offset, withHistory, null);
    }

    public static OrderQuery all() {
        return new OrderQuery(null, null, null, null, null, null, null, null, null, "date_added", false, 500, 0,
                false);
    }

    public OrderQuery inFolder(long folderId) {
        return new OrderQuery(List.of(folderId), folderName, sourceId, sourceName, searchStart, searchEnd,
                modifiedStart, modifiedEnd, email, orderBy, ascending, limit, offset, withHistory, tagName);
    }
}
