package io.printrelay.order;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The only code that writes orders and their items (the item rows through {@link ItemRows}). An import (with the shipments that came with the order and
 * its first note) and a move (with its note) are one transaction each, the other rows written through their own
 * stores. Every statement uses named parameters; the only text spliced into SQL is a sort column checked against
 * {@link OrderQuery#SORTABLE}.
 */
@Component
public class OrderStore {

    public static final String DEFAULT_SOURCE = "API";

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final OrderRows rows;
    private final ItemRows itemRows;
    private final Clock clock;
    private final FolderStore folders;
    private final HistoryStore history;
    private final ShipmentStore shipments;

    public OrderStore(NamedParameterJdbcTemplate jdbc, TransactionTemplate tx, JsonText json, Clock clock,
                      FolderStore folders, HistoryStore history, ShipmentStore shipments) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.rows = new OrderRows(json);
        this.itemRows = new ItemRows(jdbc, rows);
        this.clock = clock;
        this.folders = folders;
        this.history = history;
        this.shipments = shipments;
    }

    // ---------------------------------------------------------------- orders

    /**
     * Stores an order that arrived from a source, or returns the one already stored under the same
     * {@code (source_name, source_id)}: importing twice never makes two orders, and never overwrites what a user
     * changed since the first import.
     */
    public ImportResult importOrder(Order order, long folderId, String historySource, String note) {
        if (order.getSourceName() == null || order.getSourceName().isBlank()) {
            order.setSourceName(DEFAULT_SOURCE);
        }
        // no lookup first: the source's unique key says whether it was imported before (a source's poll has left
        // out what it stored already, SourceKeys.storedSourceIds), which saves a query on every new order
        try {
            long id = tx.execute(status -> {
                long orderId = insertOrder(order, folderId);
                itemRows.insertAll(orderId, order.getOrderItems());
                for (Shipment shipment : order.getOrderShipments()) {
                    shipments.insertImported(orderId, shipment);
                }
                history.append(orderId, historySource, note);
                return orderId;
            });
            return new ImportResult(requireOrder(id, false), true);
        } catch (DuplicateKeyException importedBefore) {
            // imported before, or by another node or thread at the same moment: the stored order stands
            return new ImportResult(findBySource(order.getSourceName(), order.getSourceId())
                    .orElseThrow(() -> importedBefore), false);
        }
    }

    public Optional<Order> findBySource(String sourceName, String sourceId) {
        if (sourceId == null || sourceId.isBlank()) {
            return Optional.empty();
        }
        List<Long> ids = jdbc.queryForList(
                "SELECT id FROM orders WHERE source_name = :sourceName AND source_id = :sourceId",
                new MapSqlParameterSource("sourceName", sourceName).addValue("sourceId", sourceId), Long.class);
        return ids.isEmpty() ? Optional.empty() : findOrder(ids.get(0), false);
    }

    public Optional<Order> findOrder(long orderId, boolean withHistory) {
        List<Order> found = jdbc.query("SELECT * FROM orders WHERE id = :id", Map.of("id", orderId), rows::order);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        attachChildren(found, withHistory);
        return Optional.of(found.get(0));
    }

    public Order requireOrder(long orderId, boolean withHistory) {
        return findOrder(orderId, withHistory).orElseThrow(() -> OrderNotFoundException.order(orderId));
    }

    public OrderPage findOrders(OrderQuery query) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = OrderFilter.where(query, params);
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM orders o" + where, params, Long.class);
        String direction = query.ascending() ? "ASC" : "DESC";
        params.addValue("offset", query.offset()).addValue("limit", query.limit());
        List<Order> orders = jdbc.query("SELECT o.* FROM orders o" + where
                + " ORDER BY o." + query.orderBy() + " " + direction + ", o.id " + direction
                + " OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY", params, rows::order);
        attachChildren(orders, query.withHistory());
        return new OrderPage(total == null ? 0 : total, orders);
    }

    /** The folder an order is in, without reading the order: what a step that only checks the folder needs. */
    public Optional<Long> folderIdOf(long orderId) {
        return jdbc.queryForList("SELECT folder_id FROM orders WHERE id = :id", Map.of("id", orderId), Long.class)
                .stream().findFirst();
    }

    /**
     * Ids of the orders in a folder untouched since the cutoff, oldest change first: what the fulfilment sweep hands
     * over. Ids only, every one of them: a backlog is handed over whole, not a page per sweep.
     */
    public List<Long> idsInFolder(long folderId, LocalDateTime untouchedSince) {
        return jdbc.queryForList("SELECT id FROM orders WHERE folder_id = :folderId AND date_updated <= :cutoff"
                        + " ORDER BY date_updated, id",
                new MapSqlParameterSource("folderId", folderId).addValue("cutoff", untouchedSince), Long.class);
    }

    /** {@code PUT /orders/{id}}: the whole order is replaced, keeping item ids that the client sent back. */
    public Order replaceOrder(long orderId, Order order) {
        Order current = requireOrder(orderId, false);
        tx.executeWithoutResult(status -> {
            if (order.getSourceName() == null || order.getSourceName().isBlank()) {
                order.setSourceName(current.getSourceName());
            }
            if (order.getFolderId() == null) {
                order.setFolderId(current.getFolderId());
            }
            if (order.getDateAdded() == null) {
                order.setDateAdded(current.getDateAdded());
            }
            if (order.getOrderNumber() == null) {
                order.setOrderNumber(current.getOrderNumber());
            }
            jdbc.update("UPDATE orders SET " + OrderRows.ORDER_ASSIGNMENTS + " WHERE id = :id",
                    rows.orderParams(order, order.getFolderId(), now()).addValue("id", orderId));
            itemRows.sync(orderId, current.getOrderItems(), order.getOrderItems());
        });
        return requireOrder(orderId, false);
    }

    public boolean deleteOrder(long orderId) {
        return jdbc.update("DELETE FROM orders WHERE id = :id", Map.of("id", orderId)) == 1;
    }

    // ---------------------------------------------------------------- folder moves

    /** Moves an order and writes where it came from into its history. Moving to its own folder is a no-op. */
    public MoveResult moveToFolder(long orderId, Folder destination, String historySource, String reason) {
        return tx.execute(status -> {
            List<Long> current = jdbc.queryForList("SELECT folder_id FROM orders WHERE id = :id",
                    Map.of("id", orderId), Long.class);
            if (current.isEmpty()) {
                return new MoveResult(orderId, false, "Order not found", null);
            }
            long from = current.get(0);
            if (from == destination.id()) {
                return new MoveResult(orderId, false, "Order already in " + destination.name(), from);
            }
            // only from the folder read: of two moves at once (two jobs of an order shipped on two threads or
            // nodes) one moves the order and writes the note, the other finds it moved
            if (jdbc.update("UPDATE orders SET folder_id = :folderId, date_updated = :now WHERE id = :id"
                    + " AND folder_id = :from", Map.of("folderId", destination.id(), "now", now(), "id", orderId,
                    "from", from)) == 0) {
                return new MoveResult(orderId, false, "Order moved meanwhile", from);
            }
            String fromName = folders.byId(from).map(Folder::name).orElse(String.valueOf(from));
            String note = "Moved from " + fromName + " to " + destination.name()
                    + (reason == null || reason.isBlank() ? "" : ": " + reason);
            history.append(orderId, historySource, note);
            return new MoveResult(orderId, true, "Order Moved", from);
        });
    }

    // ---------------------------------------------------------------- items

    public List<OrderItem> items(long orderId) {
        requireExists(orderId);
        return itemRows.list(orderId);
    }

    public Optional<OrderItem> findItem(long orderId, long itemId) {
        return itemRows.find(orderId, itemId);
    }

    public OrderItem addItem(long orderId, OrderItem item) {
        requireExists(orderId);
        return tx.execute(status -> {
            Integer last = jdbc.queryForObject("SELECT MAX(position) FROM order_items WHERE order_id = :id",
                    Map.of("id", orderId), Integer.class);
            long itemId = itemRows.insert(orderId, item, last == null ? 0 : last + 1);
            recountQuantity(orderId);
            return findItem(orderId, itemId).orElseThrow();
        });
    }

    public Optional<OrderItem> replaceItem(long orderId, long itemId, OrderItem item) {
        return tx.execute(status -> {
            if (!itemRows.update(orderId, itemId, item)) {
                return Optional.<OrderItem>empty();
            }
            recountQuantity(orderId);
            return findItem(orderId, itemId);
        });
    }

    public boolean deleteItem(long orderId, long itemId) {
        return Boolean.TRUE.equals(tx.execute(status -> {
            boolean deleted = itemRows.delete(orderId, itemId);
            if (deleted) {
                recountQuantity(orderId);
            }
            return deleted;
        }));
    }

    // ---------------------------------------------------------------- internals

    private long insertOrder(Order order, long folderId) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update("INSERT INTO orders (" + OrderRows.ORDER_COLUMNS + ") VALUES (" + OrderRows.ORDER_VALUES + ")",
                rows.orderParams(order, folderId, now()), key, new String[]{"id"});
        return key.getKey().longValue();
    }

    private void recountQuantity(long orderId) {
        jdbc.update("UPDATE orders SET date_updated = :now, quantity_total ="
                        + " (SELECT COALESCE(SUM(quantity), 0) FROM order_items WHERE order_id = :id) WHERE id = :id",
                Map.of("id", orderId, "now", now()));
    }

    private void requireExists(long orderId) {
        if (jdbc.queryForList("SELECT id FROM orders WHERE id = :id", Map.of("id", orderId), Long.class).isEmpty()) {
            throw OrderNotFoundException.order(orderId);
        }
    }

    /** Loads items, shipments (and history) for a page of orders in one query each, not one per order. */
    private void attachChildren(List<Order> orders, boolean withHistory) {
        if (orders.isEmpty()) {
            return;
        }
        Map<Long, Order> byId = orders.stream()
                .collect(Collectors.toMap(Order::getId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        byId.values().forEach(o -> o.setOrderItems(new ArrayList<>()));
        jdbc.query("SELECT * FROM order_items WHERE order_id IN (:ids) ORDER BY order_id, position, id",
                Map.of("ids", byId.keySet()), rs -> {
                    byId.get(rs.getLong("order_id")).getOrderItems().add(rows.item(rs, 0));
                });
        Map<Long, List<Shipment>> shipped = shipments.listFor(byId.keySet());
        Map<Long, List<HistoryNote>> notes = withHistory ? history.listFor(byId.keySet()) : Map.of();
        byId.forEach((id, order) -> {
            order.setOrderShipments(shipped.getOrDefault(id, new ArrayList<>()));
            order.setOrderHistory(withHistory ? notes.getOrDefault(id, new ArrayList<>()) : null);
        });
    }

    private LocalDateTime now() {
        return OrderDates.now(clock);
    }
}
