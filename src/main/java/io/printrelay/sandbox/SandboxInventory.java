package io.printrelay.sandbox;

import io.printrelay.order.InventoryItem;
import io.printrelay.order.InventoryStore;
import io.printrelay.sandbox.fourover.SimulatedCatalog.BusinessCards;
import io.printrelay.sandbox.fourover.SimulatedCatalog.Flyers;
import io.printrelay.sandbox.fourover.SimulatedCatalog.Postcards;
import io.printrelay.sandbox.podos.DemoCatalog;
import io.printrelay.sandbox.pov.PovCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sandbox store's inventory: the products the simulated podOS shop sells, with the print details the
 * simulated vendors know (4over uuids from the simulator's catalog, POV SKUs). Demo orders carry only a SKU and
 * artwork, as real podOS orders do; the inventory supplies the rest, as in Order Desk. Items that exist are left
 * as they are, so a user's edits survive restarts.
 */
public class SandboxInventory implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SandboxInventory.class);

    /** By item code, the print details the simulated vendors know, in the order they are seeded. */
    static final Map<String, Map<String, String>> PRINT_DETAILS = printDetails();

    private final InventoryStore inventory;

    public SandboxInventory(InventoryStore inventory) {
        this.inventory = inventory;
    }

    @Override
    public void run(ApplicationArguments args) {
        PRINT_DETAILS.forEach(this::ensure);
    }

    private static Map<String, Map<String, String>> printDetails() {
        Map<String, Map<String, String>> details = new LinkedHashMap<>();
        details.put(DemoCatalog.BUSINESS_CARDS, fourOver(BusinessCards.PRODUCT, BusinessCards.RUNSIZE_500,
                BusinessCards.COLORSPEC_4_4, BusinessCards.THREE_DAYS_500_4_4));
        details.put(DemoCatalog.FLYERS, fourOver(Flyers.PRODUCT, Flyers.RUNSIZE_100, Flyers.COLORSPEC_4_0,
                Flyers.NEXT_DAY_100_4_0));
        details.put(DemoCatalog.POSTCARDS, fourOver(Postcards.PRODUCT, Postcards.RUNSIZE_500, Postcards.COLORSPEC_4_4,
                Postcards.NEXT_DAY_500_4_4));
        details.put(DemoCatalog.TEE_SHIRT, Map.of("print_sku", PovCatalog.CLASSIC_TEE_WHITE_L));
        details.put(DemoCatalog.MUG, Map.of("print_sku", PovCatalog.MUG_11OZ));
        return Collections.unmodifiableMap(details);
    }

    private void ensure(String code, Map<String, String> printDetails) {
        if (inventory.findByCode(code).isPresent()) {
            return;
        }
        InventoryItem item = new InventoryItem();
        item.setCode(code);
        item.setName(DemoCatalog.nameOf(code));
        item.setMetadata(new LinkedHashMap<>(printDetails));
        try {
            inventory.create(item);
            log.info("Sandbox inventory item {} created with its print details", code);
        } catch (org.springframework.dao.DuplicateKeyException raced) {
            // another node seeded it at the same moment
        }
    }

    private static Map<String, String> fourOver(String product, String runsize, String colorspec, String turnaround) {
        return Map.of("product_uuid", product, "runsize_uuid", runsize, "colorspec_uuid", colorspec,
                "turnaroundtime_uuid", turnaround);
    }
}
