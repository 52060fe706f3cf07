package io.printrelay.order;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The only code that writes order_shipments. A shipment added to an order has its tracking return queued in the
 * same transaction ({@link TrackingReturnQueue}): no shipment without its return. Like a note, a new shipment moves
 * its order's {@code date_updated}.
 */
@Component
public class ShipmentStore {

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final TrackingReturnQueue returns;

    public ShipmentStore(NamedParameterJdbcTemplate jdbc, TransactionTemplate tx, Clock clock,
                         TrackingReturnQueue returns) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.returns = returns;
    }

    /** @throws OrderNotFoundException when there is no such order */
    public List<Shipment> list(long orderId) {
        sourceOf(orderId);
        return jdbc.query("SELECT * FROM order_shipments WHERE order_id = :orderId ORDER BY id",
                Map.of("orderId", orderId), OrderRows::shipment);
    }

    public Optional<Shipment> find(long orderId, long shipmentId) {
        return jdbc.query("SELECT * FROM order_shipments WHERE order_id = :orderId AND id = :shipmentId",
                Map.of("orderId", orderId, "shipmentId", shipmentId), OrderRows::shipment).stream().findFirst();
    }

    /**
     * Adds a shipment unless the order already has one with that tracking number (then: empty), and queues its
     * return to the order's source in the same transaction.
     *
     * @throws OrderNotFoundException when there is no such order
     */
    public Optional<Shipment> add(long orderId, Shipment shipment) {
        String source = sourceOf(orderId);
        if (hasTrackingNumber(orderId, shipment.getTrackingNumber())) {
            return Optional.empty();
        }
        try {
            long id = tx.execute(status -> {
                long shipmentId = insert(orderId, shipment);
                jdbc.update(OrderRows.TOUCH_ORDER,
                        new MapSqlParameterSource("orderId", orderId).addValue("now", OrderDates.now(clock)));
                returns.enqueue(orderId, shipmentId, source);
                return shipmentId;
            });
            return find(orderId, id);
        } catch (DuplicateKeyException raced) {
            return Optional.empty();
        }
    }

    public Optional<Shipment> replace(long orderId, long shipmentId, Shipment shipment) {
        int updated = jdbc.update("UPDATE order_shipments SET " + OrderRows.SHIPMENT_ASSIGNMENTS
                        + " WHERE id = :shipmentId AND order_id = :orderId",
                params(shipment).addValue("shipmentId", shipmentId).addValue("orderId", orderId));
        return updated == 0 ? Optional.empty() : find(orderId, shipmentId);
    }

    public boolean delete(long orderId, long shipmentId) {
        return jdbc.update("DELETE FROM order_shipments WHERE id = :shipmentId AND order_id = :orderId",
                Map.of("shipmentId", shipmentId, "orderId", orderId)) == 1;
    }

    /**
     * For the order store, inside the transaction that imports the order: shipments that arrive with an order
     * come from its source, which needs no tracking return of them.
     */
    long insertImported(long orderId, Shipment shipment) {
        return insert(orderId, shipment);
    }

    /** The shipments of a page of orders in one query, not one per order. */
    Map<Long, List<Shipment>> listFor(Collection<Long> orderIds) {
        Map<Long, List<Shipment>> byOrder = new HashMap<>();
        jdbc.query("SELECT * FROM order_shipments WHERE order_id IN (:orderIds) ORDER BY order_id, id",
                Map.of("orderIds", orderIds), rs -> {
                    byOrder.computeIfAbsent(rs.getLong("order_id"), id -> new ArrayList<>())
                            .add(OrderRows.shipment(rs, 0));
                });
        return byOrder;
    }

    private long insert(long orderId, Shipment shipment) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update("INSERT INTO order_shipments (order_id, date_added, " + OrderRows.SHIPMENT_COLUMNS + ")"
                        + " VALUES (:orderId, :now, " + OrderRows.SHIPMENT_VALUES + ")",
                params(shipment).addValue("orderId", orderId).addValue("now", OrderDates.now(clock)), key,
                new String[]{"id"});
        return key.getKey().longValue();
    }

    private MapSqlParameterSource params(Shipment shipment) {
        String dateShipped = shipment.getDateShipped() != null ? shipment.getDateShipped()
                : OrderDates.now(clock).toLocalDate().toString();
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

    private boolean hasTrackingNumber(long orderId, String trackingNumber) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM order_shipments"
                        + " WHERE order_id = :orderId AND tracking_number = :trackingNumber",
                Map.of("orderId", orderId, "trackingNumber", trackingNumber), Long.class);
        return count != null && count > 0;
    }

    /** The order's source, where its tracking goes back to; reading it is also how a missing order shows. */
    private String sourceOf(long orderId) {
        List<String> source = jdbc.queryForList("SELECT source_name FROM orders WHERE id = :orderId",
                Map.of("orderId", orderId), String.class);
        if (source.isEmpty()) {
            throw OrderNotFoundException.order(orderId);
        }
        return source.get(0);
    }
}
