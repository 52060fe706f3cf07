package io.printrelay.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.printrelay.order.OrderNotFoundException;
import io.printrelay.order.OrderValidator;
import io.printrelay.order.Shipment;
import io.printrelay.order.ShipmentStore;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code POST /batch-shipments}: many orders' shipments at once, each answered on its own. */
@RestController
public class BatchShipmentsController {

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record BatchShipment(Long orderId, String trackingNumber, String carrierCode, String shipmentMethod,
                                String trackingUrl) {
    }

    public record BatchShipmentsRequest(List<BatchShipment> shipments) {
    }

    private final ShipmentStore shipments;
    private final OrderValidator validator;

    public BatchShipmentsController(ShipmentStore shipments, OrderValidator validator) {
        this.shipments = shipments;
        this.validator = validator;
    }

    @PostMapping("/api/v2/batch-shipments")
    public Map<String, Object> add(@RequestBody BatchShipmentsRequest request) {
        if (request.shipments() == null || request.shipments().isEmpty()) {
            throw ApiException.badRequest("shipments: at least one shipment is required");
        }
        List<Map<String, Object>> results = new ArrayList<>();
        int added = 0;
        for (int i = 0; i < request.shipments().size(); i++) {
            BatchShipment line = request.shipments().get(i);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("order_id", line.orderId() == null ? null : String.valueOf(line.orderId()));
            String problem = addOne(line, "shipments[" + i + "].");
            result.put("status", problem == null ? "success" : "error");
            result.put("message", problem == null ? "Shipment Added" : problem);
            added += problem == null ? 1 : 0;
            results.add(result);
        }
        Map<String, Object> body = Envelope.success(added + " Shipments Added");
        body.put("results", results);
        return body;
    }

    private String addOne(BatchShipment line, String prefix) {
        if (line.orderId() == null) {
            return prefix + "order_id: is required";
        }
        Shipment shipment = new Shipment(line.trackingNumber(), line.carrierCode(), line.shipmentMethod(),
                line.trackingUrl());
        List<String> problems = validator.problems(shipment, prefix);
        if (!problems.isEmpty()) {
            return String.join("; ", problems);
        }
        try {
            return shipments.add(line.orderId(), shipment).isPresent() ? null : ShipmentsController.NOT_ADDED;
        } catch (OrderNotFoundException e) {
            return "Order " + line.orderId() + " not found";
        }
    }
}
