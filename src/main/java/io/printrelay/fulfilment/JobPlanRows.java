package io.printrelay.fulfilment;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * For {@link FulfilmentStore} (the only writer of vendor_jobs): writing an order's planned jobs at a vendor, in one
 * transaction, and again row by row when a concurrent plan of the same order took a job name first.
 */
final class JobPlanRows {

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate tx;

    JobPlanRows(NamedParameterJdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    void plan(long orderId, String vendor, List<PlannedJob> jobs, LocalDateTime now) {
        if (jobs.isEmpty()) {
            return;
        }
        try {
            // one commit for the lot (a batch outside a transaction commits each of its statements)
            tx.executeWithoutResult(status -> planJobs(orderId, vendor, jobs, now, false));
        } catch (DuplicateKeyException raced) {
            // planned by a concurrent run at the same moment (that transaction is rolled back, and PostgreSQL takes
            // no statement after a failed one in it): again outside one, what is still missing a row at a time
            planJobs(orderId, vendor, jobs, now, true);
        }
    }

    private void planJobs(long orderId, String vendor, List<PlannedJob> jobs, LocalDateTime now, boolean rowByRow) {
        List<String> names = jobs.stream().map(PlannedJob::jobName).toList();
        // the order's jobs by its index (a job name names its order); one query, not a lookup per job
        Set<String> existing = new HashSet<>(jdbc.queryForList("SELECT job_name FROM vendor_jobs"
                        + " WHERE order_id = :orderId AND vendor = :vendor",
                new MapSqlParameterSource("orderId", orderId).addValue("vendor", vendor), String.class));
        List<MapSqlParameterSource> inserts = new ArrayList<>();
        List<MapSqlParameterSource> handPlacedUpdates = new ArrayList<>();
        for (PlannedJob job : jobs) {
            MapSqlParameterSource params = planParams(orderId, vendor, job, now);
            if (!existing.contains(job.jobName())) {
                inserts.add(params);
            } else if (job.vendorJobId() != null) {
                handPlacedUpdates.add(params);
            }
        }
        if (!handPlacedUpdates.isEmpty()) {
            jdbc.batchUpdate("UPDATE vendor_jobs SET state = 'SUBMITTED', vendor_job_id = :vendorJobId,"
                    + " message = :message, updated_at = :now, submitted_at = :now, next_check_at = :now"
                    + " WHERE vendor = :vendor AND job_name = :jobName"
                    + " AND state IN ('PENDING', 'FAILED', 'UNKNOWN')",
                    handPlacedUpdates.toArray(MapSqlParameterSource[]::new));
        }
        if (rowByRow) {
            inserts.forEach(this::insertUnlessPresent);
        } else if (!inserts.isEmpty()) {
            jdbc.batchUpdate(INSERT_JOB, inserts.toArray(MapSqlParameterSource[]::new));
        }
        if (existing.isEmpty()) {
            return; // a first plan: no job of the order to retire
        }
        jdbc.update("UPDATE vendor_jobs SET state = 'CANCELED', message = 'no longer part of the order',"
                        + " updated_at = :now WHERE order_id = :orderId AND vendor = :vendor"
                        + " AND state IN ('PENDING', 'FAILED', 'UNKNOWN') AND job_name NOT IN (:names)",
                new MapSqlParameterSource("now", now).addValue("orderId", orderId).addValue("vendor", vendor)
                        .addValue("names", names));
    }

    private static final String INSERT_JOB = "INSERT INTO vendor_jobs (order_id, item_id, vendor, unit, job_name,"
            + " vendor_job_id, state, message, created_at, updated_at, submitted_at, next_check_at) VALUES (:orderId,"
            + " :itemId, :vendor, :unit, :jobName, :vendorJobId, :state, :message, :now, :now, :atVendor, :atVendor)";

    private static MapSqlParameterSource planParams(long orderId, String vendor, PlannedJob job, LocalDateTime now) {
        boolean handPlaced = job.vendorJobId() != null;
        return new MapSqlParameterSource("orderId", orderId)
                .addValue("itemId", job.itemId()).addValue("vendor", vendor).addValue("unit", job.unit())
                .addValue("jobName", job.jobName()).addValue("vendorJobId", job.vendorJobId())
                .addValue("state", (handPlaced ? JobState.SUBMITTED : JobState.PENDING).name())
                .addValue("message", handPlaced ? "placed by hand" : null).addValue("now", now)
                .addValue("atVendor", handPlaced ? now : null);
    }

    private void insertUnlessPresent(MapSqlParameterSource params) {
        try {
            jdbc.update(INSERT_JOB, params);
        } catch (DuplicateKeyException raced) {
            // the row exists, which is all we want
        }
    }
}
