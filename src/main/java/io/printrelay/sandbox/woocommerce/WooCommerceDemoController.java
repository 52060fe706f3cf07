package io.printrelay.sandbox.woocommerce;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/**
 * Not WooCommerce's API: the demo shop's own endpoints. {@code POST /sandbox/woocommerce/demo/orders?count=N&webhook=true|false}
 * places N demo orders (with or without their order.created webhook to PrintRelay); {@code GET .../demo/orders} and
 * {@code GET .../demo/orders/{id}} show what the shop saw: each order's status and the notes PrintRelay left.
 */
@RestController
public class WooCommerceDemoController {

    private static final String DEMO = WooCommerceSimulatorConfiguration.BASE_PATH + "/demo/orders";

    private final WooCommerceDemoShop demo;
    private final WooCommerceSimulator shop;

    public WooCommerceDemoController(WooCommerceDemoShop demo, WooCommerceSimulator shop) {
        this.demo = demo;
        this.shop = shop;
    }

    @PostMapping(DEMO)
    public ResponseEntity<Map<String, Object>> place(@RequestParam(defaultValue = "1") String count,
                                                     @RequestParam(defaultValue = "true") boolean webhook) {
        int n;
        try {
            n = Integer.parseInt(count.trim());
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 1 || n > 1000) {
            return ResponseEntity.badRequest().body(Map.of("error", "count must be a whole number 1..1000, was "
                    + count));
        }
        List<WooCommerceDemoShop.Placed> placed = demo.place(n, webhook);
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("placed", placed, "orders_in_shop",
                shop.orderCount()));
    }

    @GetMapping(DEMO)
    public Map<String, Object> orders() {
        return Map.of("orders", shop.views(), "note_posts", shop.notePosts(), "note_reads", shop.noteReads(),
                "status_updates", shop.statusUpdates(), "page_reads", shop.pageReads());
    }

    @GetMapping(DEMO + "/{id}")
    public ResponseEntity<?> order(@PathVariable long id) {
        return shop.view(id).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(404).body(Map.of("error", "no order " + id)));
    }
}
