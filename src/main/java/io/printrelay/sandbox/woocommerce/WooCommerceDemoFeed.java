package io.printrelay.sandbox.woocommerce;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The living sandbox: a customer places an order on the demo WooCommerce shop every {@code demo-interval-millis},
 * the first a few seconds after the start. Odd ones are announced by their signed webhook, even ones not (a lost
 * webhook), so both ways in are seen working: the webhook at once, the poll within its schedule. The shop opens
 * once PrintRelay is ready: its webhooks go to this very process, which answers 503 while its routes start. Runs only
 * with the sandbox and {@code printrelay.sandbox.demo-orders} on (tests switch it off and place their own orders).
 */
@ConditionalOnProperty(name = "printrelay.sandbox.demo-orders", havingValue = "true", matchIfMissing = true)
public class WooCommerceDemoFeed implements ApplicationListener<ApplicationReadyEvent>, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(WooCommerceDemoFeed.class);
    private static final long FIRST_ORDER_DELAY_MILLIS = 5_000;

    private final WooCommerceDemoShop demo;
    private final long intervalMillis;
    private final AtomicInteger placed = new AtomicInteger();
    private volatile ScheduledExecutorService executor;

    public WooCommerceDemoFeed(WooCommerceDemoShop demo, WooCommerceSimulatorProperties properties) {
        this.demo = demo;
        this.intervalMillis = properties.demoIntervalMillis();
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent ready) {
        start();
    }

    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "woocommerce-demo-feed");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::placeOrder, Math.min(FIRST_ORDER_DELAY_MILLIS, intervalMillis),
                intervalMillis, TimeUnit.MILLISECONDS);
        log.info("WooCommerce simulator: a demo order every {} ms (every other one without its webhook)",
                intervalMillis);
    }

    @Override
    public void destroy() {
        stop();
    }

    public synchronized void stop() {
        if (executor != null) {
            // an order being placed gets its webhook sent: a test counting what arrived must not lose one midway
            executor.shutdown();
            try {
                if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                    executor.shutdownNow();
                }
            } catch (InterruptedException e) {
                executor.shutdownNow();
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    public boolean isRunning() {
        return executor != null;
    }

    /** Never lets an exception out: the executor would silently cancel every later run. */
    private void placeOrder() {
        try {
            boolean webhook = placed.incrementAndGet() % 2 == 1;
            WooCommerceDemoShop.Placed order = demo.place(1, webhook).get(0);
            log.info("WooCommerce simulator: demo order {} placed, {}", order.id(), order.webhook() == null
                    ? "no webhook (the poll finds it)" : "webhook answered HTTP " + order.webhook().status());
        } catch (RuntimeException e) {
            log.warn("WooCommerce simulator: demo order not placed", e);
        }
    }
}
