package io.printrelay.fulfilment;

import io.printrelay.PrintRelayTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statements FulfilmentStore runs for one order's jobs (plan, claim, jobs), as HSQLDB plans them: each must read
 * the order's own index, not one that starts with the vendor. Before V7 HSQLDB chose (vendor, job_name) for them,
 * reading every job of the vendor at every submission, so each order took longer than the one before.
 */
@PrintRelayTest
class VendorJobIndexTest {

    private static final Pattern INDEX = Pattern.compile("INDEX=([A-Z0-9_]+)");

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT job_name FROM vendor_jobs WHERE order_id = 1 AND vendor = 'fourover'",
            "UPDATE vendor_jobs SET state = 'SENDING', claim = 't', updated_at = CURRENT_TIMESTAMP"
                    + " WHERE order_id = 1 AND vendor = 'fourover' AND state IN ('PENDING', 'FAILED')",
            "SELECT * FROM vendor_jobs WHERE order_id = 1 AND vendor = 'fourover' AND claim = 't'"
                    + " AND state = 'SENDING' ORDER BY id",
            "UPDATE vendor_jobs SET state = 'CANCELED', message = 'no longer part of the order',"
                    + " updated_at = CURRENT_TIMESTAMP WHERE order_id = 1 AND vendor = 'fourover'"
                    + " AND state IN ('PENDING', 'FAILED', 'UNKNOWN') AND job_name NOT IN ('a', 'b')",
            "SELECT * FROM vendor_jobs WHERE order_id = 1 AND vendor = 'fourover' ORDER BY id",
            "SELECT * FROM vendor_jobs WHERE order_id = 1 ORDER BY id",
            "UPDATE vendor_jobs SET state = 'PENDING', message = NULL, updated_at = CURRENT_TIMESTAMP"
                    + " WHERE order_id = 1 AND state = 'UNKNOWN'"})
    void anOrdersJobsAreReadFromTheOrdersIndex(String statement) {
        String index = indexOf(statement);

        assertThat(index).as(statement).matches("VENDOR_JOBS_ORDER_VENDOR_IDX|SYS_FK_\\d+");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT * FROM vendor_jobs WHERE vendor = 'fourover' AND state = 'SUBMITTED'"
                    + " AND next_check_at <= CURRENT_TIMESTAMP ORDER BY next_check_at, id LIMIT 100",
            "SELECT * FROM vendor_jobs WHERE state = 'SENDING' AND updated_at < CURRENT_TIMESTAMP"})
    void theDueAndTheStaleJobsAreOneRangeOfAnIndex(String statement) {
        assertThat(indexOf(statement)).as(statement)
                .isIn("VENDOR_JOBS_DUE_IDX", "VENDOR_JOBS_STATE_UPDATED_IDX");
    }

    private String indexOf(String statement) {
        List<String> plan = jdbc.queryForList("EXPLAIN PLAN FOR " + statement, String.class);
        Matcher index = INDEX.matcher(String.join("\n", plan).toUpperCase(Locale.ROOT));
        assertThat(index.find()).as("an index in the plan of " + statement + ":\n" + plan).isTrue();
        return index.group(1);
    }
}
