package io.printrelay.sandbox.podos;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * podOS's {@code /v1/orders} endpoints: list, show, fulfil, create. {@code ?project=} and the token are checked
 * before any of these run ({@link PodosAuthCheck}).
 */
@RestController
@RequestMapping(PodosSimulatorConfiguration.BASE_PATH + "/v1/orders")
public class SimulatedPodosOrdersController {

    private final PodosSimulator simulator;
    private final BrokenPages brokenPages;

    public SimulatedPodosOrdersController(PodosSimulator simulator, ObjectMapper mapper) {
        this.simulator = simulator;
        this.brokenPages = new BrokenPages(mapper);
    }

    @GetMapping
    public ResponseEntity<?> list(@RequestParam(name = "status", required = false) List<String> statuses,
                                  @RequestParam(required = false) String createdAfter,
                                  @RequestParam(required = false) String pageToken) throws JsonProcessingException {
        PodosSimulator.ListingAnswer answer = simulator.answerListing(statuses, createdAfter, pageToken);
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON);
        if (answer.broken() == null) {
            return ok.body(answer.page());
        }
        return switch (answer.broken()) {
            case BAD_JSON -> ok.body(brokenPages.truncated(answer.page()));
            case MISSING_ID -> ok.body(brokenPages.withOrderMissingId(answer.page(), simulator.strayOrder()));
            case SERVER_ERROR -> throw new PodosApiException(500, "internal error, try again later");
            case INTACT -> ok.body(answer.page());
        };
    }

    @GetMapping("/{orderId}")
    public PodosOrder order(@PathVariable String orderId) {
        return simulator.readOrder(orderId).orElseThrow(() -> PodosSimulator.orderNotFound(orderId));
    }

    @PostMapping("/{orderId}/fulfilments")
    @ResponseStatus(HttpStatus.CREATED)
    public PodosFulfilment fulfil(@PathVariable String orderId,
                                  @RequestBody(required = false) FulfilmentRequest request) {
        return simulator.fulfil(orderId, request);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public PodosOrder create(@RequestBody(required = false) CreateOrderRequest request) {
        return simulator.createOrder(request);
    }
}
