package io.printrelay.sandbox.shopify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The demo shop on demand: {@code POST /sandbox/shopify/demo/orders?count=N&webhook=true|false} places N demo
 * orders and announces them by webhook or not (the poll finds them then); {@code GET
 * /sandbox/shopify/demo/orders/{id}} shows one as the simulator sees it, with its fulfillments.
 */
@RestController
class ShopifyDemoController {

    static final int MAX_COUNT = 1000;

    private final ShopifySimulator shop;
    private final ShopifyWebhookSender webhooks;
    private final ShopifySimJson json;
    private final ObjectMapper mapper;
    private final AtomicInteger sequence = new AtomicInteger(1000);

    ShopifyDemoController(ShopifySimulator shop, ShopifyWebhookSender webhooks, ObjectMapper mapper) {
        this.shop = shop;
        this.webhooks = webhooks;
        this.json = new ShopifySimJson(mapper);
        this.mapper = mapper;
    }

    @PostMapping(ShopifySimulatorConfiguration.BASE_PATH + "/demo/orders")
    ResponseEntity<Object> place(@RequestParam(defaultValue = "1") int count,
                                 @RequestParam(defaultValue = "true") boolean webhook) {
        if (count < 1 || count > MAX_COUNT) {
            return ResponseEntity.badRequest().body(java.util.Map.of("error", "count must be 1 to " + MAX_COUNT));
        }
        ObjectNode answer = mapper.createObjectNode();
        ArrayNode placed = answer.putArray("orders");
        for (int i = 0; i < count; i++) {
            ShopifySimOrder order = shop.place(ShopifyDemoOrders.order(sequence.incrementAndGet()));
            ObjectNode entry = placed.addObject().put("id", order.id()).put("name", order.name());
            if (webhook) {
                ShopifyWebhookSender.Delivery delivery = webhooks.send(order);
                entry.put("webhook_id", delivery.webhookId()).put("webhook_status", delivery.status());
            }
        }
        return ResponseEntity.ok(answer);
    }

    @GetMapping(ShopifySimulatorConfiguration.BASE_PATH + "/demo/orders/{id}")
    ResponseEntity<Object> order(@PathVariable long id) {
        return shop.order(id).<ResponseEntity<Object>>map(order -> ResponseEntity.ok(json.demoView(order)))
                .orElseGet(() -> ResponseEntity.status(404).body(java.util.Map.of("error", "Not Found")));
    }
}
