package io.printrelay.sandbox.fourover;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** 4over's {@code /orders} endpoints: place an order, follow a job's status and tracking, cancel a job. */
@RestController
@RequestMapping(FourOverSimulatorConfiguration.BASE_PATH + "/orders")
public class SimulatedFourOverOrdersController {

    /** 4over's {@code date_set}: no zone in the text; the simulator's dates are UTC. */
    private static final DateTimeFormatter DATE_SET =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    /** One line of a job's status history. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record StatusEntity(String statusCodeUuid, String status, String dateSet) {

        static StatusEntity of(StatusChange change) {
            return new StatusEntity(change.status().statusCodeUuid(), change.status().statusName(),
                    DATE_SET.format(change.at()));
        }
    }

    private final FourOverSimulator simulator;
    private final ObjectMapper mapper;

    public SimulatedFourOverOrdersController(FourOverSimulator simulator, ObjectMapper mapper) {
        this.simulator = simulator;
        this.mapper = mapper;
    }

    /** The body is read as text so that any content type is taken and a broken body gets 4over's envelope. */
    @PostMapping
    public OrderResponse placeOrder(@RequestBody(required = false) String body) throws InterruptedException {
        JsonNode order = parse(body);
        OrderResponse response = simulator.placeOrder(order);
        if (MagicCoupons.in(new OrderRequest(order).couponCode()).slowResponse()) {
            // The order is placed either way: a client that timed out must find out before sending it again.
            Thread.sleep(MagicCoupons.SLOW_RESPONSE_DELAY.toMillis());
        }
        return response;
    }

    @GetMapping("/{jobId}/status")
    public Map<String, List<StatusEntity>> status(@PathVariable String jobId) {
        simulator.statusAsked();
        return Map.of("entities", simulator.statusHistory(jobId).stream().map(StatusEntity::of).toList());
    }

    @GetMapping("/{jobId}/tracking")
    public Map<String, String> tracking(@PathVariable String jobId) {
        simulator.trackingAsked();
        return Map.of("tracking", simulator.tracking(jobId));
    }

    /** 4over answers a bare JSON {@code true}. */
    @DeleteMapping("/{jobId}")
    public boolean cancel(@PathVariable String jobId) {
        simulator.cancel(jobId);
        return true;
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            throw FourOverApiException.badRequest("body: a JSON object is required");
        }
        try {
            return mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw FourOverApiException.badRequest("body: is not valid JSON (" + e.getOriginalMessage() + ")");
        }
    }
}
