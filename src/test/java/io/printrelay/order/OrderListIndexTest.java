package io.printrelay.order;

import io.printrelay.PrintRelayTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's order list as HSQLDB plans it (V12): a page in the list's sort order is read from an index in that
 * order, not sorted from the whole table (about 1 s a page at 100,000 orders), and a source_id filter has an index of
 * its own (the unique key (source_name, source_id) does not serve it).
 */
@PrintRelayTest
class OrderListIndexTest {

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ORDER BY o.date_added DESC, o.id DESC|ORDERS_DATE_ADDED_ID_IDX",
            "ORDER BY o.date_added ASC, o.id ASC|ORDERS_DATE_ADDED_ID_IDX",
            "ORDER BY o.date_updated DESC, o.id DESC|ORDERS_DATE_UPDATED_ID_IDX",
            "AND o.date_added >= TIMESTAMP '2026-01-01 00:00:00' ORDER BY o.date_added DESC, o.id DESC|ORDERS_DATE_ADDED_ID_IDX",
            "AND o.source_id = 'po_1' ORDER BY o.date_added DESC, o.id DESC|ORDERS_SOURCE_ID_IDX"})
    void aPageOfTheListIsReadFromAnIndex(String filterAndOrder, String index) {
        String statement = "SELECT o.* FROM orders o WHERE 1 = 1 " + filterAndOrder
                + " OFFSET 0 ROWS FETCH NEXT 50 ROWS ONLY";

        String plan = String.join("\n", jdbc.queryForList("EXPLAIN PLAN FOR " + statement, String.class))
                .toUpperCase(Locale.ROOT);

        assertThat(plan).as(statement).contains("INDEX=" + index);
        if (!filterAndOrder.contains("source_id")) {
            // read in the index's order, the first 50 taken: no sort of every row
            assertThat(plan.replaceAll("\\s+", " ")).as(statement).containsPattern("ORDER BY=\\[[^\\]]*USES INDEX\\]");
        }
    }
}
