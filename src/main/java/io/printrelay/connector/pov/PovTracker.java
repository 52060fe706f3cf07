package io.printrelay.connector.pov;

import com.fasterxml.jackson.databind.JsonNode;
import io.printrelay.fulfilment.FulfilmentProgress;
import io.printrelay.fulfilment.FulfilmentStore;
import io.printrelay.fulfilment.VendorJob;
import io.printrelay.order.HistoryStore;
import io.printrelay.order.Shipment;
import org.apache.camel.ExchangeProperty;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The status poll's steps around its {@code GET /orders/{id}}: which POV orders to ask about (the lines of a
 * PrintRelay order share one), and what POV's answer means: {@code shipped} records its shipments (once per tracking
 * number) and ships the lines, {@code canceled} cancels them with a note.
 */
@Component("povTracker")
public class PovTracker {

    private final FulfilmentStore fulfilment;
    private final FulfilmentProgress progress;
    private final HistoryStore history;
    private final PovProfile profile;

    public PovTracker(FulfilmentStore fulfilment, FulfilmentProgress progress, HistoryStore history,
                      PovProfile profile) {
        this.fulfilment = fulfilment;
        this.progress = progress;
        this.history = history;
        this.profile = profile;
    }

    /** The POV orders to ask about: one per POV order id among the accepted, unfinished lines. */
    public List<PovOpenOrder> openOrders() {
        return fulfilment.openJobs(PovProfile.ID).stream()
                .collect(Collectors.groupingBy(VendorJob::vendorJobId, LinkedHashMap::new, Collectors.toList()))
                .entrySet().stream().map(e -> new PovOpenOrder(e.getKey(), e.getValue())).toList();
    }

    /** What POV answered about one of its orders. */
    public void read(JsonNode povOrder, @ExchangeProperty(PovOpenOrder.PROPERTY) PovOpenOrder asked) {
        List<VendorJob> lines = asked.lines();
        String status = povOrder.path("status").asText("");
        lines.forEach(line -> fulfilment.updateVendorStatus(line, status));
        if (status.equals("shipped")) {
            ship(asked, povOrder);
        } else if (status.equals("canceled")) {
            long orderId = lines.get(0).orderId();
            lines.forEach(line -> fulfilment.markCanceled(line, "canceled at POV"));
            history.add(orderId, PovClient.VENDOR, "POV canceled order " + asked.povOrderId());
            progress.afterVendorCancel(orderId, profile);
        }
    }

    private void ship(PovOpenOrder asked, JsonNode povOrder) {
        List<Shipment> shipments = new ArrayList<>();
        for (JsonNode shipment : povOrder.path("shipments")) {
            String number = shipment.path("tracking_number").asText("").trim();
            if (!number.isEmpty()) {
                shipments.add(new Shipment(number, shipment.path("carrier").asText(""),
                        shipment.path("mail_class").asText(""), ""));
            }
        }
        if (shipments.isEmpty()) {
            return; // shipped before the carrier number is in: the next poll picks it up
        }
        progress.shipped(asked.lines(), shipments, profile, "POV order " + asked.povOrderId() + " shipped, tracking "
                + shipments.stream().map(Shipment::getTrackingNumber).collect(Collectors.joining(", ")));
    }
}
