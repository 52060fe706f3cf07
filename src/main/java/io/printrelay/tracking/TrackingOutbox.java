package io.printrelay.tracking;

import io.printrelay.order.HistoryStore;
import io.printrelay.order.OrderDates;
import io.printrelay.order.TrackingReturnQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The only code that writes tracking_returns: shipments to send back to their order's source. A return is written
 * in the shipment's own transaction ({@link #enqueue}), claimed by one sender at a time, and retried with
 * exponential backoff until the source accepts it. Once SENT it is never sent again. One the source refuses for
 * good is REFUSED: noted on the order, counted for operators, and left alone until one of them retries it.
 */
@Component("trackingOutbox")
public class TrackingOutbox implements TrackingReturnQueue {

    private static final Logger log = LoggerFactory.getLogger(TrackingOutbox.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final HistoryStore history;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Duration initialDelay;
    private final Duration maximumDelay;
    private final Duration sendingTimeout;
    private final int batchSize;

    public TrackingOutbox(NamedParameterJdbcTemplate jdbc, HistoryStore history, TransactionTemplate tx, Clock clock,
                          TrackingReturnProperties settings) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.history = history;
        this.clock = clock;
        this.initialDelay = settings.initialDelay();
        this.maximumDelay = settings.maximumDelay();
        this.sendingTimeout = settings.sendingTimeout();
        this.batchSize = settings.batchSize();
    }

    /** Called by the shipment store inside the transaction that records the shipment. */
    @Override
    public void enqueue(long orderId, long shipmentId, String sourceName) {
        LocalDateTime now = now();
        jdbc.update("INSERT INTO tracking_returns (order_id, shipment_id, source_name, state, attempts, next_attempt_at,"
                        + " created_at, updated_at) VALUES (:orderId, :shipmentId, :source, 'PENDING', 0, :now, :now, :now)",
                new MapSqlParameterSource("orderId", orderId).addValue("shipmentId", shipmentId)
                        .addValue("source", sourceName).addValue("now", now));
    }

    /**
     * Returns due now, the longest due first and at most {@code batch-size} of them, claimed for this caller alone
     * (SENDING) in one statement and read back by the claim. A sender that died frees its claims later.
     */
    public List<TrackingReturn> due() {
        LocalDateTime now = now();
        // a sender that stopped mid-request: its attempt counts (it may have reached the source)
        jdbc.update("UPDATE tracking_returns SET state = 'PENDING', claim = NULL, attempts = attempts + 1"
                + " WHERE state = 'SENDING'"
                + " AND updated_at < :stale", Map.of("stale", now.minus(sendingTimeout)));
        List<Long> ids = jdbc.queryForList("SELECT id FROM tracking_returns WHERE state = 'PENDING'"
                        + " AND next_attempt_at <= :now ORDER BY next_attempt_at, id FETCH FIRST :limit ROWS ONLY",
                new MapSqlParameterSource("now", now).addValue("limit", batchSize), Long.class);
        if (ids.isEmpty()) {
            return List.of();
        }
        String token = UUID.randomUUID().toString();
        // one claim for the lot; a return another node claimed meanwhile is no longer PENDING and stays its own
        jdbc.update("UPDATE tracking_returns SET state = 'SENDING', claim = :token, updated_at = :now"
                + " WHERE id IN (:ids) AND state = 'PENDING'", new MapSqlParameterSource("token", token)
                .addValue("now", now).addValue("ids", ids));
        // read back by the ids (the primary key; claim has no index of its own)
        return jdbc.query("SELECT * FROM tracking_returns WHERE id IN (:ids) AND claim = :token"
                + " AND state = 'SENDING' ORDER BY next_attempt_at, id", new MapSqlParameterSource("ids", ids)
                .addValue("token", token), TrackingOutbox::row);
    }

    /** The source took it (or did not need it): done for good, noted in the order's history, in one transaction. */
    public void settle(TrackingReturn ret, ReturnOutcome outcome) {
        tx.executeWithoutResult(status -> {
            jdbc.update("UPDATE tracking_returns SET state = :state, last_error = NULL, attempts = attempts + 1,"
                            + " updated_at = :now WHERE id = :id",
                    new MapSqlParameterSource("state", outcome.sent() ? "SENT" : "NOT_NEEDED").addValue("now", now())
                            .addValue("id", ret.id()));
            if (outcome.sent()) {
                history.add(ret.orderId(), "PrintRelay", outcome.note());
            }
        });
        log.info("Tracking return {} of order {} to {}: {}", ret.id(), ret.orderId(), ret.sourceName(),
                outcome.note());
    }

    /** The source did not take it: try again after a delay that doubles with every attempt. */
    public void failed(TrackingReturn ret, String error) {
        int attempts = ret.attempts() + 1;
        Duration delay = backoff(attempts);
        jdbc.update("UPDATE tracking_returns SET state = 'PENDING', claim = NULL, attempts = :attempts,"
                        + " next_attempt_at = :next, last_error = :error, updated_at = :now WHERE id = :id",
                new MapSqlParameterSource("attempts", attempts).addValue("next", now().plus(delay))
                        .addValue("error", error == null ? "unknown error" : truncate(error)).addValue("now", now())
                        .addValue("id", ret.id()));
        log.warn("Tracking return {} of order {} to {} failed (attempt {}), next try in {}: {}", ret.id(),
                ret.orderId(), ret.sourceName(), attempts, delay, error);
    }

    /** The source refused it for good: a note on the order says why, and it is not tried again by itself. */
    public void refused(TrackingReturn ret, String reason) {
        String shipment = trackingNumber(ret).map(number -> "Tracking " + number)
                .orElse("Shipment " + ret.shipmentId());
        tx.executeWithoutResult(status -> {
            jdbc.update("UPDATE tracking_returns SET state = 'REFUSED', claim = NULL, attempts = attempts + 1,"
                            + " last_error = :error, updated_at = :now WHERE id = :id",
                    new MapSqlParameterSource("error", reason == null ? "refused" : truncate(reason))
                            .addValue("now", now()).addValue("id", ret.id()));
            history.add(ret.orderId(), "PrintRelay", shipment + " not sent: " + reason + ". Not tried again: once"
                    + " fixed, Operations.retryRefusedReturns() sends it again");
        });
        log.warn("Tracking return {} of order {} to {} refused for good: {}", ret.id(), ret.orderId(),
                ret.sourceName(), reason);
    }

    /** How many returns their source refused for good and nobody has retried yet. */
    public long refusedCount() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM tracking_returns WHERE state = 'REFUSED'", Map.of(),
                Long.class);
        return count == null ? 0 : count;
    }

    /** An operator fixed the cause: every refused return is due again, its backoff started afresh. */
    public int retryRefused() {
        LocalDateTime now = now();
        return jdbc.update("UPDATE tracking_returns SET state = 'PENDING', attempts = 0, next_attempt_at = :now,"
                + " updated_at = :now WHERE state = 'REFUSED'", Map.of("now", now));
    }

    /** For operators and tests: where the return of a shipment stands. */
    public Map<String, Object> stateOf(long shipmentId) {
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT state, attempts, last_error FROM tracking_returns"
                + " WHERE shipment_id = :id", Map.of("id", shipmentId));
        return rows.isEmpty() ? Map.of() : rows.get(0);
    }

    /** Read here, not through the shipment store: that store queues returns here, and stores make no circle. */
    private Optional<String> trackingNumber(TrackingReturn ret) {
        return jdbc.queryForList("SELECT tracking_number FROM order_shipments WHERE id = :shipmentId"
                        + " AND order_id = :orderId", Map.of("shipmentId", ret.shipmentId(), "orderId", ret.orderId()),
                String.class).stream().findFirst();
    }

    Duration backoff(int attempts) {
        long factor = 1L << Math.min(attempts - 1, 20);
        Duration delay = initialDelay.multipliedBy(factor);
        return delay.compareTo(maximumDelay) > 0 ? maximumDelay : delay;
    }

    private static String truncate(String text) {
        return text.length() <= 4000 ? text : text.substring(0, 3997) + "...";
    }

    private LocalDateTime now() {
        return OrderDates.now(clock);
    }

    private static TrackingReturn row(ResultSet rs, int n) throws SQLException {
        return new TrackingReturn(rs.getLong("id"), rs.getLong("order_id"), rs.getLong("shipment_id"),
                rs.getString("source_name"), rs.getInt("attempts"),
                rs.getInt("attempts") > 0 || rs.getString("last_error") != null);
    }
}
