package io.printrelay.connector.pov;

import com.fasterxml.jackson.databind.JsonNode;
import io.printrelay.fulfilment.FulfilmentProgress;
import io.printrelay.fulfilment.FulfilmentStore;
import io.printrelay.fulfilment.StatusChecks;
import io.printrelay.fulfilment.StatusPolls;
import io.printrelay.fulfilment.VendorJob;
import io.printrelay.order.HistoryStore;
import io.printrelay.order.Shipment;
import org.apache.camel.ExchangeProperty;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The status poll's steps around its {@code GET /orders/{id}}: which POV orders to ask about (those with a line due
 * for a check, by age: {@link StatusPolls}; the lines of a PrintRelay order share one), and what POV's answer
 * means: {@code shipped} records its shipments (once per tracking number) and ships the lines, {@code canceled}
 * cancels them with a note. POV's statuses (received, in_production, shipped) say nothing about how soon an order
 * ships, so only a shipped order still without its tracking number is asked about again soon.
 */
@Component("povTracker")
public class PovTracker {

    private final FulfilmentStore fulfilment;
    private final FulfilmentProgress progress;
    private final HistoryStore history;
    private final PovProfile profile;
    private final PovProperties properties;
    private final StatusPolls polls;

    public PovTracker(FulfilmentStore fulfilment, FulfilmentProgress progress, HistoryStore history,
                      PovProfile profile, PovProperties properties, StatusPolls polls) {
        this.fulfilment = fulfilment;
        this.progress = progress;
        this.history = history;
        this.profile = profile;
        this.properties = properties;
        this.polls = polls;
    }

    /**
     * The POV orders to ask about now: those with a line due for a check (the longest due first, at most
     * {@code status-checks.batch-size} lines), each with all its open lines, which are given their next check too;
     * one list per PrintRelay order.
     */
    public List<List<PovOpenOrder>> dueOrders() {
        List<VendorJob> due = polls.takeDue(PovProfile.ID, checks());
        Set<String> povOrderIds = due.stream().map(VendorJob::vendorJobId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Map<String, List<VendorJob>> lines = new LinkedHashMap<>();
        povOrderIds.forEach(id -> lines.put(id, new ArrayList<>()));
        List<VendorJob> open = fulfilment.openJobs(PovProfile.ID, povOrderIds);
        open.forEach(line -> lines.get(line.vendorJobId()).add(line));
        Set<Long> taken = due.stream().map(VendorJob::id).collect(Collectors.toSet());
        polls.scheduleNext(open.stream().filter(line -> !taken.contains(line.id())).toList(), checks());
        // one list per PrintRelay order: its POV orders are asked about one after the other (see the route)
        Map<Long, List<PovOpenOrder>> byOrder = new LinkedHashMap<>();
        lines.forEach((povOrderId, itsLines) -> {
            if (!itsLines.isEmpty()) {
                byOrder.computeIfAbsent(itsLines.get(0).orderId(), order -> new ArrayList<>())
                        .add(new PovOpenOrder(povOrderId, itsLines));
            }
        });
        return List.copyOf(byOrder.values());
    }

    /** The status poll's throttle: POV orders asked about per second. */
    public int requestsPerSecond() {
        return checks().requestsPerSecond();
    }

    /** What POV answered about one of its orders. */
    public void read(JsonNode povOrder, @ExchangeProperty(PovOpenOrder.PROPERTY) PovOpenOrder asked) {
        List<VendorJob> lines = asked.lines();
        String status = povOrder.path("status").asText("");
        polls.statusRead(lines, status, false, checks());
        if (status.equals("shipped")) {
            ship(asked, povOrder);
        } else if (status.equals("canceled")) {
            progress.canceledAtVendor(lines, profile, "canceled at POV", "POV canceled order " + asked.povOrderId());
        }
    }

    private StatusChecks checks() {
        return properties.statusChecks();
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
            // shipped before the carrier number is in: asked about again soon
            asked.lines().forEach(line -> polls.shipsSoon(line, checks()));
            return;
        }
        progress.shipped(asked.lines(), shipments, profile, "POV order " + asked.povOrderId() + " shipped, tracking "
                + shipments.stream().map(Shipment::getTrackingNumber).collect(Collectors.joining(", ")));
    }
}
