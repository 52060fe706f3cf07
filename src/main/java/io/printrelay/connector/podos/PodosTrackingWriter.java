package io.printrelay.connector.podos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.printrelay.fulfilment.FulfilmentStore;
import io.printrelay.fulfilment.JobState;
import io.printrelay.fulfilment.VendorHttp;
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
 * Sync Tracking Numbers: a shipment of a podOS order becomes a podOS fulfilment (which marks the order complete
 * there). Before posting, the podOS order is read: a fulfilment with the same tracking number means an earlier
 * attempt got through without its answer, and nothing is posted twice. A refusal that will not change (a 4xx
 * other than 408/429: a canceled or unknown order, a body podOS will not take) ends the return's attempts.
 */
@Component("podosTrackingWriter")
public class PodosTrackingWriter {

    private final PodosProperties properties;
    private final PodosClient client;
    private final OrderStore store;
    private final ShipmentStore shipments;
    private final FulfilmentStore fulfilment;
    private final ObjectMapper mapper;

    public PodosTrackingWriter(PodosProperties properties, PodosClient client, OrderStore store,
                               ShipmentStore shipments, FulfilmentStore fulfilment, ObjectMapper mapper) {
        this.properties = properties;
        this.client = client;
        this.store = store;
        this.shipments = shipments;
        this.fulfilment = fulfilment;
        this.mapper = mapper;
    }

    public ReturnOutcome send(TrackingReturn ret) {
        if (!properties.syncTracking()) {
            return ReturnOutcome.notNeeded("podOS sync-tracking is off");
        }
        Order order = store.requireOrder(ret.orderId(), false);
        Shipment shipment = shipments.find(ret.orderId(), ret.shipmentId()).orElse(null);
        if (shipment == null) {
            return ReturnOutcome.notNeeded("the shipment was deleted before its return");
        }
        if (alreadyAtPodos(order.getSourceId(), shipment.getTrackingNumber())) {
            return ReturnOutcome.sent("Tracking " + shipment.getTrackingNumber() + " was already at podOS");
        }
        VendorHttp.Response response = client.postFulfilment(order.getSourceId(), body(order, shipment));
        if (!response.isSuccess()) {
            String refusal = "podOS refused the fulfilment of " + order.getSourceId() + " (HTTP " + response.status()
                    + "): " + podosMessage(response);
            throw ReturnRefusedException.isFinal(response.status()) ? new ReturnRefusedException(refusal)
                    : new VendorUnavailableException(refusal);
        }
        return ReturnOutcome.sent("Tracking " + shipment.getTrackingNumber() + " sent to podOS order "
                + order.getSourceId() + " (fulfilment recorded, order complete there)");
    }

    private boolean alreadyAtPodos(String podosOrderId, String trackingNumber) {
        VendorHttp.Response response = client.getOrder(podosOrderId);
        if (!response.isSuccess()) {
            String refusal = "podOS order " + podosOrderId + " could not be read (HTTP " + response.status() + "): "
                    + podosMessage(response);
            throw ReturnRefusedException.isFinal(response.status()) ? new ReturnRefusedException(refusal)
                    : new VendorUnavailableException(refusal);
        }
        try {
            JsonNode order = mapper.readTree(response.body());
            for (JsonNode fulfilment : order.path(PodosApi.ORDER_FULFILMENTS)) {
                if (trackingNumber.equals(fulfilment.path(PodosApi.TRACKING_NUMBER).asText())) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new VendorUnavailableException("podOS order " + podosOrderId + " is not readable JSON", e);
        }
    }

    /** podOS says what is wrong in {@code {"error": …}}; anything else is quoted as it came. */
    private String podosMessage(VendorHttp.Response response) {
        try {
            JsonNode error = mapper.readTree(response.body()).path("error");
            if (error.isTextual() && !error.asText().isBlank()) {
                return ReturnRefusedException.abbreviate(error.asText());
            }
        } catch (IOException notJson) {
            // quoted below as it came
        }
        return ReturnRefusedException.abbreviate(response.body());
    }

    /**
     * The items this shipment carries (else all of them, in full), each with the quantity that shipped: its share
     * of the item's jobs that carry this tracking number (4over: one job per unit; POV or a job placed by hand:
     * one job for the whole item).
     */
    private String body(Order order, Shipment shipment) {
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
        return body.toString();
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
