package io.printrelay.connector.shopify;

import io.printrelay.order.Order;
import io.printrelay.order.Shipment;
import io.printrelay.tracking.ReturnOutcome;

import java.util.ArrayList;
import java.util.List;

/**
 * One shipment on its way back to Shopify (the exchange property {@code shopifyReturn} of the
 * tracking-return-shopify route): its order and shipment, the fulfillment order line items this shipment
 * fulfils once Shopify's order is read, then what became of it.
 */
public final class ShopifyReturn {

    /** A fulfillment order's line item and the quantity this shipment fulfils of it. */
    record Line(String fulfillmentOrderId, String fulfillmentOrderLineItemId, int quantity) {
    }

    private final Order order;
    private final Shipment shipment;
    private final boolean triedBefore;
    private final List<Line> lines = new ArrayList<>();
    private String shopifyName;
    private ReturnOutcome outcome;

    private ShopifyReturn(Order order, Shipment shipment, boolean triedBefore, ReturnOutcome outcome) {
        this.order = order;
        this.shipment = shipment;
        this.triedBefore = triedBefore;
        this.outcome = outcome;
    }

    static ShopifyReturn of(Order order, Shipment shipment, boolean triedBefore) {
        return new ShopifyReturn(order, shipment, triedBefore, null);
    }

    static ShopifyReturn notNeeded(String reason) {
        return new ShopifyReturn(null, null, false, ReturnOutcome.notNeeded(reason));
    }

    /** Still to be sent: nothing (sync-tracking off, the fulfilment already at Shopify, sent) decided it yet. */
    public boolean toSend() {
        return outcome == null;
    }

    public String shopifyOrderId() {
        return order.getSourceId();
    }

    public String trackingNumber() {
        return shipment.getTrackingNumber();
    }

    /** An earlier attempt may have got through without its answer: Shopify's fulfilments are read too. */
    boolean triedBefore() {
        return triedBefore;
    }

    /** How the history notes name the order: Shopify's own name (#1001) when known. */
    String orderName() {
        return shopifyName != null && !shopifyName.isBlank() ? shopifyName : order.getSourceId();
    }

    Order order() {
        return order;
    }

    Shipment shipment() {
        return shipment;
    }

    List<Line> lines() {
        return lines;
    }

    ReturnOutcome outcome() {
        return outcome;
    }

    void named(String shopifyName) {
        this.shopifyName = shopifyName;
    }

    void decided(ReturnOutcome outcome) {
        this.outcome = outcome;
    }
}
