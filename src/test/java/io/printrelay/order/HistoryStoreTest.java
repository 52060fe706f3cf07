package io.printrelay.order;

import io.printrelay.PrintRelayTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;

import static io.printrelay.order.OrderStoreFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/** Order history on the embedded database; {@link PostgresHistoryStoreTest} runs it on PostgreSQL. */
@PrintRelayTest
class HistoryStoreTest {

    @Autowired
    HistoryStore history;
    @Autowired
    OrderStore orders;
    @Autowired
    FolderStore folders;
    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Test
    void notesAreAppendedInOrderAndMoveTheOrdersDateUpdated() {
        long id = orders.importOrder(order("API", UUID.randomUUID().toString()),
                folders.byName(Folder.NEW).orElseThrow().id(), "API", "received").order().getId();
        LocalDateTime before = LocalDateTime.of(2020, 1, 1, 0, 0);
        jdbc.update("UPDATE orders SET date_updated = :before WHERE id = :id", Map.of("before", before, "id", id));

        history.add(id, "4over", "job accepted");
        history.add(id, "Operations", "retry requested");

        assertThat(history.list(id)).extracting(HistoryNote::sourceName, HistoryNote::note).containsExactly(
                tuple("API", "received"),
                tuple("4over", "job accepted"),
                tuple("Operations", "retry requested"));
        assertThat(orders.requireOrder(id, false).getDateUpdated()).isAfter(before);
        assertThat(orders.requireOrder(id, true).getOrderHistory()).hasSize(3);
    }

    @Test
    void aNoteForAnOrderThatIsNotThereIsRefused() {
        assertThatThrownBy(() -> history.add(Long.MAX_VALUE, "API", "lost"))
                .isInstanceOf(OrderNotFoundException.class);
        assertThat(history.list(Long.MAX_VALUE)).isEmpty();
    }
}
