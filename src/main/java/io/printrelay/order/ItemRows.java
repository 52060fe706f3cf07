package io.printrelay.order;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The SQL of an order's item rows, for {@link OrderStore} alone (inside its transactions, which also keep the order's
 * quantity total): read, add one, add a new order's items in one batch, change, remove, and match a replaced order's
 * items to those it had.
 */
final class ItemRows {

    private final NamedParameterJdbcTemplate jdbc;
    private final OrderRows rows;

    ItemRows(NamedParameterJdbcTemplate jdbc, OrderRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    List<OrderItem> list(long orderId) {
        return jdbc.query("SELECT * FROM order_items WHERE order_id = :id ORDER BY position, id",
                Map.of("id", orderId), rows::item);
    }

    Optional<OrderItem> find(long orderId, long itemId) {
        return jdbc.query("SELECT * FROM order_items WHERE order_id = :orderId AND id = :itemId",
                Map.of("orderId", orderId, "itemId", itemId), rows::item).stream().findFirst();
    }

    /** @return false when the order has no such item */
    boolean update(long orderId, long itemId, OrderItem item) {
        return jdbc.update("UPDATE order_items SET " + OrderRows.ITEM_ASSIGNMENTS
                + " WHERE id = :itemId AND order_id = :orderId", rows.itemParams(item)
                .addValue("itemId", itemId).addValue("orderId", orderId)) == 1;
    }

    /** @return false when the order has no such item */
    boolean delete(long orderId, long itemId) {
        return jdbc.update("DELETE FROM order_items WHERE id = :itemId AND order_id = :orderId",
                Map.of("itemId", itemId, "orderId", orderId)) == 1;
    }

    long insert(long orderId, OrderItem item, int position) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update("INSERT INTO order_items (order_id, position, " + OrderRows.ITEM_COLUMNS + ")"
                        + " VALUES (:orderId, :position, " + OrderRows.ITEM_VALUES + ")",
                rows.itemParams(item).addValue("orderId", orderId).addValue("position", position), key,
                new String[]{"id"});
        return key.getKey().longValue();
    }

    /** A new order's items in one batch: their ids are read back with the order. */
    void insertAll(long orderId, List<OrderItem> items) {
        if (items.isEmpty()) {
            return;
        }
        MapSqlParameterSource[] batch = new MapSqlParameterSource[items.size()];
        for (int position = 0; position < items.size(); position++) {
            batch[position] = rows.itemParams(items.get(position)).addValue("orderId", orderId)
                    .addValue("position", position);
        }
        jdbc.batchUpdate("INSERT INTO order_items (order_id, position, " + OrderRows.ITEM_COLUMNS + ")"
                + " VALUES (:orderId, :position, " + OrderRows.ITEM_VALUES + ")", batch);
    }

    /** Items the order still has ({@link ItemIdentity}) are updated in place; the rest are added; missing ones go. */
    void sync(long orderId, List<OrderItem> current, List<OrderItem> wanted) {
        ItemIdentity.keep(current, wanted);
        Set<Long> currentIds = current.stream().map(OrderItem::getId).collect(Collectors.toSet());
        Set<Long> kept = new HashSet<>();
        int position = 0;
        for (OrderItem item : wanted) {
            if (item.getId() != null && currentIds.contains(item.getId())) {
                jdbc.update("UPDATE order_items SET position = :position, " + OrderRows.ITEM_ASSIGNMENTS
                        + " WHERE id = :itemId", rows.itemParams(item).addValue("position", position)
                        .addValue("itemId", item.getId()));
                kept.add(item.getId());
            } else {
                kept.add(insert(orderId, item, position));
            }
            position++;
        }
        for (Long id : currentIds) {
            if (!kept.contains(id)) {
                jdbc.update("DELETE FROM order_items WHERE id = :id", Map.of("id", id));
            }
        }
    }
}
