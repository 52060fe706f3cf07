package io.printrelay.sandbox.podos;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The simulated podOS behind {@code /sandbox/podos/v1}: lists a project's orders page by page, shows one, takes
 * fulfilments (tracking back from PrintRelay) and creates orders, as podOS does. The public methods are also the
 * handle tests and the demo feed hold: put orders in ({@link #addOrder}), see what became of them
 * ({@link #order}, {@link #fulfilments}), make the next calls misbehave ({@link #failNextFulfilments},
 * {@link #breakNextPage}) and {@link #reset()} for a clean start. Safe for concurrent use.
 */
public class PodosSimulator {

    private static final Logger log = LoggerFactory.getLogger(PodosSimulator.class);

    /** What {@code GET /v1/orders} answers: the page, and how to break it (null: not at all). */
    record ListingAnswer(PodosOrderPage page, BrokenPage broken) {
    }

    private final PodosOrderStore store = new PodosOrderStore();
    private final PodosOrderTimes times = new PodosOrderTimes();
    private final AtomicInteger demoOrdersLoaded = new AtomicInteger();
    private final PodosIds ids = new PodosIds();
    private final Queue<BrokenPage> brokenPages = new ConcurrentLinkedQueue<>();
    private final FulfilmentFaults fulfilmentFaults = new FulfilmentFaults();
    private final AtomicInteger listingRequests = new AtomicInteger();
    private final AtomicInteger fulfilmentRequests = new AtomicInteger();
    private final AtomicInteger orderReads = new AtomicInteger();
    private final int pageSize;
    private final Clock clock;

    public PodosSimulator(PodosSimulatorProperties properties, Clock clock) {
        this.pageSize = properties.pageSize();
        this.clock = clock;
    }

    /**
     * Puts an order into the project as if a customer had placed it (or as the test says: any status, any date).
     *
     * @return the order as stored, ids and totals filled in
     * @throws IllegalArgumentException when an order with the spec's id is there already
     */
    public PodosOrder addOrder(PodosOrderSpec spec) {
        PodosOrder order = spec.toOrder(clock.instant(), ids);
        store.add(order);
        times.loaded(order.id(), clock.millis());
        return order;
    }

    /**
     * Puts {@code count} demo orders in at once, as a shop that dumps its backlog: the demo shop's customers in
     * turn, each order with one product and its artwork, none broken on purpose. The n-th order loaded since the
     * start (or reset) is always the same but for its ids.
     *
     * @return the orders as stored, in the order they were put in
     */
    public List<PodosOrder> loadDemoOrders(int count, DemoOrderMix mix) {
        if (count < 1 || count > PodosDemoOrders.MAX_LOAD) {
            throw PodosApiException.badRequest("count must be between 1 and " + PodosDemoOrders.MAX_LOAD);
        }
        List<PodosOrder> loaded = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            loaded.add(addOrder(PodosDemoOrders.sound(demoOrdersLoaded.incrementAndGet(), mix)));
        }
        log.info("podOS simulator: {} demo orders loaded ({} mix), {} in the shop", count, mix.value(), store.size());
        return loaded;
    }

    /** The counts of the benchmark's figures, and with {@code withOrders} each order's times. */
    public PodosStats stats(boolean withOrders) {
        return times.stats(withOrders, listingRequests.get(), fulfilmentRequests.get());
    }

    /** Every order of the project, oldest first (the listing's order). */
    public List<PodosOrder> orders() {
        return store.chronological();
    }

    /** How many orders the project has. */
    public int orderCount() {
        return store.size();
    }

    public Optional<PodosOrder> order(String orderId) {
        return store.find(orderId);
    }

    /** {@code GET /v1/orders/{id}}: the order, counted ({@link #orderReads}). */
    public Optional<PodosOrder> readOrder(String orderId) {
        orderReads.incrementAndGet();
        return store.find(orderId);
    }

    /** The fulfilments recorded on the order, oldest first; none for an unknown order. */
    public List<PodosFulfilment> fulfilments(String orderId) {
        return store.find(orderId).map(PodosOrder::fulfilments).orElse(List.of());
    }

    /** Changes the order's status as podOS staff would (cancel it, put it back to processing). */
    public PodosOrder setStatus(String orderId, PodosOrderStatus status) {
        return store.update(orderId, order -> order.withStatus(status)).orElseThrow(() -> orderNotFound(orderId));
    }

    /**
     * Forgets every order, its times and every pending fault, and counts listing and fulfilment requests and
     * loaded demo orders from zero again.
     */
    public void reset() {
        store.clear();
        times.clear();
        demoOrdersLoaded.set(0);
        brokenPages.clear();
        fulfilmentFaults.clear();
        listingRequests.set(0);
        fulfilmentRequests.set(0);
        orderReads.set(0);
    }

    /**
     * The next {@code count} fulfilment POSTs (whatever their order or body) answer {@code httpStatus} and record
     * nothing, as when podOS is down (503) or overloaded (429). Replaces any failures still pending.
     */
    public void failNextFulfilments(int count, int httpStatus) {
        fulfilmentFaults.set(count, httpStatus, false);
    }

    /**
     * The next {@code count} fulfilment POSTs are recorded as usual, and then answer {@code httpStatus} instead of
     * the fulfilment: podOS acted, but its answer was lost on the way (a proxy timing out). Replaces any failures
     * still pending.
     */
    public void loseNextFulfilmentAnswers(int count, int httpStatus) {
        fulfilmentFaults.set(count, httpStatus, true);
    }

    /** The next {@code GET /v1/orders} that would answer a page answers it broken; calls queue up. */
    public void breakNextPage(BrokenPage kind) {
        brokenPages.add(kind);
    }

    /** How many {@code GET /v1/orders} calls got past the project and token check since the start or reset. */
    public int listingRequests() {
        return listingRequests.get();
    }

    /**
     * How many {@code POST /v1/orders/{id}/fulfilments} calls got past the project and token check since the start
     * or reset, refused ones included: what tells a test that a return was (or was not) tried again.
     */
    public int fulfilmentRequests() {
        return fulfilmentRequests.get();
    }

    /** How many {@code GET /v1/orders/{id}} calls got past the project and token check since the start or reset. */
    public int orderReads() {
        return orderReads.get();
    }

    /**
     * One page of the project's orders, oldest first ({@code createdAt}, then {@code id}).
     *
     * @param statuses     any of these (each may be a comma-separated list); none: all
     * @param createdAfter an ISO-8601 instant or a {@code YYYY-MM-DD} date (start of day UTC), exclusive; or null
     * @param pageToken    the {@code nextPageToken} of the page before, or null for the first page
     * @throws PodosApiException 400 for a status, date or page token that cannot be read
     */
    public PodosOrderPage listOrders(List<String> statuses, String createdAfter, String pageToken) {
        OrderFilter filter = OrderFilter.of(statuses, createdAfter);
        PageToken after = pageToken == null || pageToken.isEmpty() ? null : PageToken.decode(pageToken, filter);
        List<PodosOrder> matching = (after == null ? store.after(null, null)
                : store.after(after.lastCreatedAt(), after.lastId()))
                .filter(filter::matches)
                .limit(pageSize + 1L)
                .toList();
        if (matching.size() <= pageSize) {
            return new PodosOrderPage(matching, null);
        }
        List<PodosOrder> page = matching.subList(0, pageSize);
        return new PodosOrderPage(page, PageToken.after(page.get(page.size() - 1), filter).encoded());
    }

    /** {@code GET /v1/orders}: counted, and broken if a test asked for it (a refused request breaks nothing). */
    ListingAnswer answerListing(List<String> statuses, String createdAfter, String pageToken) {
        listingRequests.incrementAndGet();
        PodosOrderPage page = listOrders(statuses, createdAfter, pageToken);
        BrokenPage broken = brokenPages.poll();
        if (broken != BrokenPage.BAD_JSON && broken != BrokenPage.SERVER_ERROR) {
            times.served(page.orders(), clock.millis());
        }
        return new ListingAnswer(page, broken);
    }

    /** What {@link BrokenPage#MISSING_ID} slips into a page: a plausible order, never stored (its id goes). */
    PodosOrder strayOrder() {
        return PodosOrderSpec.order().id("po_stray").ref("TM-00000").toOrder(clock.instant(), ids);
    }

    /**
     * {@code POST /v1/orders}: a new order from a shop, {@code processing} at once.
     *
     * @throws PodosApiException 400 naming a missing or wrong field
     */
    public PodosOrder createOrder(CreateOrderRequest request) {
        if (request == null) {
            throw PodosApiException.badRequest("shippingAddress is required");
        }
        PodosOrder order = addOrder(request.toSpec());
        log.info("podOS simulator: order {} ({}) created", order.ref(), order.id());
        return order;
    }

    /**
     * {@code POST /v1/orders/{id}/fulfilments}: records the shipment on the order, which becomes {@code complete}.
     *
     * @throws PodosApiException a failure {@link #failNextFulfilments asked for}; 404 for an unknown order; 400 without
     *                           a tracking number or with items that are not the order's; 409 for a canceled order
     */
    public PodosFulfilment fulfil(String orderId, FulfilmentRequest request) {
        fulfilmentRequests.incrementAndGet();
        FulfilmentFaults.Pending pending = fulfilmentFaults.next();
        if (pending.refuses()) {
            log.info("podOS simulator: fulfilment of {} answered HTTP {} on purpose", orderId, pending.httpStatus());
            throw new PodosApiException(pending.httpStatus(), "Simulated failure (HTTP " + pending.httpStatus() + ")");
        }
        store.find(orderId).orElseThrow(() -> orderNotFound(orderId));
        FulfilmentRequest body = request == null ? new FulfilmentRequest(null, null, null, null) : request;
        if (body.trackingNumber() == null || body.trackingNumber().isBlank()) {
            throw PodosApiException.badRequest("trackingNumber is required");
        }
        AtomicReference<PodosFulfilment> recorded = new AtomicReference<>();
        store.update(orderId, order -> {
            if (order.status() == PodosOrderStatus.CANCELED) {
                throw new PodosApiException(409, "Order " + orderId + " is canceled");
            }
            PodosFulfilment fulfilment = new PodosFulfilment(ids.fulfilment(), body.trackingNumber(),
                    orEmpty(body.carrier()), orEmpty(body.trackingUrl()), shippedItems(order, body.items()),
                    clock.instant().truncatedTo(ChronoUnit.MILLIS));
            recorded.set(fulfilment);
            return order.withFulfilment(fulfilment);
        }).orElseThrow(() -> orderNotFound(orderId));
        times.tracked(orderId, clock.millis());
        log.info("podOS simulator: order {} ({}) fulfilled, tracking {}", orderId, recorded.get().id(),
                body.trackingNumber());
        if (pending.losesAnswer()) {
            log.info("podOS simulator: answer to the fulfilment of {} lost on purpose (HTTP {})", orderId,
                    pending.httpStatus());
            throw new PodosApiException(pending.httpStatus(), "Simulated lost answer (HTTP " + pending.httpStatus() + ")");
        }
        return recorded.get();
    }

    /** None named: all of them, in full. A quantity left out (0) is the item's whole quantity. */
    private static List<FulfilledItem> shippedItems(PodosOrder order, List<FulfilledItem> requested) {
        if (requested.isEmpty()) {
            return order.items().stream().map(item -> new FulfilledItem(item.id(), item.quantity())).toList();
        }
        List<FulfilledItem> shipped = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            FulfilledItem line = requested.get(i);
            String field = "items[" + i + "]";
            PodosItem item = line == null ? null : order.item(line.id()).orElse(null);
            if (item == null) {
                throw PodosApiException.badRequest(field + ".id: " + (line == null ? null : line.id())
                        + " is not an item of order " + order.id());
            }
            if (line.quantity() < 0 || line.quantity() > item.quantity()) {
                throw PodosApiException.badRequest(field + ".quantity: " + line.quantity() + " is not between 1 and "
                        + item.quantity());
            }
            shipped.add(new FulfilledItem(item.id(), line.quantity() == 0 ? item.quantity() : line.quantity()));
        }
        return shipped;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    static PodosApiException orderNotFound(String orderId) {
        return PodosApiException.notFound("Order " + orderId + " not found");
    }
}
