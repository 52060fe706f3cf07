package io.printrelay.sandbox.pov;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * POV's {@code /orders} endpoints: place an order, read one by POV's id or by the client's reference. The
 * customer id comes in the body of a POST and as {@code ?customer_id=} on a GET.
 */
@RestController
@RequestMapping(PovSimulator.BASE_PATH + "/orders")
public class SimulatedPovOrdersController {

    static final String INVALID_JSON = "Invalid JSON body";

    private final PovSimulator simulator;
    private final ObjectMapper mapper;

    public SimulatedPovOrdersController(PovSimulator simulator, ObjectMapper mapper) {
        this.simulator = simulator;
        this.mapper = mapper;
    }

    /** The body is read as text so that any content type is taken and a broken body gets POV's envelope. */
    @PostMapping
    public ResponseEntity<PovOrderAccepted> placeOrder(@RequestBody(required = false) String body)
            throws InterruptedException {
        PovOrderAccepted accepted = simulator.placeOrder(parse(body));
        if (PovMagicValues.answersSlowly(accepted.reference())) {
            // The order exists either way: a client that timed out must find out before sending it again.
            Thread.sleep(PovMagicValues.SLOW_RESPONSE_DELAY.toMillis());
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(accepted);
    }

    @GetMapping("/{orderId}")
    public PovOrder order(@PathVariable String orderId,
                          @RequestParam(name = "customer_id", required = false) String customerId) {
        return simulator.orderFor(customerId, orderId);
    }

    /** One order, not a list: a reference names at most one order per customer. */
    @GetMapping
    public PovOrder orderWithReference(@RequestParam(name = "customer_id", required = false) String customerId,
                                       @RequestParam(required = false) String reference) {
        return simulator.orderWithReference(customerId, reference);
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            throw PovApiException.badRequest(INVALID_JSON);
        }
        try {
            JsonNode json = mapper.readTree(body);
            if (!json.isObject()) {
                throw PovApiException.badRequest(INVALID_JSON);
            }
            return json;
        } catch (JsonProcessingException e) {
            throw PovApiException.badRequest(INVALID_JSON);
        }
    }
}
