package io.printrelay.sandbox;

import io.printrelay.sandbox.podos.DemoCatalog;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/**
 * {@code GET /sandbox/inventory-items}: the inventory items the sandbox seeds (the demo shop's SKUs with the print
 * details the simulated vendors know), each as the body of the API's {@code POST /api/v2/inventory-items}. For a
 * PrintRelay that runs with the sandbox off against simulators elsewhere (the benchmark's), which has to be given
 * its inventory as any store is.
 */
@RestController
public class SandboxInventoryController {

    /** One inventory item, in the API's field names. */
    public record Item(String name, String code, Map<String, String> metadata) {
    }

    @GetMapping("/sandbox/inventory-items")
    public List<Item> items() {
        return SandboxInventory.PRINT_DETAILS.entrySet().stream()
                .map(entry -> new Item(DemoCatalog.nameOf(entry.getKey()), entry.getKey(), entry.getValue()))
                .toList();
    }
}
