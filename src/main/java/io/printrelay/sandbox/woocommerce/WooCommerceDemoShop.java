package io.printrelay.sandbox.woocommerce;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A customer places demo orders on the simulated shop; each may be announced to PrintRelay by webhook (or not: a
 * webhook that never arrived, which PrintRelay's poll finds). Shared by the demo feed and the demo endpoint.
 */
public class WooCommerceDemoShop {

    /** An order placed, and what PrintRelay answered its webhook (null: none sent). */
    public record Placed(long id, WooCommerceWebhookSender.Delivered webhook) {
    }

    private final WooCommerceSimulator shop;
    private final WooCommerceWebhookSender webhooks;
    private final AtomicInteger sequence = new AtomicInteger();

    public WooCommerceDemoShop(WooCommerceSimulator shop, WooCommerceWebhookSender webhooks) {
        this.shop = shop;
        this.webhooks = webhooks;
    }

    public List<Placed> place(int count, boolean webhook) {
        List<Placed> placed = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            placed.add(place(WooCommerceDemoOrders.order(sequence.incrementAndGet()), webhook));
        }
        return placed;
    }

    public Placed place(WooCommerceOrderSpec spec, boolean webhook) {
        ObjectNode order = shop.place(spec);
        long id = order.path("id").asLong();
        return new Placed(id, webhook ? webhooks.orderCreated(order.toString()) : null);
    }
}
