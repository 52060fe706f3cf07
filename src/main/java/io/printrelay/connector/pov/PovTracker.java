package io.printrelay.connector.pov;

import com.fasterxml.jackson.databind.JsonNode;
import io.printrelay.fulfilment.FulfilmentProgress;
import io.printrelay.fulfilment.FulfilmentStore;
import io.printrelay.fulfilment.VendorHttp;
import io.printrelay.fulfilment.VendorJob;
import io.printrelay.order.HistoryStore;
import io.printrelay.order.Shipment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One status poll of one POV order (the lines of a PrintRelay order share it): {@code shipped} records its
 * shipments (once per tracking number) and ships the lines, {@code canceled} cancels them with a note.
 */
@Component("povTracker")
public class PovTracker {

    private static final Logger log = LoggerFactory.getLogger(PovTracker.class);

    private final PovClient client;
    private final FulfilmentStore fulfilment;
    private final FulfilmentProgress progress;
    private final HistoryStore history;
    private final PovProfile profile;

    public PovTracker(PovClient client, FulfilmentStore fulfilment, FulfilmentProgress progress, HistoryStore history,
                      PovProfile profile) {
        this.client = client;
        this.fulfilment = fulfilment;
        this.progress = progress;
        this.history = history;
        this.profile = profile;
    }

    /** The POV orders to ask about: one per POV order id among the accepted, unfinished lines. */
    public List<List<VendorJob>> openOrders() {
        return List.copyOf(fulfilment.openJobs(PovProfile.ID).stream()
                .collect(Collectors.groupingBy(VendorJob::vendorJobId, java.util.LinkedHashMap::new,
                        Collectors.toList())).values());
    }

    public void refresh(List<VendorJob> lines) {
        VendorJob first = lines.get(0);
        VendorHttp.Response response = client.order(first.vendorJobId());
        if (!response.isSuccess()) {
            log.warn("POV order {} answered HTTP {}: {}", first.vendorJobId(), response.status(),
                    PovClient.abbreviate(response.body()));
            return;
        }
        JsonNode order = client.json(response);
        String status = order.path("status").asText("");
        lines.forEach(line -> fulfilment.updateVendorStatus(line, status));
        if (status.equals("shipped")) {
            ship(lines, order);
        } else if (status.equals("canceled")) {
            lines.forEach(line -> fulfilment.markCanceled(line, "canceled at POV"));
            history.add(first.orderId(), PovClient.VENDOR, "POV canceled order " + first.vendorJobId());
            progress.afterVendorCancel(first.orderId(), profile);
        }
    }

    private void ship(List<VendorJob> lines, JsonNode order) {
        List<Shipment> shipments = new ArrayList<>();
        for (JsonNode shipment : order.path("shipments")) {
            String number = shipment.path("tracking_number").asText("").trim();
            if (!number.isEmpty()) {
                shipments.add(new Shipment(number, shipment.path("carrier").asText(""),
                        shipment.path("mail_class").asText(""), ""));
            }
        }
        if (shipments.isEmpty()) {
            return; // shipped before the carrier number is in: the next poll picks it up
        }
        progress.shipped(lines, shipments, profile, "POV order " + lines.get(0).vendorJobId() + " shipped, tracking "
                + shipments.stream().map(Shipment::getTrackingNumber).collect(Collectors.joining(", ")));
    }
}
