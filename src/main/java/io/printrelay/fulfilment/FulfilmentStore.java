package io.printrelay.fulfilment;

import io.printrelay.order.OrderDates;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The only code that writes vendor_jobs. State changes are conditional updates, so two nodes (or a sweep and an
 * intake racing on one order) can never both send the same job.
 */
@Component
public class FulfilmentStore {

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final JobPlanRows planRows;

    public FulfilmentStore(NamedParameterJdbcTemplate jdbc, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.planRows = new JobPlanRows(jdbc, tx);
    }

    /**
     * Records the jobs an order needs at a vendor. Jobs recorded before keep their state, except that a job
     * placed by hand takes its vendor id (even over an unknown outcome: the operator found it at the vendor), and
     * unsent jobs that are no longer part of the order (an item removed, a quantity lowered) are retired. A job
     * placed by hand is due for a status check at once: nobody knows how far it is.
     */
    public void plan(long orderId, String vendor, List<PlannedJob> jobs) {
        planRows.plan(orderId, vendor, jobs, now());
    }

    /**
     * Claims every job of the order at the vendor that may be sent (PENDING or FAILED) for this sender alone:
     * they become SENDING before any request leaves.
     */
    public List<VendorJob> claim(long orderId, String vendor, String node) {
        String token = UUID.randomUUID().toString();
        jdbc.update("UPDATE vendor_jobs SET state = 'SENDING', claim = :token, claimed_by = :node, updated_at = :now"
                        + " WHERE order_id = :orderId AND vendor = :vendor AND state IN ('PENDING', 'FAILED')",
                new MapSqlParameterSource("token", token).addValue("node", node).addValue("now", now())
                        .addValue("orderId", orderId).addValue("vendor", vendor));
        // by the order's index: claim itself has none, and a scan of every job per submission showed in the profile
        return jdbc.query("SELECT * FROM vendor_jobs WHERE order_id = :orderId AND vendor = :vendor"
                        + " AND claim = :token AND state = 'SENDING' ORDER BY id",
                Map.of("orderId", orderId, "vendor", vendor, "token", token), FulfilmentStore::job);
    }

    /** The request never left (or was turned away unread): the jobs may be claimed again. */
    public void release(List<VendorJob> jobs, String reason) {
        for (VendorJob job : jobs) {
            transition(job.id(), JobState.SENDING, JobState.PENDING, reason);
        }
    }

    public void markSubmitted(VendorJob job, String vendorJobId, LocalDateTime firstCheckAt) {
        markSubmitted(Map.of(job, vendorJobId), firstCheckAt);
    }

    /**
     * The jobs a vendor accepted, each with the id it gave (one batch, not a statement per job): they are asked
     * about from {@code firstCheckAt} on.
     */
    public void markSubmitted(Map<VendorJob, String> vendorJobIds, LocalDateTime firstCheckAt) {
        if (vendorJobIds.isEmpty()) {
            return;
        }
        LocalDateTime now = now();
        jdbc.batchUpdate("UPDATE vendor_jobs SET state = 'SUBMITTED', vendor_job_id = :vendorJobId, message = NULL,"
                + " updated_at = :now, submitted_at = :now, next_check_at = :firstCheck WHERE id = :id", vendorJobIds.entrySet().stream()
                .map(accepted -> new MapSqlParameterSource("vendorJobId", accepted.getValue()).addValue("now", now)
                        .addValue("firstCheck", firstCheckAt).addValue("id", accepted.getKey().id())).toArray(MapSqlParameterSource[]::new));
    }

    public void markFailed(VendorJob job, String message) {
        setState(job.id(), JobState.FAILED, message);
    }

    public void markUnknown(VendorJob job, String message) {
        setState(job.id(), JobState.UNKNOWN, message);
    }

    public void markCanceled(VendorJob job, String message) {
        setState(job.id(), JobState.CANCELED, message);
    }

    /** @return true when this call shipped the job (false: it was shipped before) */
    public boolean markShipped(VendorJob job, String trackingNumber) {
        return jdbc.update("UPDATE vendor_jobs SET state = 'SHIPPED', tracking_number = :tracking, updated_at = :now"
                        + " WHERE id = :id AND state <> 'SHIPPED'",
                new MapSqlParameterSource("tracking", trackingNumber).addValue("now", now()).addValue("id", job.id()))
                == 1;
    }

    /** Remembers the vendor's latest status name; true when it changed (so a note is written once per change). */
    public boolean updateVendorStatus(VendorJob job, String status) {
        return jdbc.update("UPDATE vendor_jobs SET vendor_status = :status, updated_at = :now WHERE id = :id"
                        + " AND (vendor_status IS NULL OR vendor_status <> :status)",
                new MapSqlParameterSource("status", status).addValue("now", now()).addValue("id", job.id())) == 1;
    }

    public List<VendorJob> jobs(long orderId) {
        return jdbc.query("SELECT * FROM vendor_jobs WHERE order_id = :orderId ORDER BY id", Map.of("orderId", orderId),
                FulfilmentStore::job);
    }

    public List<VendorJob> jobs(long orderId, String vendor) {
        return jdbc.query("SELECT * FROM vendor_jobs WHERE order_id = :orderId AND vendor = :vendor ORDER BY id",
                Map.of("orderId", orderId, "vendor", vendor), FulfilmentStore::job);
    }

    /** Jobs the vendor has and that are not finished. */
    public List<VendorJob> openJobs(String vendor) {
        return jdbc.query("SELECT * FROM vendor_jobs WHERE vendor = :vendor AND state = 'SUBMITTED' ORDER BY id",
                Map.of("vendor", vendor), FulfilmentStore::job);
    }

    /** The open jobs with these vendor ids (POV: the lines of these POV orders). */
    public List<VendorJob> openJobs(String vendor, Collection<String> vendorJobIds) {
        if (vendorJobIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("SELECT * FROM vendor_jobs WHERE vendor = :vendor AND state = 'SUBMITTED'"
                        + " AND vendor_job_id IN (:ids) ORDER BY id",
                new MapSqlParameterSource("vendor", vendor).addValue("ids", vendorJobIds), FulfilmentStore::job);
    }

    /**
     * What a status poll asks about: open jobs whose next check is due by {@code now}, the longest due first, at
     * most {@code limit} (one range of the vendor_jobs_due_idx index).
     */
    public List<VendorJob> dueJobs(String vendor, LocalDateTime now, int limit) {
        return jdbc.query("SELECT * FROM vendor_jobs WHERE vendor = :vendor AND state = 'SUBMITTED'"
                        + " AND next_check_at <= :now ORDER BY next_check_at, id FETCH FIRST :limit ROWS ONLY",
                new MapSqlParameterSource("vendor", vendor).addValue("now", now).addValue("limit", limit),
                FulfilmentStore::job);
    }

    /**
     * When each of these jobs (by id) is next asked about: one batch of statements in one transaction (outside one,
     * each statement of a batch is a commit of its own; a status poll's 500 were 500 commits, each written to disk).
     */
    public void scheduleChecks(Map<Long, LocalDateTime> nextCheckById) {
        if (nextCheckById.isEmpty()) {
            return;
        }
        MapSqlParameterSource[] rows = nextCheckById.entrySet().stream().map(e -> new MapSqlParameterSource("id",
                e.getKey()).addValue("next", e.getValue())).toArray(MapSqlParameterSource[]::new);
        tx.executeWithoutResult(status -> jdbc.batchUpdate(
                "UPDATE vendor_jobs SET next_check_at = :next WHERE id = :id AND state = 'SUBMITTED'", rows));
    }

    /**
     * Jobs SENDING whose sender is gone: claimed by a node with no heartbeat since {@code aliveSince} (or no row) or
     * by one of {@code gone}, never by one of {@code alive}; and any job SENDING since before {@code stuckSince}, its
     * sender alive or not (no request takes that long), or claimed before senders were recorded. One statement, so
     * that a node that joined a moment ago is seen with its claims.
     */
    public List<VendorJob> sendingWithoutSender(LocalDateTime aliveSince, Collection<String> gone,
                                                Collection<String> alive, LocalDateTime stuckSince) {
        return jdbc.query("SELECT * FROM vendor_jobs j WHERE j.state = 'SENDING' AND (j.updated_at < :stuckSince"
                        + " OR (j.claimed_by IS NOT NULL AND j.claimed_by NOT IN (:alive) AND (j.claimed_by IN (:gone)"
                        + " OR NOT EXISTS (SELECT 1 FROM nodes n WHERE n.node_id = j.claimed_by"
                        + " AND n.last_seen >= :aliveSince)))) ORDER BY j.order_id, j.id",
                new MapSqlParameterSource("stuckSince", stuckSince).addValue("aliveSince", aliveSince)
                        .addValue("gone", orNone(gone)).addValue("alive", orNone(alive)), FulfilmentStore::job);
    }

    /** The job lost its sender and the vendor may have it: UNKNOWN, unless another step settled it meanwhile. */
    public boolean senderLost(VendorJob job, String message) {
        return transition(job.id(), JobState.SENDING, JobState.UNKNOWN, message);
    }

    /** The job lost its sender and may be sent again (the vendor recognises it): PENDING, unless settled meanwhile. */
    public boolean senderLostSendAgain(VendorJob job, String message) {
        return transition(job.id(), JobState.SENDING, JobState.PENDING, message);
    }

    private static Collection<String> orNone(Collection<String> ids) {
        // "IN ()" is not SQL; no node id is empty
        return ids.isEmpty() ? List.of("") : ids;
    }

    /** An operator checked the vendor and the UNKNOWN jobs are not there: they may be sent again. */
    public int forgetUnknown(long orderId) {
        return jdbc.update("UPDATE vendor_jobs SET state = 'PENDING', message = NULL, updated_at = :now"
                + " WHERE order_id = :orderId AND state = 'UNKNOWN'", Map.of("orderId", orderId, "now", now()));
    }

    private void setState(long id, JobState state, String message) {
        jdbc.update("UPDATE vendor_jobs SET state = :state, message = :message, updated_at = :now WHERE id = :id",
                new MapSqlParameterSource("state", state.name()).addValue("message", truncate(message))
                        .addValue("now", now()).addValue("id", id));
    }

    private boolean transition(long id, JobState from, JobState to, String message) {
        return jdbc.update("UPDATE vendor_jobs SET state = :to, message = :message, updated_at = :now"
                        + " WHERE id = :id AND state = :from",
                new MapSqlParameterSource("to", to.name()).addValue("from", from.name())
                        .addValue("message", truncate(message)).addValue("now", now()).addValue("id", id)) == 1;
    }

    private static String truncate(String message) {
        return message == null || message.length() <= 4000 ? message : message.substring(0, 3997) + "...";
    }

    private LocalDateTime now() {
        return OrderDates.now(clock);
    }

    private static VendorJob job(ResultSet rs, int row) throws SQLException {
        return new VendorJob(rs.getLong("id"), rs.getLong("order_id"), rs.getLong("item_id"), rs.getString("vendor"),
                rs.getInt("unit"), rs.getString("job_name"), rs.getString("vendor_job_id"),
                JobState.valueOf(rs.getString("state")), rs.getString("vendor_status"), rs.getString("message"),
                rs.getString("tracking_number"), rs.getObject("submitted_at", LocalDateTime.class),
                rs.getObject("next_check_at", LocalDateTime.class));
    }
}
