package io.printrelay.management;

import io.printrelay.PrintRelayTest;
import io.printrelay.TestOrders;
import io.printrelay.order.Folder;
import io.printrelay.order.FolderStore;
import io.printrelay.order.OrderStore;
import io.printrelay.order.OrderStoreFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code retryErrors()} sends every order in Errors again, however many pages of them there are. */
@PrintRelayTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RetryErrorsTest {

    static final int MORE_THAN_A_PAGE = 520;

    @Autowired
    Operations operations;
    @Autowired
    OrderStore store;
    @Autowired
    FolderStore folders;
    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Test
    void everyOrderInErrorsIsMovedBackAndSentAgain() {
        long errors = folders.ensureFolder(Folder.ERRORS).id();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < MORE_THAN_A_PAGE; i++) {
            // no vendor takes its item: fulfilment sends it straight back to Errors, which shows it was sent again
            ids.add(store.importOrder(OrderStoreFixtures.order("API", TestOrders.unique()), errors, "test",
                    "kept in Errors").order().getId());
        }

        String answer = operations.retryErrors();

        assertThat(Integer.parseInt(answer.replaceAll("\\D+.*", ""))).isGreaterThanOrEqualTo(MORE_THAN_A_PAGE);
        assertThat(ordersWithNote(ids, "Moved from Errors to New: retry requested")).isEqualTo(MORE_THAN_A_PAGE);
        await().atMost(Duration.ofSeconds(60)).until(() -> ordersWithNote(ids, "Moved from New to Errors:%")
                == MORE_THAN_A_PAGE);
    }

    private long ordersWithNote(List<Long> ids, String note) {
        Long count = jdbc.queryForObject("SELECT COUNT(DISTINCT order_id) FROM order_history WHERE note LIKE :note"
                + " AND order_id IN (:ids)", new MapSqlParameterSource("note", note).addValue("ids", ids), Long.class);
        return count == null ? 0 : count;
    }
}
