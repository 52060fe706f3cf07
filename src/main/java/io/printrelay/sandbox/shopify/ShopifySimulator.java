package io.printrelay.sandbox.shopify;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simulated shop's state: its orders in memory (ids from 5,000,000,001, names from #1001), the orders listing
 * with its search and cursors, the fulfillments, the cost bucket, and the faults a test can ask for (a malformed
 * order on the next page, lost fulfillment answers).
 */
public class ShopifySimulator {

    private static final Pattern CREATED_FROM = Pattern.compile("created_at:>=(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern STATUS = Pattern.compile("fulfillment_status:(\\w+)");
    private static final long FIRST_ORDER_ID = 5_000_000_000L;

    /** A page of the listing: its orders, and the cursor after its last one. */
    record Page(List<ShopifySimOrder> orders, boolean hasNextPage, String endCursor) {
    }

    private final ConcurrentSkipListMap<Long, ShopifySimOrder> orders = new ConcurrentSkipListMap<>();
    private final AtomicLong ids = new AtomicLong(FIRST_ORDER_ID);
    private final AtomicLong lineItemIds = new AtomicLong(13_000_000_000L);
    private final AtomicLong fulfillmentIds = new AtomicLong(4_000_000_000L);
    private final AtomicInteger names = new AtomicInteger(1000);
    private final AtomicInteger malformedNextPage = new AtomicInteger();
    private final AtomicInteger lostFulfillmentAnswers = new AtomicInteger();
    private final AtomicInteger failingRequests = new AtomicInteger();
    private volatile int failingStatus = 503;
    private final java.util.concurrent.atomic.AtomicReference<String> refusal =
            new java.util.concurrent.atomic.AtomicReference<>();
    private final AtomicInteger listingRequests = new AtomicInteger();
    private final AtomicInteger throttledAnswers = new AtomicInteger();
    private final AtomicInteger fulfillmentRequests = new AtomicInteger();
    private final ShopifySimulatorProperties properties;
    private final ShopifyCostBucket bucket;

    public ShopifySimulator(ShopifySimulatorProperties properties) {
        this.properties = properties;
        this.bucket = new ShopifyCostBucket(properties.bucketSize(), properties.restoreRate());
    }

    public ShopifySimOrder place(ShopifyOrderSpec spec) {
        long id = ids.incrementAndGet();
        List<ShopifySimLineItem> items = new ArrayList<>();
        for (ShopifyOrderSpec.Item item : spec.items) {
            items.add(new ShopifySimLineItem(lineItemIds.incrementAndGet(), item.sku(), item.name(), item.quantity(),
                    item.price(), new LinkedHashMap<>(item.options()), new LinkedHashMap<>(item.properties())));
        }
        ShopifySimOrder order = new ShopifySimOrder(id, "#" + names.incrementAndGet(),
                spec.createdAt != null ? spec.createdAt : Instant.now(), spec.email, spec.attributes, spec.shipping,
                spec.billing != null ? spec.billing : spec.shipping, spec.shippingTitle, spec.shippingPrice, spec.tax,
                items);
        orders.put(id, order);
        return order;
    }

    /** Every order, oldest first. */
    public List<ShopifySimOrder> orders() {
        return List.copyOf(orders.values());
    }

    public Optional<ShopifySimOrder> order(long id) {
        return Optional.ofNullable(orders.get(id));
    }

    /** Every order, fulfillments gone, the bucket full at the configured size; for tests. */
    public void reset() {
        orders.clear();
        malformedNextPage.set(0);
        lostFulfillmentAnswers.set(0);
        failingRequests.set(0);
        refusal.set(null);
        bucket.resize(properties.bucketSize(), properties.restoreRate());
    }

    /** A smaller (or larger) cost bucket, full; for tests of the throttling. */
    public void bucket(int maximumAvailable, double restoreRate) {
        bucket.resize(maximumAvailable, restoreRate);
    }

    /** The next listing page starts with an order that has no id. */
    public void malformedOrderOnNextPage() {
        malformedNextPage.set(1);
    }

    /** The next {@code count} fulfillmentCreate mutations are recorded but their answers are lost (HTTP 504). */
    public void loseNextFulfillmentAnswers(int count) {
        lostFulfillmentAnswers.set(count);
    }

    /** What a merchant does in Shopify's admin: the whole order fulfilled, with a tracking number of their own. */
    public void fulfilEverything(long orderId, String trackingNumber) {
        ShopifySimOrder order = orders.get(orderId);
        order.fulfil(fulfillmentIds.incrementAndGet(), trackingNumber, null, "Other", false, order.allRemaining());
    }

    /** The next {@code count} GraphQL requests, whatever they ask, are answered {@code status} and not run. */
    public void failNextRequests(int count, int status) {
        failingStatus = status;
        failingRequests.set(count);
    }

    /** The next fulfillmentCreate is answered with this userError and records nothing. */
    public void refuseNextFulfillment(String userError) {
        refusal.set(userError);
    }

    public int listingRequests() {
        return listingRequests.get();
    }

    public int throttledAnswers() {
        return throttledAnswers.get();
    }

    public int fulfillmentRequests() {
        return fulfillmentRequests.get();
    }

    ShopifyCostBucket.Charge charge(int cost) {
        ShopifyCostBucket.Charge charge = bucket.charge(cost);
        if (!charge.allowed()) {
            throttledAnswers.incrementAndGet();
        }
        return charge;
    }

    /** The status to fail this request with, or 0 to run it. */
    int takeFailure() {
        return failingRequests.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? failingStatus : 0;
    }

    boolean takeMalformed() {
        return malformedNextPage.getAndSet(0) > 0;
    }

    boolean takeLostAnswer() {
        return lostFulfillmentAnswers.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
    }

    /** {@code orders(first, after, query)}: oldest first, created on or after the date, in the statuses asked. */
    Page page(int first, String cursor, String query) {
        listingRequests.incrementAndGet();
        String search = query == null ? "" : query;
        Matcher from = CREATED_FROM.matcher(search);
        Instant since = from.find() ? LocalDate.parse(from.group(1)).atStartOfDay(ZoneOffset.UTC).toInstant() : null;
        List<String> statuses = new ArrayList<>();
        Matcher status = STATUS.matcher(search);
        while (status.find()) {
            statuses.add(status.group(1).toLowerCase());
        }
        long after = afterId(cursor);
        List<ShopifySimOrder> matching = orders.values().stream()
                .filter(order -> since == null || !order.createdAt().isBefore(since))
                .filter(order -> statuses.isEmpty() || statuses.stream().anyMatch(s -> inStatus(order, s)))
                .sorted(Comparator.comparing(ShopifySimOrder::createdAt).thenComparing(ShopifySimOrder::id))
                .toList();
        int start = 0;
        if (after > 0) {
            for (int i = 0; i < matching.size(); i++) {
                if (matching.get(i).id() == after) {
                    start = i + 1;
                    break;
                }
            }
        }
        List<ShopifySimOrder> page = matching.subList(Math.min(start, matching.size()),
                Math.min(start + first, matching.size()));
        boolean more = start + first < matching.size();
        return new Page(page, more, page.isEmpty() ? cursor : cursorOf(page.get(page.size() - 1).id()));
    }

    /** What fulfillmentCreate did: the fulfillment, or Shopify's userError message. */
    record Fulfilled(ShopifySimFulfillment fulfillment, String userError) {
    }

    /** fulfillmentCreate of one fulfillment order: the quantities by line item id, or (none given) all that remain. */
    Fulfilled fulfil(long fulfillmentOrderId, Map<Long, Integer> quantities, String number, String url,
                     String company, boolean notify) {
        fulfillmentRequests.incrementAndGet();
        String refused = refusal.getAndSet(null);
        if (refused != null) {
            return new Fulfilled(null, refused);
        }
        ShopifySimOrder order = orders.get(fulfillmentOrderId - ShopifySimOrder.FULFILLMENT_ORDER_OFFSET);
        if (order == null) {
            return new Fulfilled(null, "Fulfillment order does not exist.");
        }
        String problem = order.fulfil(fulfillmentIds.incrementAndGet(), number, url, company, notify,
                quantities.isEmpty() ? order.allRemaining() : quantities);
        if (problem != null) {
            return new Fulfilled(null, problem);
        }
        List<ShopifySimFulfillment> all = order.fulfillments();
        return new Fulfilled(all.get(all.size() - 1), null);
    }

    private static boolean inStatus(ShopifySimOrder order, String status) {
        String state = order.displayFulfillmentStatus();
        return switch (status) {
            case "unfulfilled" -> !state.equals("FULFILLED");
            case "unshipped" -> state.equals("UNFULFILLED");
            case "partial" -> state.equals("PARTIALLY_FULFILLED");
            case "shipped", "fulfilled" -> state.equals("FULFILLED");
            default -> true;
        };
    }

    private static String cursorOf(long id) {
        return Base64.getEncoder().encodeToString(("{\"last_id\":" + id + "}").getBytes(StandardCharsets.UTF_8));
    }

    private static long afterId(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String json = new String(Base64.getDecoder().decode(cursor), StandardCharsets.UTF_8);
            Matcher id = Pattern.compile("\"last_id\":(\\d+)").matcher(json);
            return id.find() ? Long.parseLong(id.group(1)) : 0;
        } catch (IllegalArgumentException notOurs) {
            return 0;
        }
    }
}
