package io.printrelay.order;

import io.printrelay.tracking.TrackingOutbox;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The only code that writes orders, items, shipments, history, folders and inventory items. Every statement
 * uses named parameters; the only text spliced into SQL is a sort column checked against
 * {@link OrderQuery#SORTABLE}.
 */
@Component
public class OrderStore {

    public static final String DEFAULT_SOURCE = "API";

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final OrderRows rows;
    private final JsonText json;
    private final Clock clock;

    private final TrackingOutbox outbox;

    public OrderStore(NamedParameterJdbcTemplate jdbc, TransactionTemplate tx, JsonText json, Clock clock,
                      TrackingOutbox outbox) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.json = json;
        this.rows = new OrderRows(json);
        this.clock = clock;
        this.outbox = outbox;
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
        Optional<Order> existing = findBySource(order.getSourceName(), order.getSourceId());
        if (existing.isPresent()) {
            return new ImportResult(existing.get(), false);
        }
        try {
            long id = tx.execute(status -> {
                long orderId = insertOrder(order, folderId);
                insertItems(orderId, order.getOrderItems(), 0);
                for (Shipment shipment : order.getOrderShipments()) {
                    insertShipment(orderId, shipment);
                }
                insertHistory(orderId, historySource, note);
                return orderId;
            });
            return new ImportResult(requireOrder(id, false), true);
        } catch (DuplicateKeyException raced) {
            // another node or thread imported the same source order between our lookup and our insert
            return new ImportResult(findBySource(order.getSourceName(), order.getSourceId()).orElseThrow(), false);
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

        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM orders o" + where, params, Long.class);
        String direction = query.ascending() ? "ASC" : "DESC";
        params.addValue("offset", query.offset()).addValue("limit", query.limit());
        List<Order> orders = jdbc.query("SELECT o.* FROM orders o" + where
                + " ORDER BY o." + query.orderBy() + " " + direction + ", o.id " + direction
                + " OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY", params, rows::order);
        attachChildren(orders, query.withHistory());
        return new OrderPage(total == null ? 0 : total, orders);
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
                    orderParams(order, order.getFolderId()).addValue("id", orderId));
            syncItems(orderId, current.getOrderItems(), order.getOrderItems());
        });
        return requireOrder(orderId, false);
    }

    public boolean deleteOrder(long orderId) {
        return jdbc.update("DELETE FROM orders WHERE id = :id", Map.of("id", orderId)) == 1;
    }

    // ---------------------------------------------------------------- folders

    public List<Folder> folders() {
        return jdbc.query("SELECT id, name FROM folders ORDER BY id", Map.of(),
                (rs, n) -> new Folder(rs.getLong("id"), rs.getString("name")));
    }

    public Optional<Folder> folderById(long folderId) {
        return folders().stream().filter(f -> f.id() == folderId).findFirst();
    }

    public Optional<Folder> folderByName(String name) {
        return folders().stream().filter(f -> f.name().equalsIgnoreCase(name.trim())).findFirst();
    }

    /** The folder of that name, created when a setting names a folder the store does not have yet. */
    public Folder ensureFolder(String name) {
        return folderByName(name).orElseGet(() -> {
            try {
                jdbc.update("INSERT INTO folders (name) VALUES (:name)", Map.of("name", name.trim()));
            } catch (DuplicateKeyException raced) {
                // created by another node meanwhile: reading it back below is all we need
            }
            return folderByName(name).orElseThrow();
        });
    }

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
            jdbc.update("UPDATE orders SET folder_id = :folderId, date_updated = :now WHERE id = :id",
                    new MapSqlParameterSource("folderId", destination.id()).addValue("now", now())
                            .addValue("id", orderId));
            String fromName = folderById(from).map(Folder::name).orElse(String.valueOf(from));
            String note = "Moved from " + fromName + " to " + destination.name()
                    + (reason == null || reason.isBlank() ? "" : ": " + reason);
            insertHistory(orderId, historySource, note);
            return new MoveResult(orderId, true, "Order Moved", from);
        });
    }

    // ---------------------------------------------------------------- history

    public void addHistory(long orderId, String sourceName, String note) {
        requireExists(orderId);
        insertHistory(orderId, sourceName, note);
        touch(orderId);
    }

    public List<HistoryNote> history(long orderId) {
        return jdbc.query("SELECT * FROM order_history WHERE order_id = :id ORDER BY id", Map.of("id", orderId),
                rows::history);
    }

    // ---------------------------------------------------------------- items

    public List<OrderItem> items(long orderId) {
        requireExists(orderId);
        return jdbc.query("SELECT * FROM order_items WHERE order_id = :id ORDER BY position, id",
                Map.of("id", orderId), rows::item);
    }

    public Optional<OrderItem> findItem(long orderId, long itemId) {
        return jdbc.query("SELECT * FROM order_items WHERE order_id = :orderId AND id = :itemId",
                Map.of("orderId", orderId, "itemId", itemId), rows::item).stream().findFirst();
    }

    public OrderItem addItem(long orderId, OrderItem item) {
        requireExists(orderId);
        return tx.execute(status -> {
            Integer last = jdbc.queryForObject("SELECT MAX(position) FROM order_items WHERE order_id = :id",
                    Map.of("id", orderId), Integer.class);
            long itemId = insertItem(orderId, item, last == null ? 0 : last + 1);
            recountQuantity(orderId);
            return findItem(orderId, itemId).orElseThrow();
        });
    }

    public Optional<OrderItem> replaceItem(long orderId, long itemId, OrderItem item) {
        return tx.execute(status -> {
            int updated = jdbc.update("UPDATE order_items SET " + OrderRows.ITEM_ASSIGNMENTS
                    + " WHERE id = :itemId AND order_id = :orderId", itemParams(item)
                    .addValue("itemId", itemId).addValue("orderId", orderId));
            if (updated == 0) {
                return Optional.<OrderItem>empty();
            }
            recountQuantity(orderId);
            return findItem(orderId, itemId);
        });
    }

    public boolean deleteItem(long orderId, long itemId) {
        return Boolean.TRUE.equals(tx.execute(status -> {
            int deleted = jdbc.update("DELETE FROM order_items WHERE id = :itemId AND order_id = :orderId",
                    Map.of("itemId", itemId, "orderId", orderId));
            if (deleted == 1) {
                recountQuantity(orderId);
            }
            return deleted == 1;
        }));
    }

    // ---------------------------------------------------------------- shipments

    public List<Shipment> shipments(long orderId) {
        requireExists(orderId);
        return jdbc.query("SELECT * FROM order_shipments WHERE order_id = :id ORDER BY id", Map.of("id", orderId),
                rows::shipment);
    }

    public Optional<Shipment> findShipment(long orderId, long shipmentId) {
        return jdbc.query("SELECT * FROM order_shipments WHERE order_id = :orderId AND id = :shipmentId",
                Map.of("orderId", orderId, "shipmentId", shipmentId), rows::shipment).stream().findFirst();
    }

    /**
     * Adds a shipment unless the order already has one with that tracking number (then: empty). Its return to the
     * order's source is queued in the same transaction: no shipment without its tracking return.
     */
    public Optional<Shipment> addShipment(long orderId, Shipment shipment) {
        requireExists(orderId);
        if (hasTrackingNumber(orderId, shipment.getTrackingNumber())) {
            return Optional.empty();
        }
        String source = jdbc.queryForObject("SELECT source_name FROM orders WHERE id = :id", Map.of("id", orderId),
                String.class);
        try {
            long id = tx.execute(status -> {
                long shipmentId = insertShipment(orderId, shipment);
                touch(orderId);
                outbox.enqueue(orderId, shipmentId, source);
                return shipmentId;
            });
            return findShipment(orderId, id);
        } catch (DuplicateKeyException raced) {
            return Optional.empty();
        }
    }

    public Optional<Shipment> replaceShipment(long orderId, long shipmentId, Shipment shipment) {
        int updated = jdbc.update("UPDATE order_shipments SET " + OrderRows.SHIPMENT_ASSIGNMENTS
                        + " WHERE id = :shipmentId AND order_id = :orderId",
                shipmentParams(shipment).addValue("shipmentId", shipmentId).addValue("orderId", orderId));
        return updated == 0 ? Optional.empty() : findShipment(orderId, shipmentId);
    }

    public boolean deleteShipment(long orderId, long shipmentId) {
        return jdbc.update("DELETE FROM order_shipments WHERE id = :shipmentId AND order_id = :orderId",
                Map.of("shipmentId", shipmentId, "orderId", orderId)) == 1;
    }

    private boolean hasTrackingNumber(long orderId, String trackingNumber) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM order_shipments"
                        + " WHERE order_id = :orderId AND tracking_number = :trackingNumber",
                Map.of("orderId", orderId, "trackingNumber", trackingNumber), Long.class);
        return count != null && count > 0;
    }

    // ---------------------------------------------------------------- inventory

    public List<InventoryItem> inventoryItems(String code, int limit, int offset) {
        MapSqlParameterSource params = new MapSqlParameterSource("limit", limit).addValue("offset", offset);
        String where = "";
        if (code != null) {
            where = " WHERE code = :code";
            params.addValue("code", code);
        }
        return jdbc.query("SELECT * FROM inventory_items" + where
                + " ORDER BY id OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY", params, rows::inventoryItem);
    }

    public long countInventoryItems(String code) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = "";
        if (code != null) {
            where = " WHERE code = :code";
            params.addValue("code", code);
        }
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM inventory_items" + where, params, Long.class);
        return count == null ? 0 : count;
    }

    public Optional<InventoryItem> findInventoryItem(long id) {
        return jdbc.query("SELECT * FROM inventory_items WHERE id = :id", Map.of("id", id), rows::inventoryItem)
                .stream().findFirst();
    }

    public Optional<InventoryItem> findInventoryItemByCode(String code) {
        return jdbc.query("SELECT * FROM inventory_items WHERE code = :code", Map.of("code", code),
                rows::inventoryItem).stream().findFirst();
    }

    /** @throws DuplicateKeyException when another inventory item already has the code */
    public InventoryItem createInventoryItem(InventoryItem item) {
        LocalDateTime now = now();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update("INSERT INTO inventory_items (" + OrderRows.INVENTORY_COLUMNS + ", date_added, date_updated)"
                        + " VALUES (" + OrderRows.INVENTORY_VALUES + ", :now, :now)",
                inventoryParams(item).addValue("now", now), key, new String[]{"id"});
        return findInventoryItem(key.getKey().longValue()).orElseThrow();
    }

    /** @throws DuplicateKeyException when another inventory item already has the new code */
    public Optional<InventoryItem> replaceInventoryItem(long id, InventoryItem item) {
        int updated = jdbc.update("UPDATE inventory_items SET " + OrderRows.INVENTORY_ASSIGNMENTS
                + ", date_updated = :now WHERE id = :id", inventoryParams(item).addValue("now", now())
                .addValue("id", id));
        return updated == 0 ? Optional.empty() : findInventoryItem(id);
    }

    public boolean deleteInventoryItem(long id) {
        return jdbc.update("DELETE FROM inventory_items WHERE id = :id", Map.of("id", id)) == 1;
    }

    // ---------------------------------------------------------------- internals

    private long insertOrder(Order order, long folderId) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update("INSERT INTO orders (" + OrderRows.ORDER_COLUMNS + ") VALUES (" + OrderRows.ORDER_VALUES + ")",
                orderParams(order, folderId), key, new String[]{"id"});
        return key.getKey().longValue();
    }

    private MapSqlParameterSource orderParams(Order order, long folderId) {
        LocalDateTime now = now();
        return new MapSqlParameterSource()
                .addValue("orderNumber", order.getOrderNumber())
                .addValue("sourceName", order.getSourceName())
                .addValue("sourceId", blankToNull(order.getSourceId()))
                .addValue("email", order.getEmail())
                .addValue("customerId", order.getCustomerId())
                .addValue("shippingMethod", order.getShippingMethod())
                .addValue("quantityTotal", order.countItemUnits())
                .addValue("weightTotal", order.getWeightTotal())
                .addValue("productTotal", order.getProductTotal())
                .addValue("shippingTotal", order.getShippingTotal())
                .addValue("handlingTotal", order.getHandlingTotal())
                .addValue("taxTotal", order.getTaxTotal())
                .addValue("discountTotal", order.getDiscountTotal())
                .addValue("orderTotal", order.getOrderTotal())
                .addValue("ccNumberMasked", order.getCcNumberMasked())
                .addValue("ccExp", order.getCcExp())
                .addValue("processorResponse", order.getProcessorResponse())
                .addValue("paymentType", order.getPaymentType())
                .addValue("paymentStatus", order.getPaymentStatus())
                .addValue("processorBalance", order.getProcessorBalance())
                .addValue("refundTotal", order.getRefundTotal())
                .addValue("emailCount", order.getEmailCount())
                .addValue("ipAddress", order.getIpAddress())
                .addValue("tagColor", order.getTagColor())
                .addValue("tagName", order.getTagName())
                .addValue("fulfillmentName", order.getFulfillmentName())
                .addValue("fulfillmentId", order.getFulfillmentId())
                .addValue("discountListJson", json.write(order.getDiscountList()))
                .addValue("orderNotesJson", json.write(order.getOrderNotes()))
                .addValue("folderId", folderId)
                .addValue("shippingJson", json.write(order.getShipping()))
                .addValue("customerJson", json.write(order.getCustomer()))
                .addValue("returnAddressJson", json.write(order.getReturnAddress()))
                .addValue("checkoutDataJson", json.write(order.getCheckoutData()))
                .addValue("orderMetadataJson", json.write(order.getOrderMetadata()))
                .addValue("dateAdded", order.getDateAdded() == null ? now : order.getDateAdded())
                .addValue("dateUpdated", now);
    }

    private void insertItems(long orderId, List<OrderItem> items, int firstPosition) {
        int position = firstPosition;
        for (OrderItem item : items) {
            insertItem(orderId, item, position++);
        }
    }

    private long insertItem(long orderId, OrderItem item, int position) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update("INSERT INTO order_items (order_id, position, " + OrderRows.ITEM_COLUMNS + ")"
                        + " VALUES (:orderId, :position, " + OrderRows.ITEM_VALUES + ")",
                itemParams(item).addValue("orderId", orderId).addValue("position", position), key,
                new String[]{"id"});
        return key.getKey().longValue();
    }

    /** Items the order still has ({@link ItemIdentity}) are updated in place; the rest are added; missing ones go. */
    private void syncItems(long orderId, List<OrderItem> current, List<OrderItem> wanted) {
        ItemIdentity.keep(current, wanted);
        Set<Long> currentIds = current.stream().map(OrderItem::getId).collect(Collectors.toSet());
        Set<Long> kept = new HashSet<>();
        int position = 0;
        for (OrderItem item : wanted) {
            if (item.getId() != null && currentIds.contains(item.getId())) {
                jdbc.update("UPDATE order_items SET position = :position, " + OrderRows.ITEM_ASSIGNMENTS
                        + " WHERE id = :itemId", itemParams(item).addValue("position", position)
                        .addValue("itemId", item.getId()));
                kept.add(item.getId());
            } else {
                kept.add(insertItem(orderId, item, position));
            }
            position++;
        }
        for (Long id : currentIds) {
            if (!kept.contains(id)) {
                jdbc.update("DELETE FROM order_items WHERE id = :id", Map.of("id", id));
            }
        }
    }

    private MapSqlParameterSource itemParams(OrderItem item) {
        return new MapSqlParameterSource()
                .addValue("code", item.getCode())
                .addValue("name", item.getName())
                .addValue("price", item.getPrice())
                .addValue("quantity", item.getQuantity())
                .addValue("weight", item.getWeight())
                .addValue("deliveryType", item.getDeliveryType())
                .addValue("categoryCode", item.getCategoryCode())
                .addValue("variationListJson", json.write(item.getVariationList()))
                .addValue("metadataJson", json.write(item.getMetadata()));
    }

    private long insertShipment(long orderId, Shipment shipment) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update("INSERT INTO order_shipments (order_id, date_added, " + OrderRows.SHIPMENT_COLUMNS + ")"
                        + " VALUES (:orderId, :now, " + OrderRows.SHIPMENT_VALUES + ")",
                shipmentParams(shipment).addValue("orderId", orderId).addValue("now", now()), key,
                new String[]{"id"});
        return key.getKey().longValue();
    }

    private MapSqlParameterSource shipmentParams(Shipment shipment) {
        String dateShipped = shipment.getDateShipped() != null ? shipment.getDateShipped()
                : now().toLocalDate().toString();
        return new MapSqlParameterSource()
                .addValue("trackingNumber", shipment.getTrackingNumber())
                .addValue("carrierCode", shipment.getCarrierCode())
                .addValue("shipmentMethod", shipment.getShipmentMethod())
                .addValue("trackingUrl", shipment.getTrackingUrl())
                .addValue("weight", shipment.getWeight())
                .addValue("cost", shipment.getCost())
                .addValue("status", shipment.getStatus())
                .addValue("dateShipped", dateShipped);
    }

    private MapSqlParameterSource inventoryParams(InventoryItem item) {
        return new MapSqlParameterSource()
                .addValue("code", item.getCode())
                .addValue("name", item.getName())
                .addValue("price", item.getPrice())
                .addValue("cost", item.getCost())
                .addValue("weight", item.getWeight())
                .addValue("stock", item.getStock())
                .addValue("location", item.getLocation())
                .addValue("metadataJson", json.write(item.getMetadata()));
    }

    private void insertHistory(long orderId, String sourceName, String note) {
        jdbc.update("INSERT INTO order_history (order_id, source_name, note, date_added)"
                        + " VALUES (:orderId, :sourceName, :note, :now)",
                new MapSqlParameterSource("orderId", orderId).addValue("sourceName", sourceName)
                        .addValue("note", note).addValue("now", now()));
    }

    private void recountQuantity(long orderId) {
        jdbc.update("UPDATE orders SET date_updated = :now, quantity_total ="
                        + " (SELECT COALESCE(SUM(quantity), 0) FROM order_items WHERE order_id = :id) WHERE id = :id",
                new MapSqlParameterSource("id", orderId).addValue("now", now()));
    }

    private void touch(long orderId) {
        jdbc.update("UPDATE orders SET date_updated = :now WHERE id = :id",
                new MapSqlParameterSource("id", orderId).addValue("now", now()));
    }

    private void requireExists(long orderId) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM orders WHERE id = :id", Map.of("id", orderId),
                Long.class);
        if (count == null || count == 0) {
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
        Map<String, Collection<Long>> ids = Map.of("ids", byId.keySet());
        byId.values().forEach(o -> {
            o.setOrderItems(new ArrayList<>());
            o.setOrderShipments(new ArrayList<>());
            o.setOrderHistory(withHistory ? new ArrayList<>() : null);
        });
        jdbc.query("SELECT * FROM order_items WHERE order_id IN (:ids) ORDER BY order_id, position, id", ids,
                rs -> {
                    byId.get(rs.getLong("order_id")).getOrderItems().add(rows.item(rs, 0));
                });
        jdbc.query("SELECT * FROM order_shipments WHERE order_id IN (:ids) ORDER BY order_id, id", ids, rs -> {
            byId.get(rs.getLong("order_id")).getOrderShipments().add(rows.shipment(rs, 0));
        });
        if (withHistory) {
            jdbc.query("SELECT * FROM order_history WHERE order_id IN (:ids) ORDER BY order_id, id", ids, rs -> {
                byId.get(rs.getLong("order_id")).getOrderHistory().add(rows.history(rs, 0));
            });
        }
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

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private LocalDateTime now() {
        return OrderDates.now(clock);
    }
}
