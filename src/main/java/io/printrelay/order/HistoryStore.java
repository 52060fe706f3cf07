package io.printrelay.order;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The only code that writes order_history, and only ever appends to it. A note changes its order: besides its own
 * row it moves the order's {@code date_updated}, which the fulfilment sweep ("untouched for a while") and the API's
 * {@code modified_*} filters read.
 */
@Component
public class HistoryStore {

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    public HistoryStore(NamedParameterJdbcTemplate jdbc, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    /** @throws OrderNotFoundException when there is no such order */
    public void add(long orderId, String sourceName, String note) {
        tx.executeWithoutResult(status -> {
            int stamped = jdbc.update(OrderRows.TOUCH_ORDER,
                    new MapSqlParameterSource("orderId", orderId).addValue("now", OrderDates.now(clock)));
            if (stamped == 0) {
                throw OrderNotFoundException.order(orderId);
            }
            append(orderId, sourceName, note);
        });
    }

    public List<HistoryNote> list(long orderId) {
        return jdbc.query("SELECT * FROM order_history WHERE order_id = :orderId ORDER BY id",
                Map.of("orderId", orderId), OrderRows::history);
    }

    /** For the order store, inside its own transaction that writes the order row (and its date) anyway. */
    void append(long orderId, String sourceName, String note) {
        jdbc.update("INSERT INTO order_history (order_id, source_name, note, date_added)"
                        + " VALUES (:orderId, :sourceName, :note, :now)",
                new MapSqlParameterSource("orderId", orderId).addValue("sourceName", sourceName)
                        .addValue("note", note).addValue("now", OrderDates.now(clock)));
    }

    /** The notes of a page of orders in one query, not one per order. */
    Map<Long, List<HistoryNote>> listFor(Collection<Long> orderIds) {
        Map<Long, List<HistoryNote>> byOrder = new HashMap<>();
        jdbc.query("SELECT * FROM order_history WHERE order_id IN (:orderIds) ORDER BY order_id, id",
                Map.of("orderIds", orderIds), rs -> {
                    byOrder.computeIfAbsent(rs.getLong("order_id"), id -> new ArrayList<>())
                            .add(OrderRows.history(rs, 0));
                });
        return byOrder;
    }
}
