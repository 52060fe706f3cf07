package io.printrelay.order;

import io.printrelay.PrintRelayTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.printrelay.order.OrderStoreFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Orders and their items (import, moves, items one at a time, queries) through SQL on the embedded database;
 * {@link PostgresOrderStoreTest} runs the same on PostgreSQL.
 */
@PrintRelayTest
class OrderStoreTest {

    @Autowired
    OrderStore store;
    @Autowired
    FolderStore folders;
    @Autowired
    HistoryStore history;
    @Autowired
    ShipmentStore shipments;
    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Test
    void importingTheSameSourceOrderTwiceKeepsOneOrderAndTheFirstVersion() {
        String sourceId = UUID.randomUUID().toString();
        Order first = order("podOS", sourceId);
        ImportResult created = store.importOrder(first, newFolder(), "podOS", "imported");
        Order changedAtSource = order("podOS", sourceId);
        changedAtSource.setEmail("changed@example.com");

        ImportResult again = store.importOrder(changedAtSource, newFolder(), "podOS", "imported");

        assertThat(created.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.order().getId()).isEqualTo(created.order().getId());
        assertThat(again.order().getEmail()).isEqualTo("jimmy@example.com");
        assertThat(history.list(created.order().getId())).hasSize(1);
    }

    @Test
    void theSameSourceIdFromAnotherSourceIsAnotherOrder() {
        String sourceId = UUID.randomUUID().toString();
        long a = store.importOrder(order("podOS", sourceId), newFolder(), "podOS", "n").order().getId();
        long b = store.importOrder(order("Shopify", sourceId), newFolder(), "Shopify", "n").order().getId();
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void anImportKeepsTheShipmentsThatCameWithTheOrderWithoutQueueingTheirReturn() {
        Order order = order("podOS", UUID.randomUUID().toString());
        order.getOrderShipments().add(new Shipment("1ZCAME", "UPS", "Ground", ""));

        long id = store.importOrder(order, newFolder(), "podOS", "n").order().getId();

        assertThat(store.requireOrder(id, false).getOrderShipments()).extracting(Shipment::getTrackingNumber)
                .containsExactly("1ZCAME");
        assertThat(shipments.list(id)).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tracking_returns WHERE order_id = :id", Map.of("id", id),
                Long.class)).isZero();
    }

    @Test
    void mapsAreKeptExactlyIncludingKeyOrderSpacesUnicodeAndTypes() {
        Order order = order("API", UUID.randomUUID().toString());
        Map<String, Object> checkout = new LinkedHashMap<>();
        checkout.put("Gift Message", "Happy Birthday 🎂");
        checkout.put("Zustellung für", "Müller & Söhne");
        checkout.put("count", 3);
        checkout.put("nested", Map.of("list", List.of("a", 1, true)));
        order.setCheckoutData(checkout);
        order.setOrderMetadata(new LinkedHashMap<>(Map.of("fraud_protection_score", 0)));
        order.getOrderItems().get(0).setVariationList(new LinkedHashMap<>(Map.of("Paper Stock", "16pt Matte")));
        order.getOrderItems().get(0).setMetadata(new LinkedHashMap<>(Map.of("print_url_1", "https://x/1.pdf")));

        long id = store.importOrder(order, newFolder(), "API", "n").order().getId();
        Order read = store.requireOrder(id, false);

        assertThat(read.getCheckoutData()).containsExactlyEntriesOf(checkout);
        assertThat(read.getOrderMetadata()).containsEntry("fraud_protection_score", 0);
        assertThat(read.getOrderItems().get(0).getVariationList()).containsEntry("Paper Stock", "16pt Matte");
        assertThat(read.getOrderItems().get(0).getMetadata()).containsEntry("print_url_1", "https://x/1.pdf");
    }

    @Test
    void movingBetweenFoldersNotesWhereTheOrderCameFrom() {
        long id = store.importOrder(order("API", UUID.randomUUID().toString()), folder(Folder.NEW), "API", "n")
                .order().getId();
        Folder errors = folders.byName(Folder.ERRORS).orElseThrow();

        MoveResult moved = store.moveToFolder(id, errors, "4over", "product_uuid is missing");
        MoveResult again = store.moveToFolder(id, errors, "4over", null);

        assertThat(moved.moved()).isTrue();
        assertThat(moved.originalFolderId()).isEqualTo(folder(Folder.NEW));
        assertThat(again.moved()).isFalse();
        assertThat(store.requireOrder(id, false).getFolderId()).isEqualTo(errors.id());
        assertThat(history.list(id)).extracting(HistoryNote::note)
                .containsExactly("n", "Moved from New to Errors: product_uuid is missing");
        assertThat(history.list(id).get(1).sourceName()).isEqualTo("4over");
        assertThat(store.moveToFolder(Long.MAX_VALUE, errors, "x", null).message()).isEqualTo("Order not found");
    }

    @Test
    void itemsOneAtATimeKeepTheQuantityTotal() {
        long id = store.importOrder(order("API", UUID.randomUUID().toString()), newFolder(), "API", "n")
                .order().getId();
        OrderItem more = new OrderItem();
        more.setName("Flyers");
        more.setCode("fl-100");
        more.setQuantity(3);

        OrderItem added = store.addItem(id, more);
        more.setQuantity(5);
        store.replaceItem(id, added.getId(), more);

        assertThat(store.items(id)).extracting(OrderItem::getCode).containsExactly("bc-1000", "fl-100");
        assertThat(store.requireOrder(id, false).getQuantityTotal()).isEqualTo(6);
        assertThat(store.deleteItem(id, added.getId())).isTrue();
        assertThat(store.requireOrder(id, false).getQuantityTotal()).isEqualTo(1);
        assertThat(store.replaceItem(id, added.getId(), more)).isEmpty();
        assertThatThrownBy(() -> store.items(Long.MAX_VALUE)).isInstanceOf(OrderNotFoundException.class);
    }

    @Test
    void findOrdersPagesInTheRequestedOrder() {
        String source = "page-" + UUID.randomUUID();
        for (int i = 0; i < 7; i++) {
            store.importOrder(order(source, "o" + i), newFolder(), source, "n");
        }
        OrderQuery bySource = new OrderQuery(null, null, null, source, null, null, null, null, null, "source_id",
                true, 3, 3, true);

        OrderPage page = store.findOrders(bySource);

        assertThat(page.totalRecords()).isEqualTo(7);
        assertThat(page.orders()).extracting(Order::getSourceId).containsExactly("o3", "o4", "o5");
        assertThat(page.orders().get(0).getOrderItems()).hasSize(1);
        assertThat(page.orders().get(0).getOrderHistory()).hasSize(1);
    }

    private long newFolder() {
        return folder(Folder.NEW);
    }

    private long folder(String name) {
        return folders.byName(name).orElseThrow().id();
    }
}
