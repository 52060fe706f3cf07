package io.printrelay.fulfilment;

import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.apache.camel.support.SynchronizationAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The orders this node has in hand for fulfilment: queued on {@code seda:order-fulfilment} or being worked by the
 * {@code order-fulfilment} route. The intake, the sweep and a retry all hand orders over through the
 * {@code fulfilment-handoff} route, which asks {@link #take} first, so an order is never queued twice while it is
 * still queued or being worked. The mark only saves work: the store is the queue (the order stays in its folder
 * until a vendor has it), and the per-row job claim keeps a second sender (another node) from sending it again.
 */
@Component("fulfilmentHandOff")
public class FulfilmentHandOff {

    static final String ORDER_ID = "PrintRelayOrderId";
    private static final Logger log = LoggerFactory.getLogger(FulfilmentHandOff.class);

    private final Set<Long> inHand = ConcurrentHashMap.newKeySet();
    private final Clock clock;
    private final Duration handOffTimeout;
    private volatile Instant stalledUntil = Instant.MIN;

    public FulfilmentHandOff(Clock clock, FulfilmentProperties settings) {
        this.clock = clock;
        this.handOffTimeout = Duration.ofMillis(settings.handOffTimeout());
    }

    /**
     * True when the order may be queued now: it is not queued or being worked already (it is in hand from here on).
     * False too while the queue is stalled (it stayed full for the whole hand-off timeout, as when the
     * order-fulfilment route is stopped): the order waits in its folder for a later sweep instead of each hand-over
     * waiting out the timeout again.
     */
    public boolean take(@Header(ORDER_ID) long orderId) {
        if (clock.instant().isBefore(stalledUntil)) {
            log.debug("Order {} waits in its folder: the fulfilment queue is stalled", orderId);
            return false;
        }
        return inHand.add(orderId);
    }

    /**
     * First step of the order-fulfilment route: the order stays in hand until this exchange is done, whatever its
     * outcome (submitted, Errors, given back for the next sweep).
     */
    public void releaseWhenDone(Exchange exchange) {
        Long orderId = exchange.getMessage().getHeader(ORDER_ID, Long.class);
        if (orderId == null) {
            return;
        }
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                inHand.remove(orderId);
            }
        });
    }

    /**
     * The queue stayed full for the whole hand-off timeout: the order is not queued, it waits in its folder (the
     * store is the queue) for the sweep. One line, no stack trace: a full queue is load, not a fault.
     */
    public void leftForSweep(@Header(ORDER_ID) long orderId) {
        inHand.remove(orderId);
        stalledUntil = clock.instant().plus(handOffTimeout);
        log.warn("Order {} waits in its folder for the next sweep: the fulfilment queue stayed full for {}",
                orderId, handOffTimeout);
    }

    /** Whether the order is queued or being worked on this node now. */
    public boolean inHand(long orderId) {
        return inHand.contains(orderId);
    }
}
