package io.printrelay.connector.shopify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.printrelay.fulfilment.VendorUnavailableException;
import io.printrelay.order.Order;
import io.printrelay.order.OrderStore;
import io.printrelay.order.Shipment;
import io.printrelay.order.ShipmentStore;
import io.printrelay.tracking.ReturnOutcome;
import io.printrelay.tracking.ReturnRefusedException;
import io.printrelay.tracking.TrackingReturn;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The steps of the tracking-return-shopify route (Sync Tracking Numbers): a shipment of a Shopify order becomes a
 * Shopify fulfillment with its tracking number, of the line items the shipment carries. Shopify's order is read
 * first for its fulfillment orders (what is left to fulfil); on a retry also for its fulfillments, and one with the
 * same tracking number means an earlier attempt got through without its answer: nothing is created twice.
 * {@code userErrors}, HTTP 401/403/404 and other GraphQL errors are refusals for good; HTTP 429/5xx and THROTTLED
 * answers are tried again later.
 */
@Component("shopifyTrackingWriter")
public class ShopifyTrackingWriter {

    /** Fulfillment orders in these statuses have nothing Shopify lets anyone fulfil. */
    private static final Set<String> CLOSED = Set.of("CLOSED", "CANCELLED", "INCOMPLETE", "ON_HOLD", "SCHEDULED");

    private final ShopifyProperties properties;
    private final OrderStore store;
    private final ShipmentStore shipments;
    private final ShopifyShippedQuantities shipped;
    private final ObjectMapper mapper;

    public ShopifyTrackingWriter(ShopifyProperties properties, OrderStore store, ShipmentStore shipments,
                                 ShopifyShippedQuantities shipped, ObjectMapper mapper) {
        this.properties = properties;
        this.store = store;
        this.shipments = shipments;
        this.shipped = shipped;
        this.mapper = mapper;
    }

    /** The order and the shipment to send back, or why nothing is to be sent. */
    public ShopifyReturn prepare(TrackingReturn ret) {
        if (!properties.syncTracking()) {
            return ShopifyReturn.notNeeded("Shopify sync-tracking is off");
        }
        Order order = store.requireOrder(ret.orderId(), false);
        Shipment shipment = shipments.find(ret.orderId(), ret.shipmentId()).orElse(null);
        if (shipment == null) {
            return ShopifyReturn.notNeeded("the shipment was deleted before its return");
        }
        if (order.getSourceId() == null || !order.getSourceId().matches("\\d{1,20}")) {
            throw new ReturnRefusedException("'" + order.getSourceId() + "' is not a Shopify order id");
        }
        return ShopifyReturn.of(order, shipment, ret.triedBefore());
    }

    /** The read of the order: its fulfillment orders, and on a retry its fulfillments' tracking numbers. */
    public ObjectNode orderQuery(ShopifyReturn ret) {
        ObjectNode request = mapper.createObjectNode();
        request.put("query", ret.triedBefore() ? ShopifyApi.ORDER_TO_FULFIL_AGAIN : ShopifyApi.ORDER_TO_FULFIL);
        request.putObject("variables").put("id", ShopifyApi.orderGid(ret.shopifyOrderId()));
        return request;
    }

    /** Shopify's order: already fulfilled with this number, nothing left to fulfil, or the lines to fulfil now. */
    public void readOrder(ShopifyReturn ret, int status, String body) {
        JsonNode order = answer("Shopify order " + ret.shopifyOrderId() + " could not be read", status, body)
                .path("data").path("order");
        if (!order.isObject()) {
            throw new ReturnRefusedException("Shopify has no order " + ret.shopifyOrderId());
        }
        ret.named(order.path("name").asText(""));
        for (JsonNode fulfillment : order.path("fulfillments")) {
            for (JsonNode tracking : fulfillment.path("trackingInfo")) {
                if (ret.trackingNumber().equals(tracking.path("number").asText())) {
                    ret.decided(ReturnOutcome.sent("Tracking " + ret.trackingNumber()
                            + " was already at Shopify order " + ret.orderName()));
                    return;
                }
            }
        }
        Map<String, Integer> toShip = shipped.byLineItem(ret.order(), ret.shipment());
        for (JsonNode fulfillmentOrder : order.path("fulfillmentOrders").path("nodes")) {
            if (CLOSED.contains(fulfillmentOrder.path("status").asText())) {
                continue;
            }
            for (JsonNode line : fulfillmentOrder.path("lineItems").path("nodes")) {
                int remaining = line.path("remainingQuantity").asInt(0);
                String lineItem = ShopifyApi.numericId(line.path("lineItem").path("id").asText(null));
                int quantity = toShip == null ? remaining : Math.min(remaining, toShip.getOrDefault(lineItem, 0));
                if (quantity > 0) {
                    ret.lines().add(new ShopifyReturn.Line(fulfillmentOrder.path("id").asText(),
                            line.path("id").asText(), quantity));
                    if (toShip != null) {
                        toShip.merge(lineItem, -quantity, Integer::sum);
                    }
                }
            }
        }
        if (ret.lines().isEmpty()) {
            ret.decided(ReturnOutcome.notNeeded("Tracking " + ret.trackingNumber() + " not sent: Shopify order "
                    + ret.orderName() + " has nothing of this shipment left to fulfil"));
        }
    }

    /** The {@code fulfillmentCreate} mutation: the lines, the tracking number, URL and carrier, notify or not. */
    public ObjectNode fulfillmentCreate(ShopifyReturn ret) {
        Map<String, ArrayNode> byFulfillmentOrder = new LinkedHashMap<>();
        for (ShopifyReturn.Line line : ret.lines()) {
            byFulfillmentOrder.computeIfAbsent(line.fulfillmentOrderId(), id -> mapper.createArrayNode())
                    .addObject().put("id", line.fulfillmentOrderLineItemId()).put("quantity", line.quantity());
        }
        ObjectNode request = mapper.createObjectNode();
        request.put("query", ShopifyApi.FULFILLMENT_CREATE);
        ObjectNode fulfillment = request.putObject("variables").putObject("fulfillment");
        ArrayNode lines = fulfillment.putArray("lineItemsByFulfillmentOrder");
        byFulfillmentOrder.forEach((id, items) -> lines.addObject().put("fulfillmentOrderId", id)
                .set("fulfillmentOrderLineItems", items));
        Shipment shipment = ret.shipment();
        ObjectNode tracking = fulfillment.putObject("trackingInfo").put("number", shipment.getTrackingNumber());
        if (shipment.getTrackingUrl() != null && !shipment.getTrackingUrl().isBlank()) {
            tracking.put("url", shipment.getTrackingUrl());
        }
        if (shipment.getCarrierCode() != null && !shipment.getCarrierCode().isBlank()) {
            tracking.put("company", shipment.getCarrierCode());
        }
        fulfillment.put("notifyCustomer", properties.notifyCustomer());
        return request;
    }

    /** Shopify's answer to {@code fulfillmentCreate}: userErrors are a refusal, with Shopify's words. */
    public void readFulfillmentCreate(ShopifyReturn ret, int status, String body) {
        JsonNode result = answer("Shopify refused the fulfillment of order " + ret.orderName(), status, body)
                .path("data").path("fulfillmentCreate");
        List<String> userErrors = new java.util.ArrayList<>();
        for (JsonNode error : result.path("userErrors")) {
            userErrors.add(error.path("message").asText(error.toString()));
        }
        if (!userErrors.isEmpty() || !result.path("fulfillment").isObject()) {
            throw new ReturnRefusedException(ReturnRefusedException.abbreviate("Shopify refused the fulfillment of"
                    + " order " + ret.orderName() + ": " + (userErrors.isEmpty() ? "no fulfillment in its answer"
                    : String.join("; ", userErrors))));
        }
        ret.decided(ReturnOutcome.sent("Tracking " + ret.trackingNumber() + " sent to Shopify order "
                + ret.orderName() + " (fulfillment " + ShopifyApi.numericId(result.path("fulfillment").path("id")
                .asText()) + ")"));
    }

    public ReturnOutcome outcome(ShopifyReturn ret) {
        return ret.outcome();
    }

    /**
     * An answer that went through, as JSON; else the exception that says when to try again: HTTP 401/403/404 (and
     * any 4xx but 408/429) and GraphQL errors never change; 408/429/5xx, THROTTLED or an unreadable body may.
     */
    private JsonNode answer(String what, int status, String body) {
        if (status < 200 || status >= 300) {
            String message = what + " (HTTP " + status + "): " + ReturnRefusedException.abbreviate(body)
                    + (status == 401 || status == 403 ? " (check printrelay.sources.shopify.access-token)" : "");
            throw ReturnRefusedException.isFinal(status) ? new ReturnRefusedException(message)
                    : new VendorUnavailableException(message);
        }
        JsonNode json;
        try {
            json = mapper.readTree(body == null ? "" : body);
        } catch (IOException e) {
            throw new VendorUnavailableException(what + ": the answer is not readable JSON", e);
        }
        if (json == null || !json.isObject()) {
            throw new VendorUnavailableException(what + ": the answer is not a JSON object");
        }
        if (ShopifyCost.isThrottled(json)) {
            throw new VendorUnavailableException(what + ": Shopify throttled the request (THROTTLED); tried later");
        }
        List<String> errors = ShopifyCost.errors(json);
        if (!errors.isEmpty()) {
            throw new ReturnRefusedException(ReturnRefusedException.abbreviate(what + ": " + String.join("; ",
                    errors)));
        }
        return json;
    }
}
