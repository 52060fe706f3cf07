package io.printrelay.api;

import io.printrelay.order.OrderValidator;
import io.printrelay.order.Shipment;
import io.printrelay.order.ShipmentStore;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** An order's shipments. A tracking number is recorded once per order: the second time is "Shipment Not Added". */
@RestController
@RequestMapping("/api/v2/orders/{orderId}/shipments")
public class ShipmentsController {

    static final String NOT_ADDED = "Shipment Not Added";

    private final ShipmentStore shipments;
    private final OrderValidator validator;

    public ShipmentsController(ShipmentStore shipments, OrderValidator validator) {
        this.shipments = shipments;
        this.validator = validator;
    }

    @GetMapping
    public Map<String, Object> list(@PathVariable("orderId") long orderId) {
        return Envelope.success(null, "shipments", shipments.list(orderId));
    }

    @PostMapping
    public ResponseEntity<Map<String, Object>> add(@PathVariable("orderId") long orderId,
                                                   @RequestBody Shipment shipment) {
        shipment.setId(null);
        checkAcceptable(shipment);
        return shipments.add(orderId, shipment)
                .map(added -> ResponseEntity.status(HttpStatus.CREATED)
                        .body(Envelope.success("Shipment Added", "shipment", added)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.CONFLICT).body(Envelope.error(NOT_ADDED
                        + ": order " + orderId + " already has tracking number " + shipment.getTrackingNumber())));
    }

    @GetMapping("/{shipmentId}")
    public Map<String, Object> get(@PathVariable("orderId") long orderId,
                                   @PathVariable("shipmentId") long shipmentId) {
        return Envelope.success(null, "shipment", shipments.find(orderId, shipmentId)
                .orElseThrow(() -> notFound(orderId, shipmentId)));
    }

    @PutMapping("/{shipmentId}")
    public Map<String, Object> replace(@PathVariable("orderId") long orderId,
                                       @PathVariable("shipmentId") long shipmentId,
                                       @RequestBody Shipment shipment) {
        checkAcceptable(shipment);
        return Envelope.success("Shipment Updated", "shipment", shipments.replace(orderId, shipmentId, shipment)
                .orElseThrow(() -> notFound(orderId, shipmentId)));
    }

    @DeleteMapping("/{shipmentId}")
    public Map<String, Object> delete(@PathVariable("orderId") long orderId,
                                      @PathVariable("shipmentId") long shipmentId) {
        if (!shipments.delete(orderId, shipmentId)) {
            throw notFound(orderId, shipmentId);
        }
        return Envelope.success("Shipment Deleted");
    }

    private void checkAcceptable(Shipment shipment) {
        List<String> problems = validator.problems(shipment, "");
        if (!problems.isEmpty()) {
            throw ApiException.badRequest(String.join("; ", problems));
        }
    }

    private static ApiException notFound(long orderId, long shipmentId) {
        return ApiException.notFound("Shipment " + shipmentId + " not found on order " + orderId);
    }
}
