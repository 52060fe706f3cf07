package io.printrelay.sandbox.podos;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The living sandbox: a customer places an order on the demo podOS shop every {@code demo-interval-millis}, the
 * first about two seconds after the start, so that the podOS import has something to find. Runs only with the
 * sandbox and {@code printrelay.sandbox.demo-orders} on (tests switch it off and add their own orders).
 */
@ConditionalOnProperty(name = "printrelay.sandbox.demo-orders", havingValue = "true", matchIfMissing = true)
public class PodosDemoFeed implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PodosDemoFeed.class);
    private static final long FIRST_ORDER_DELAY_MILLIS = 2_000;

    private final PodosSimulator simulator;
    private final long intervalMillis;
    private final AtomicInteger sequence = new AtomicInteger();
    private volatile ScheduledExecutorService executor;

    public PodosDemoFeed(PodosSimulator simulator, PodosSimulatorProperties properties) {
        this.simulator = simulator;
        this.intervalMillis = properties.demoIntervalMillis();
    }

    @Override
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "podos-demo-feed");
            thread.setDaemon(true);
            return thread;
        });
        // A short interval (a test's) also shortens the wait for the first order.
        executor.scheduleWithFixedDelay(this::placeOrder, Math.min(FIRST_ORDER_DELAY_MILLIS, intervalMillis),
                intervalMillis, TimeUnit.MILLISECONDS);
        log.info("podOS simulator: a demo order every {} ms", intervalMillis);
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
            PodosOrder order = simulator.addOrder(PodosDemoOrders.order(sequence.incrementAndGet()));
            log.info("podOS simulator: demo order {} ({}) for {}, {}", order.ref(),
                    order.items().isEmpty() ? "no items" : order.items().get(0).sku(),
                    order.shippingAddress().contactName(), order.shippingAddress().country());
        } catch (RuntimeException e) {
            log.warn("podOS simulator: demo order not placed", e);
        }
    }
}
