package io.printrelay.connector.woocommerce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.printrelay.fulfilment.FulfilmentStore;
import io.printrelay.fulfilment.JobState;
import io.printrelay.fulfilment.VendorJob;
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
import java.util.List;

/**
 * The steps of the tracking-return-woocommerce route (Sync Tracking Numbers): each shipment of a WooCommerce order
 * becomes an order note at Woo ({@code Shipped via <carrier>: <number> <url>}, a customer note by default, which
 * Woo e-mails to the customer); with the order's last shipment the Woo order is set {@code completed}. "Last": every
 * vendor job of the order that was not canceled has shipped, so an order with items still in production is never
 * completed (an order without jobs, shipped by hand through the API, is complete with its shipment). A retry reads
 * the order's notes first: a note with this tracking number means an earlier attempt got through without its
 * answer, and it is not posted twice. A 4xx other than 408/429 is a refusal that will not change; anything else but
 * 2xx is tried again later.
 */
@Component("wooCommerceTrackingWriter")
public class WooCommerceTrackingWriter {

    private final WooCommerceProperties properties;
    private final OrderStore store;
    private final ShipmentStore shipments;
    private final FulfilmentStore fulfilment;
    private final ObjectMapper mapper;

    public WooCommerceTrackingWriter(WooCommerceProperties properties, OrderStore store, ShipmentStore shipments,
                                     FulfilmentStore fulfilment, ObjectMapper mapper) {
        this.properties = properties;
        this.store = store;
        this.shipments = shipments;
        this.fulfilment = fulfilment;
        this.mapper = mapper;
    }

    public WooCommerceReturn prepare(TrackingReturn ret) {
        if (!properties.syncTracking()) {
            return WooCommerceReturn.notNeeded("WooCommerce sync-tracking is off");
        }
        Order order = store.requireOrder(ret.orderId(), false);
        Shipment shipment = shipments.find(ret.orderId(), ret.shipmentId()).orElse(null);
        if (shipment == null) {
            return WooCommerceReturn.notNeeded("the shipment was deleted before its return");
        }
        if (!WooCommerceApi.isOrderId(order.getSourceId())) {
            throw new ReturnRefusedException("'" + order.getSourceId() + "' is not a WooCommerce order id");
        }
        return WooCommerceReturn.of(order, shipment, ret.triedBefore(),
                properties.completeOrder() && everythingShipped(order.getId()));
    }

    /** Woo's answer to {@code GET /orders/{id}/notes}: is a note with this tracking number there already? */
    public void readNotes(WooCommerceReturn ret, int status, String body) {
        if (!isSuccess(status)) {
            throw failure("the notes of WooCommerce order " + ret.wooOrderId() + " could not be read", status, body);
        }
        JsonNode notes;
        try {
            notes = mapper.readTree(body == null ? "" : body);
        } catch (IOException e) {
            throw new VendorUnavailableException("the notes of WooCommerce order " + ret.wooOrderId()
                    + " are not readable JSON", e);
        }
        for (JsonNode note : notes) {
            if (note.path(WooCommerceApi.NOTE).asText("").contains(ret.trackingNumber())) {
                ret.noteFoundThere();
                return;
            }
        }
    }

    /** The order note: {@code Shipped via UPS: 1Z… https://…}. */
    public ObjectNode note(WooCommerceReturn ret) {
        Shipment shipment = ret.shipment();
        String carrier = shipment.getCarrierCode() == null || shipment.getCarrierCode().isBlank() ? "carrier"
                : shipment.getCarrierCode();
        String url = shipment.getTrackingUrl() == null ? "" : shipment.getTrackingUrl().trim();
        ObjectNode body = mapper.createObjectNode();
        body.put(WooCommerceApi.NOTE, ("Shipped via " + carrier + ": " + shipment.getTrackingNumber() + " " + url)
                .strip());
        body.put(WooCommerceApi.CUSTOMER_NOTE, properties.customerNote());
        return body;
    }

    public void readNote(WooCommerceReturn ret, int status, String body) {
        if (!isSuccess(status)) {
            throw failure("WooCommerce refused the tracking note of order " + ret.wooOrderId(), status, body);
        }
        ret.notePosted();
    }

    public ObjectNode completion() {
        return mapper.createObjectNode().put(WooCommerceApi.STATUS, WooCommerceApi.COMPLETED);
    }

    public void readCompletion(WooCommerceReturn ret, int status, String body) {
        if (!isSuccess(status)) {
            throw failure("WooCommerce refused to complete order " + ret.wooOrderId(), status, body);
        }
        ret.completed();
    }

    public ReturnOutcome outcome(WooCommerceReturn ret) {
        if (ret.outcome() != null) {
            return ret.outcome();
        }
        String note = "Tracking " + ret.trackingNumber() + (ret.noteWasThere() ? " was already at WooCommerce order "
                : " sent to WooCommerce order ") + ret.wooOrderId();
        if (ret.isCompleted()) {
            note += " (order completed there)";
        } else if (properties.completeOrder() && !ret.completes()) {
            note += " (not completed there: items of the order are still to ship)";
        }
        return ReturnOutcome.sent(note);
    }

    private boolean everythingShipped(long orderId) {
        List<VendorJob> live = fulfilment.jobs(orderId).stream().filter(job -> job.state() != JobState.CANCELED)
                .toList();
        return live.stream().allMatch(job -> job.state() == JobState.SHIPPED);
    }

    private RuntimeException failure(String what, int status, String body) {
        String message = what + " (HTTP " + status + "): " + wooMessage(body);
        return ReturnRefusedException.isFinal(status) ? new ReturnRefusedException(message)
                : new VendorUnavailableException(message);
    }

    private static boolean isSuccess(int status) {
        return status >= 200 && status < 300;
    }

    /** Woo says what is wrong in {@code {"code","message"}}; anything else is quoted as it came. */
    private String wooMessage(String body) {
        try {
            JsonNode error = mapper.readTree(body == null ? "" : body);
            if (error != null && error.hasNonNull(WooCommerceApi.ERROR_MESSAGE)) {
                return ReturnRefusedException.abbreviate(error.path(WooCommerceApi.ERROR_CODE).asText("") + ": "
                        + error.path(WooCommerceApi.ERROR_MESSAGE).asText());
            }
        } catch (IOException notJson) {
            // quoted below as it came
        }
        return ReturnRefusedException.abbreviate(body);
    }
}
