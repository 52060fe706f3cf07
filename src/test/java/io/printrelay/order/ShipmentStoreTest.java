package io.printrelay.order;

import io.printrelay.PrintRelayTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;

import static io.printrelay.order.OrderStoreFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Shipments and their tracking returns on the embedded database; {@link PostgresShipmentStoreTest} runs it on
 * PostgreSQL.
 */
@PrintRelayTest
class ShipmentStoreTest {

    @Autowired
    ShipmentStore shipments;
    @Autowired
    OrderStore orders;
    @Autowired
    FolderStore folders;
    @Autowired
    NamedParameterJdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    Clock clock;

    @Test
    void aTrackingNumberIsRecordedOncePerOrder() {
        long id = newOrder();
        long other = newOrder();

        assertThat(shipments.add(id, new Shipment("1Z1", "UPS", "Ground", ""))).isPresent();
        assertThat(shipments.add(id, new Shipment("1Z1", "UPS", "Ground", ""))).isEmpty();
        assertThat(shipments.add(other, new Shipment("1Z1", "UPS", "Ground", ""))).isPresent();
        assertThat(shipments.list(id)).hasSize(1);
        assertThatThrownBy(() -> shipments.add(Long.MAX_VALUE, new Shipment("1Z1", "UPS", "", "")))
                .isInstanceOf(OrderNotFoundException.class);
        assertThatThrownBy(() -> shipments.list(Long.MAX_VALUE)).isInstanceOf(OrderNotFoundException.class);
    }

    @Test
    void aShipmentIsRecordedWithItsTrackingReturnToTheOrdersSource() {
        long id = newOrder();

        Shipment added = shipments.add(id, new Shipment("1ZQUEUED", "UPS", "Ground", "")).orElseThrow();

        assertThat(jdbc.queryForObject("SELECT source_name FROM tracking_returns WHERE shipment_id = :id",
                Map.of("id", added.getId()), String.class)).isEqualTo("podOS");
    }

    @Test
    void aQueueThatFailsKeepsTheShipmentOutSoNoShipmentIsWithoutItsReturn() {
        long id = newOrder();
        LocalDateTime before = LocalDateTime.of(2020, 1, 1, 0, 0);
        jdbc.update("UPDATE orders SET date_updated = :before WHERE id = :id", Map.of("before", before, "id", id));
        ShipmentStore withBrokenQueue = new ShipmentStore(jdbc, tx, clock, (orderId, shipmentId, source) -> {
            throw new IllegalStateException("tracking_returns is not writable");
        });

        assertThatThrownBy(() -> withBrokenQueue.add(id, new Shipment("1ZLOST", "UPS", "Ground", "")))
                .hasMessage("tracking_returns is not writable");

        assertThat(shipments.list(id)).isEmpty();
        assertThat(orders.requireOrder(id, false).getDateUpdated()).isEqualTo(before);
        assertThat(shipments.add(id, new Shipment("1ZLOST", "UPS", "Ground", ""))).isPresent();
    }

    @Test
    void aShipmentIsChangedAndRemovedOnItsOwnOrderOnly() {
        long id = newOrder();
        long other = newOrder();
        Shipment added = shipments.add(id, new Shipment("1Z2", "UPS", "Ground", "")).orElseThrow();
        Shipment changed = new Shipment("1Z2", "FedEx", "Home Delivery", "https://track.example/1Z2");

        assertThat(shipments.replace(other, added.getId(), changed)).isEmpty();
        assertThat(shipments.replace(id, added.getId(), changed)).map(Shipment::getCarrierCode).contains("FedEx");
        assertThat(shipments.delete(other, added.getId())).isFalse();
        assertThat(shipments.delete(id, added.getId())).isTrue();
        assertThat(shipments.find(id, added.getId())).isEmpty();
    }

    private long newOrder() {
        return orders.importOrder(order("podOS", UUID.randomUUID().toString()),
                folders.byName(Folder.NEW).orElseThrow().id(), "podOS", "n").order().getId();
    }
}
