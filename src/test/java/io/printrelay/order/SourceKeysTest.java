package io.printrelay.order;

import io.printrelay.PrintRelayTest;
import io.printrelay.TestOrders;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which source ids are stored already, asked once per page a source's poll reads: right for every id, and one
 * lookup of the source's unique key per id however many orders are stored (the IN list it replaced read every
 * order of the source on HSQLDB, a page at a time).
 */
@PrintRelayTest
class SourceKeysTest {

    @Autowired
    SourceKeys keys;
    @Autowired
    OrderStore store;
    @Autowired
    FolderStore folders;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void namesTheIdsOfThisSourceThatAreStoredAndNoOthers() {
        String source = "keys-" + TestOrders.unique().substring(0, 8);
        String stored1 = TestOrders.unique();
        String stored2 = TestOrders.unique();
        String elsewhere = TestOrders.unique();
        long folder = folders.ensureFolder("Source keys test").id();
        store.importOrder(OrderStoreFixtures.order(source, stored1), folder, source, "stored");
        store.importOrder(OrderStoreFixtures.order(source, stored2), folder, source, "stored");
        store.importOrder(OrderStoreFixtures.order(source + "-other", elsewhere), folder, source, "stored");

        assertThat(keys.storedSourceIds(source, Arrays.asList(stored1, "never-seen", stored2, stored1, "", null,
                elsewhere))).containsExactlyInAnyOrder(stored1, stored2);
    }

    @Test
    void moreIdsThanOneQueryTakesAreAskedInSeveral() {
        String source = "keys-" + TestOrders.unique().substring(0, 8);
        long folder = folders.ensureFolder("Source keys test").id();
        List<String> asked = new ArrayList<>();
        List<String> stored = new ArrayList<>();
        for (int i = 0; i < SourceKeys.SOURCE_ID_CHUNK * 2 + 5; i++) {
            String id = source + "-" + i;
            asked.add(id);
            if (i % 3 == 0) {
                store.importOrder(OrderStoreFixtures.order(source, id), folder, source, "stored");
                stored.add(id);
            }
        }

        assertThat(keys.storedSourceIds(source, asked)).containsExactlyInAnyOrderElementsOf(stored);
    }

    @Test
    void eachIdIsOneLookupOfTheSourcesUniqueKeyByBothColumns() {
        String plan = String.join("\n", jdbc.queryForList("EXPLAIN PLAN FOR " + SourceKeys.query(3)
                .replace(":sourceName", "'podOS'").replace(":id0", "'a'").replace(":id1", "'b'")
                .replace(":id2", "'c'"), String.class)).toUpperCase(Locale.ROOT);

        // per branch: the unique index, started at source_name and source_id (not a range of the source tested
        // row by row against a list)
        assertThat(plan.split("INDEX=ORDERS_SOURCE_UNIQUE", -1)).hasSize(4);
        assertThat(plan.split("COLUMN: PUBLIC.ORDERS.SOURCE_ID\\s*\\]\\s*ARG_RIGHT", -1)).hasSize(4);
        assertThat(plan).doesNotContain("OTHER CONDITION");
    }
}
