package io.printrelay.sandbox.pov;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;

/**
 * A POV order as {@code GET /orders/{order_id}} answers it at one moment: its lines ({@code items}), and
 * {@code shipments}, empty until the order has shipped, then its one parcel.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PovOrder(String orderId, String reference, String orderMode, PovOrderStatus status, String mailClass,
                       List<PovOrderLine> items, List<PovShipment> shipments) {

    public PovOrder {
        items = List.copyOf(items);
        shipments = List.copyOf(shipments);
    }
}
