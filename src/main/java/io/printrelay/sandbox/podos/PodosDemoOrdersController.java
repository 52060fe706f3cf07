package io.printrelay.sandbox.podos;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * {@code POST /sandbox/podos/demo-orders?count=N[&mix=fourover|all]}: the demo shop takes {@code count} orders at
 * once (the benchmark's backlog). Not part of podOS's API, so not under {@code /v1}; the project and token are
 * checked as for the API ({@link PodosAuthCheck}).
 */
@RestController
public class PodosDemoOrdersController {

    /** What a load answers: how many it put in, the first and last of them, and how many the shop now has. */
    public record Loaded(int loaded, String firstId, String lastId, int ordersInShop) {
    }

    private final PodosSimulator simulator;

    public PodosDemoOrdersController(PodosSimulator simulator) {
        this.simulator = simulator;
    }

    @PostMapping(PodosSimulatorConfiguration.BASE_PATH + "/demo-orders")
    @ResponseStatus(HttpStatus.CREATED)
    public Loaded load(@RequestParam String count, @RequestParam(defaultValue = "fourover") String mix) {
        List<PodosOrder> loaded = simulator.loadDemoOrders(number(count), DemoOrderMix.of(mix));
        return new Loaded(loaded.size(), loaded.get(0).id(), loaded.get(loaded.size() - 1).id(),
                simulator.orderCount());
    }

    private static int number(String count) {
        try {
            return Integer.parseInt(count.trim());
        } catch (NumberFormatException e) {
            throw PodosApiException.badRequest("count must be a whole number, was " + count);
        }
    }
}
