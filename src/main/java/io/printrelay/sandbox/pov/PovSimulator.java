package io.printrelay.sandbox.pov;

import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The simulated POV behind {@code /sandbox/pov}: takes orders, moves them through production to shipped (or
 * canceled) and answers their status and tracking, as POV is assumed to (its API is not public; the contract is
 * in this package and the README). The public methods are also the handle tests and the demo hold: what was
 * sent ({@link #ordersReceived()}), what became of it ({@link #order}), moving an order on ({@link #advanceTo}),
 * POV's own cancellations ({@link #cancel}), outages ({@link #failNextOrders}, {@link #failNextLookups}) and
 * {@link #reset()}. Safe for concurrent use.
 */
public class PovSimulator {

    /** POV clients are given this as their base URL (behind this process's address). */
    public static final String BASE_PATH = "/sandbox/pov";

    static final String UNKNOWN_CUSTOMER = "Unknown customer id";
    static final String SERVICE_UNAVAILABLE = "Service unavailable";

    private static final Logger log = LoggerFactory.getLogger(PovSimulator.class);

    /** The next {@code remaining} calls answer {@code httpStatus}. */
    private record PendingFailures(int remaining, int httpStatus) {

        static final PendingFailures NONE = new PendingFailures(0, 0);

        PendingFailures oneUsed() {
            return remaining > 0 ? new PendingFailures(remaining - 1, httpStatus) : this;
        }
    }

    private final PovOrderStore store = new PovOrderStore();
    /** When each reference was first accepted, in epoch milliseconds. */
    private final Map<String, Long> receivedAt = new ConcurrentHashMap<>();
    private final PovOrderRequestValidator validator = new PovOrderRequestValidator();
    private final AtomicReference<PendingFailures> orderFailures = new AtomicReference<>(PendingFailures.NONE);
    private final AtomicReference<PendingFailures> lookupFailures = new AtomicReference<>(PendingFailures.NONE);
    private final PovStatusProgression progression;
    private final String customerId;
    private final Clock clock;

    public PovSimulator(PovSimulatorProperties properties, Clock clock) {
        this.progression = new PovStatusProgression(Duration.ofMillis(properties.stepMillis()));
        this.customerId = properties.customerId();
        this.clock = clock;
    }

    /**
     * Every JSON body {@code POST /orders} received for the right customer, in arrival order, refused ones
     * included (failed on purpose, invalid, duplicate): tests see exactly what a connector sent, each attempt.
     */
    public List<JsonNode> ordersReceived() {
        return store.ordersReceived();
    }

    /** The order as {@code GET /orders/{order_id}} would answer it now. */
    public Optional<PovOrder> order(String orderId) {
        return store.find(orderId).map(this::asOfNow);
    }

    /** The order the sandbox customer placed with this reference, as {@code GET /orders?reference=} answers it. */
    public Optional<PovOrder> orderByReference(String reference) {
        return store.findByReference(customerId, reference).map(this::asOfNow);
    }

    /**
     * Moves the order on (or back) so that it is at {@code status} now, as if the steps had passed: a test or a
     * demo does not have to wait out production.
     *
     * @throws IllegalArgumentException when the order never reaches that status by itself ({@code shipped} for a
     *                                  {@link PovMagicValues#CANCEL_SKU} order, {@code canceled} for any other:
     *                                  use {@link #cancel})
     * @throws IllegalStateException    when POV canceled the order ({@link #cancel}): it stays canceled
     * @throws PovApiException          404 for an unknown order
     */
    public void advanceTo(String orderId, PovOrderStatus status) {
        Instant now = clock.instant();
        store.update(orderId, order -> {
            if (order.canceledByPov() && status != PovOrderStatus.CANCELED) {
                throw new IllegalStateException("POV order " + orderId + " was canceled: it stays canceled");
            }
            return order.canceledByPov() ? order : order.createdAt(progression.createdAtReaching(status, order, now));
        }).orElseThrow(() -> orderNotFound(orderId));
    }

    /**
     * POV cancels the order on its side (out of stock, artwork refused): from now on it reads {@code canceled}.
     * Canceling a canceled order changes nothing.
     *
     * @throws IllegalStateException when the order has shipped already
     * @throws PovApiException       404 for an unknown order
     */
    public void cancel(String orderId) {
        Instant now = clock.instant();
        store.update(orderId, order -> {
            PovOrderStatus status = progression.current(order, now);
            if (status == PovOrderStatus.CANCELED) {
                return order;
            }
            if (status == PovOrderStatus.SHIPPED) {
                throw new IllegalStateException("POV order " + orderId + " has shipped: it cannot be canceled");
            }
            log.info("POV simulator: order {} ({}) canceled by POV while {}", orderId, order.reference(),
                    status.value());
            return order.canceledAt(now);
        }).orElseThrow(() -> orderNotFound(orderId));
    }

    /**
     * Forgets every order, every body received, their times and every pending failure (order ids are never handed
     * out again).
     */
    public void reset() {
        store.clear();
        receivedAt.clear();
        orderFailures.set(PendingFailures.NONE);
        lookupFailures.set(PendingFailures.NONE);
    }

    /**
     * The next {@code count} order POSTs of the right customer (whatever their body) answer {@code httpStatus}
     * and create nothing, as when POV is down (503) or overloaded (429). Replaces any failures still pending.
     */
    public void failNextOrders(int count, int httpStatus) {
        orderFailures.set(pendingFailures(count, httpStatus));
    }

    private static PendingFailures pendingFailures(int count, int httpStatus) {
        if (count < 0 || httpStatus < 400 || httpStatus > 599) {
            throw new IllegalArgumentException("count must not be negative and httpStatus must be 4xx or 5xx, were "
                    + count + " and " + httpStatus);
        }
        return new PendingFailures(count, httpStatus);
    }

    /**
     * The next {@code count} lookups by reference ({@code GET /orders?reference=}) of the right customer answer
     * {@code httpStatus}, as when POV's reads are down: a client that lost the answer to a POST cannot find out
     * whether it got through. Replaces any lookup failures still pending.
     */
    public void failNextLookups(int count, int httpStatus) {
        lookupFailures.set(pendingFailures(count, httpStatus));
    }

    /**
     * The tracking number the order ships (or shipped) with; it is derived from the order id, so a test can
     * expect it before the order has shipped.
     *
     * @throws PovApiException 404 for an unknown order
     */
    public String trackingNumber(String orderId) {
        return existing(orderId).trackingNumber();
    }

    /**
     * {@code POST /orders}: checks the customer, records the body, then fails on purpose if asked to, checks the
     * order and creates it unless the customer has used the reference already.
     *
     * @throws PovApiException 401 unknown customer; a failure {@link #failNextOrders asked for}; 503 for a
     *                         {@link PovMagicValues#UNAVAILABLE_REFERENCE} reference; 400/422 naming the first
     *                         problem; 409 with the existing order's id for a duplicate reference
     */
    public PovOrderAccepted placeOrder(JsonNode body) {
        PovOrderRequest request = new PovOrderRequest(body);
        checkCustomer(request.customerId());
        store.recordReceived(body);
        PendingFailures pending = orderFailures.getAndUpdate(PendingFailures::oneUsed);
        if (pending.remaining() > 0) {
            log.info("POV simulator: order {} answered HTTP {} on purpose", request.reference(), pending.httpStatus());
            throw new PovApiException(pending.httpStatus(), failureMessage(pending.httpStatus()));
        }
        if (PovMagicValues.unavailable(request.reference())) {
            throw new PovApiException(503, SERVICE_UNAVAILABLE);
        }
        validator.check(request);
        SimulatedPovOrder order = new SimulatedPovOrder(store.newOrderId(), customerId, request.reference(),
                request.orderMode(), request.mailClass(), clock.instant(), request.endsCanceled(), null,
                request.items().stream().map(PovOrderRequest.Item::line).toList());
        store.addUnlessReferenceTaken(order).ifPresent(existing -> {
            throw PovApiException.duplicateReference(request.reference(), existing);
        });
        receivedAt.putIfAbsent(order.reference(), order.createdAt().toEpochMilli());
        log.info("POV simulator: order {} ({}, {} mode) received", order.orderId(), order.reference(),
                order.orderMode());
        return new PovOrderAccepted(order.orderId(), PovOrderStatus.RECEIVED, order.reference());
    }

    /**
     * The benchmark's counts: orders accepted and those shipped by now; with {@code withOrders}, by reference,
     * {@code [received, shipped]} in epoch milliseconds, 0 for not yet.
     */
    public PovStats stats(boolean withOrders) {
        Instant now = clock.instant();
        Map<String, Long> shippedByReference = new HashMap<>();
        for (SimulatedPovOrder order : store.all()) {
            Instant shippedAt = progression.shippedAt(order);
            if (shippedAt != null && !shippedAt.isAfter(now)) {
                shippedByReference.put(order.reference(), shippedAt.toEpochMilli());
            }
        }
        Map<String, long[]> byOrder = null;
        if (withOrders) {
            byOrder = new LinkedHashMap<>();
            for (Map.Entry<String, Long> received : receivedAt.entrySet()) {
                byOrder.put(received.getKey(),
                        new long[]{received.getValue(), shippedByReference.getOrDefault(received.getKey(), 0L)});
            }
        }
        return new PovStats(receivedAt.size(), shippedByReference.size(), byOrder);
    }

    /** {@code GET /orders/{order_id}?customer_id=}. */
    PovOrder orderFor(String customer, String orderId) {
        checkCustomer(customer);
        return order(orderId).orElseThrow(() -> orderNotFound(orderId));
    }

    /** {@code GET /orders?customer_id=&reference=}. */
    PovOrder orderWithReference(String customer, String reference) {
        checkCustomer(customer);
        PendingFailures pending = lookupFailures.getAndUpdate(PendingFailures::oneUsed);
        if (pending.remaining() > 0) {
            log.info("POV simulator: lookup of reference {} answered HTTP {} on purpose", reference,
                    pending.httpStatus());
            throw new PovApiException(pending.httpStatus(), failureMessage(pending.httpStatus()));
        }
        if (reference == null || reference.isBlank()) {
            throw PovApiException.badRequest("reference is required");
        }
        return orderByReference(reference).orElseThrow(() ->
                PovApiException.notFound("Order with reference " + reference + " not found"));
    }

    private PovOrder asOfNow(SimulatedPovOrder order) {
        PovOrderStatus status = progression.current(order, clock.instant());
        List<PovShipment> shipments = status == PovOrderStatus.SHIPPED
                ? List.of(new PovShipment(order.trackingNumber(), PovCatalog.CARRIER, order.mailClass()))
                : List.of();
        return new PovOrder(order.orderId(), order.reference(), order.orderMode(), status, order.mailClass(),
                order.items(), shipments);
    }

    private void checkCustomer(String given) {
        // Constant time: the customer id is POV's only credential, and timing must not tell how much was right.
        boolean known = given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                customerId.getBytes(StandardCharsets.UTF_8));
        if (!known) {
            throw new PovApiException(401, UNKNOWN_CUSTOMER);
        }
    }

    private SimulatedPovOrder existing(String orderId) {
        return store.find(orderId).orElseThrow(() -> orderNotFound(orderId));
    }

    private static String failureMessage(int httpStatus) {
        return httpStatus == 503 ? SERVICE_UNAVAILABLE : "Simulated failure (HTTP " + httpStatus + ")";
    }

    static PovApiException orderNotFound(String orderId) {
        return PovApiException.notFound("Order " + orderId + " not found");
    }
}
