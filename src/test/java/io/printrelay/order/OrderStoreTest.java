package io.printrelay.order;

import io.printrelay.PrintRelayTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The order store through SQL on the embedded database; {@link PostgresOrderStoreTest} runs it on PostgreSQL. */
@PrintRelayTest
class OrderStoreTest {

    @Autowired
    OrderStore store;

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
        assertThat(store.history(created.order().getId())).hasSize(1);
    }

    @Test
    void theSameSourceIdFromAnotherSourceIsAnotherOrder() {
        String sourceId = UUID.randomUUID().toString();
        long a = store.importOrder(order("podOS", sourceId), newFolder(), "podOS", "n").order().getId();
        long b = store.importOrder(order("Shopify", sourceId), newFolder(), "Shopify", "n").order().getId();
        assertThat(a).isNotEqualTo(b);
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
        Folder errors = store.folderByName(Folder.ERRORS).orElseThrow();

        MoveResult moved = store.moveToFolder(id, errors, "4over", "product_uuid is missing");
        MoveResult again = store.moveToFolder(id, errors, "4over", null);

        assertThat(moved.moved()).isTrue();
        assertThat(moved.originalFolderId()).isEqualTo(folder(Folder.NEW));
        assertThat(again.moved()).isFalse();
        assertThat(store.requireOrder(id, false).getFolderId()).isEqualTo(errors.id());
        assertThat(store.history(id)).extracting(HistoryNote::note)
                .containsExactly("n", "Moved from New to Errors: product_uuid is missing");
        assertThat(store.history(id).get(1).sourceName()).isEqualTo("4over");
        assertThat(store.moveToFolder(Long.MAX_VALUE, errors, "x", null).message()).isEqualTo("Order not found");
    }

    @Test
    void aTrackingNumberIsRecordedOncePerOrder() {
        long id = store.importOrder(order("API", UUID.randomUUID().toString()), newFolder(), "API", "n")
                .order().getId();
        long other = store.importOrder(order("API", UUID.randomUUID().toString()), newFolder(), "API", "n")
                .order().getId();

        assertThat(store.addShipment(id, new Shipment("1Z1", "UPS", "Ground", ""))).isPresent();
        assertThat(store.addShipment(id, new Shipment("1Z1", "UPS", "Ground", ""))).isEmpty();
        assertThat(store.addShipment(other, new Shipment("1Z1", "UPS", "Ground", ""))).isPresent();
        assertThat(store.shipments(id)).hasSize(1);
        assertThatThrownBy(() -> store.addShipment(Long.MAX_VALUE, new Shipment("1Z1", "UPS", "", "")))
                .isInstanceOf(OrderNotFoundException.class);
    }

    @Test
    void foldersNamedInSettingsAreCreatedOnce() {
        String name = "Ready " + UUID.randomUUID();
        Folder created = store.ensureFolder(name);
        assertThat(store.ensureFolder(name.toUpperCase()).id()).isEqualTo(created.id());
        assertThat(store.folders()).extracting(Folder::name).contains("New", "Prepared", "Submitted", "Shipped",
                "Closed", "Canceled", "Errors", name);
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
        return store.folderByName(name).orElseThrow().id();
    }

    static Order order(String source, String sourceId) {
        Order order = new Order();
        order.setSourceName(source);
        order.setSourceId(sourceId);
        order.setEmail("jimmy@example.com");
        order.setShipping(new Address("Jimmy", "Dean", "", "800 Emmet St", "", "", "", "Nashville", "TN", "37203",
                "US", ""));
        OrderItem item = new OrderItem();
        item.setName("Business cards");
        item.setCode("bc-1000");
        item.setQuantity(1);
        order.getOrderItems().add(item);
        return order;
    }
}
