package io.printrelay.connector.podos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.printrelay.fulfilment.FulfilmentStore;
import io.printrelay.fulfilment.JobState;
import io.printrelay.fulfilment.VendorJob;
import io.printrelay.fulfilment.VendorUnavailableException;
import io.printrelay.order.Order;
import io.printrelay.order.OrderItem;
import io.printrelay.order.OrderStore;
import io.printrelay.order.Shipment;
import io.printrelay.order.ShipmentStore;
import io.printrelay.tracking.ReturnOutcome;
import io.printrelay.tracking.ReturnRefusedException;
import io.printrelay.tracking.TrackingReturn;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The steps of routes/podos-tracking.camel.yaml (Sync Tracking Numbers): a shipment of a podOS order becomes a podOS
 * fulfilment, which marks the order complete there. The podOS order is read before posting: a fulfilment with the
 * same tracking number means an earlier attempt got through without its answer, and nothing is posted twice. A
 * refusal that will not change (a 4xx other than 408/429: a canceled or unknown order, a body podOS will not take)
 * ends the return's attempts; any other answer but 2xx is tried again later.
 */
@Component("podosTrackingWriter")
public class PodosTrackingWriter {

    private final PodosProperties properties;
    private final OrderStore store;
    private final ShipmentStore shipments;
    private final FulfilmentStore fulfilment;
    private final ObjectMapper mapper;

    public PodosTrackingWriter(PodosProperties properties, OrderStore store, ShipmentStore shipments,
                               FulfilmentStore fulfilment, ObjectMapper mapper) {
        this.properties = properties;
        this.store = store;
        this.shipments = shipments;
        this.fulfilment = fulfilment;
        this.mapper = mapper;
    }

    /** The order and the shipment to send back, or why nothing is to be sent. */
    public PodosReturn prepare(TrackingReturn ret) {
        if (!properties.syncTracking()) {
            return PodosReturn.notNeeded("podOS sync-tracking is off");
        }
        Order order = store.requireOrder(ret.orderId(), false);
        Shipment shipment = shipments.find(ret.orderId(), ret.shipmentId()).orElse(null);
        if (shipment == null) {
            return PodosReturn.notNeeded("the shipment was deleted before its return");
        }
        if (!PodosApi.isPlainOrderId(order.getSourceId())) {
            throw new ReturnRefusedException("'" + order.getSourceId() + "' is not a podOS order id");
        }
        return PodosReturn.of(order, shipment, ret.triedBefore());
    }

    /** podOS's answer to {@code GET /orders/{id}}: is the tracking number there already? */
    public void readOrder(PodosReturn ret, int status, String body) {
        if (!isSuccess(status)) {
            throw failure("podOS order " + ret.podosOrderId() + " could not be read", status, body);
        }
        JsonNode order;
        try {
            order = mapper.readTree(body);
        } catch (IOException e) {
            throw new VendorUnavailableException("podOS order " + ret.podosOrderId() + " is not readable JSON", e);
        }
        for (JsonNode fulfilment : order.path(PodosApi.ORDER_FULFILMENTS)) {
            if (ret.trackingNumber().equals(fulfilment.path(PodosApi.TRACKING_NUMBER).asText())) {
                ret.decided(ReturnOutcome.sent("Tracking " + ret.trackingNumber() + " was already at podOS"));
                return;
            }
        }
    }

    /** podOS's answer to {@code POST /orders/{id}/fulfilments}. */
    public void readFulfilment(PodosReturn ret, int status, String body) {
        if (!isSuccess(status)) {
            throw failure("podOS refused the fulfilment of " + ret.podosOrderId(), status, body);
        }
        ret.decided(ReturnOutcome.sent("Tracking " + ret.trackingNumber() + " sent to podOS order "
                + ret.podosOrderId() + " (fulfilment recorded, order complete there)"));
    }

    public ReturnOutcome outcome(PodosReturn ret) {
        return ret.outcome();
    }

    private RuntimeException failure(String what, int status, String body) {
        String message = what + " (HTTP " + status + "): " + podosMessage(body);
        return ReturnRefusedException.isFinal(status) ? new ReturnRefusedException(message)
                : new VendorUnavailableException(message);
    }

    private static boolean isSuccess(int status) {
        return status >= 200 && status < 300;
    }

    /** podOS says what is wrong in {@code {"error": …}}; anything else is quoted as it came. */
    private String podosMessage(String body) {
        try {
            JsonNode error = mapper.readTree(body == null ? "" : body).path("error");
            if (error.isTextual() && !error.asText().isBlank()) {
                return ReturnRefusedException.abbreviate(error.asText());
            }
        } catch (IOException notJson) {
            // quoted below as it came
        }
        return ReturnRefusedException.abbreviate(body);
    }

    /**
     * The fulfilment: tracking number, carrier, tracking URL and the items this shipment carries (else all of them,
     * in full), each with the quantity that shipped: its share
     * of the item's jobs that carry this tracking number (4over: one job per unit; POV or a job placed by hand:
     * one job for the whole item).
     */
    public ObjectNode fulfilment(PodosReturn ret) {
        Order order = ret.order();
        Shipment shipment = ret.shipment();
        Map<Long, List<VendorJob>> jobsByItem = fulfilment.jobs(order.getId()).stream()
                .filter(job -> job.state() != JobState.CANCELED)
                .collect(Collectors.groupingBy(VendorJob::itemId));
        Map<Long, Integer> shippedByItem = order.getOrderItems().stream()
                .filter(item -> item.getId() != null)
                .collect(Collectors.toMap(OrderItem::getId, item -> shippedQuantity(item,
                        jobsByItem.getOrDefault(item.getId(), List.of()), shipment.getTrackingNumber())));
        boolean anyCarried = shippedByItem.values().stream().anyMatch(quantity -> quantity > 0);
        ObjectNode body = mapper.createObjectNode();
        body.put(PodosApi.TRACKING_NUMBER, shipment.getTrackingNumber());
        body.put(PodosApi.CARRIER, shipment.getCarrierCode() == null ? "" : shipment.getCarrierCode());
        body.put(PodosApi.TRACKING_URL, shipment.getTrackingUrl() == null ? "" : shipment.getTrackingUrl());
        ArrayNode lines = body.putArray(PodosApi.ITEMS);
        for (OrderItem item : order.getOrderItems()) {
            Object podosId = item.getMetadata().get(PodosOrderReader.ITEM_ID_FIELD);
            int quantity = anyCarried ? shippedByItem.getOrDefault(item.getId(), 0) : quantityOf(item);
            if (podosId != null && !podosId.toString().isBlank() && quantity > 0) {
                lines.addObject().put(PodosApi.ITEM_ID, podosId.toString()).put(PodosApi.QUANTITY, quantity);
            }
        }
        return body;
    }

    private static int shippedQuantity(OrderItem item, List<VendorJob> jobs, String trackingNumber) {
        long carrying = jobs.stream().filter(job -> trackingNumber.equals(job.trackingNumber())).count();
        if (carrying == 0) {
            return 0;
        }
        // at least one: a quantity lowered after its jobs were made must not round a shipment away
        return (int) Math.max(1, quantityOf(item) * carrying / jobs.size());
    }

    private static int quantityOf(OrderItem item) {
        return item.getQuantity() == null ? 1 : item.getQuantity();
    }
}
