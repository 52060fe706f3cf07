package io.printrelay.sandbox.shopify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The living sandbox: a customer places an order on the demo Shopify shop every {@code demo-interval-millis}, the
 * first a few seconds after the start. One in {@code webhook-every} is announced by an orders/create webhook; the
 * others are found by the poll, so the sandbox shows both ways in. Runs only with {@code printrelay.sandbox
 * .demo-orders} on (tests switch it off and place their own orders).
 */
@ConditionalOnProperty(name = "printrelay.sandbox.demo-orders", havingValue = "true", matchIfMissing = true)
public class ShopifyDemoFeed implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ShopifyDemoFeed.class);
    private static final long FIRST_ORDER_DELAY_MILLIS = 3_000;

    private final ShopifySimulator shop;
    private final ShopifyWebhookSender webhooks;
    private final ShopifySimulatorProperties properties;
    private final AtomicInteger sequence = new AtomicInteger();
    private volatile ScheduledExecutorService executor;

    public ShopifyDemoFeed(ShopifySimulator shop, ShopifyWebhookSender webhooks,
                           ShopifySimulatorProperties properties) {
        this.shop = shop;
        this.webhooks = webhooks;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "shopify-demo-feed");
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.demoIntervalMillis();
        executor.scheduleWithFixedDelay(this::placeOrder, Math.min(FIRST_ORDER_DELAY_MILLIS, interval), interval,
                TimeUnit.MILLISECONDS);
        log.info("Shopify simulator: a demo order every {} ms, 1 in {} announced by webhook", interval,
                properties.webhookEvery());
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    /** Never lets an exception out: the executor would silently cancel every later run. */
    private void placeOrder() {
        try {
            int n = sequence.incrementAndGet();
            ShopifySimOrder order = shop.place(ShopifyDemoOrders.order(n));
            boolean webhook = (n - 1) % properties.webhookEvery() == 0;
            String how = "left for the poll";
            if (webhook) {
                ShopifyWebhookSender.Delivery delivery = webhooks.send(order);
                how = "webhook answered HTTP " + delivery.status();
            }
            log.info("Shopify simulator: demo order {} (id {}, {}) for {} {}; {}", order.name(), order.id(),
                    order.lineItems().get(0).sku(), order.shippingAddress().firstName(),
                    order.shippingAddress().lastName(), how);
        } catch (RuntimeException e) {
            log.warn("Shopify simulator: demo order not placed", e);
        }
    }
}
