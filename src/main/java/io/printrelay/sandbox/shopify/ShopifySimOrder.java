package io.printrelay.sandbox.shopify;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An order of the simulated Shopify: what the customer bought, and what is fulfilled of it. It has one fulfillment
 * order, whose line items are the order's (remaining quantities go down as fulfillments are created). Fulfilment
 * state is guarded by the order itself.
 */
public final class ShopifySimOrder {

    /** The simulated ids of an order's fulfillment order and its line items, apart from the orders' own. */
    static final long FULFILLMENT_ORDER_OFFSET = 7_000_000_000L;
    static final long FULFILLMENT_LINE_OFFSET = 9_000_000_000L;

    private final long id;
    private final String name;
    private final Instant createdAt;
    private final String email;
    private final Map<String, String> attributes;
    private final ShopifySimAddress shippingAddress;
    private final ShopifySimAddress billingAddress;
    private final String shippingTitle;
    private final String shippingPrice;
    private final String tax;
    private final List<ShopifySimLineItem> lineItems;
    private final Map<Long, Integer> remaining = new LinkedHashMap<>();
    private final List<ShopifySimFulfillment> fulfillments = new ArrayList<>();

    ShopifySimOrder(long id, String name, Instant createdAt, String email, Map<String, String> attributes,
                    ShopifySimAddress shippingAddress, ShopifySimAddress billingAddress, String shippingTitle,
                    String shippingPrice, String tax, List<ShopifySimLineItem> lineItems) {
        this.id = id;
        this.name = name;
        this.createdAt = createdAt;
        this.email = email;
        this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        this.shippingAddress = shippingAddress;
        this.billingAddress = billingAddress;
        this.shippingTitle = shippingTitle;
        this.shippingPrice = shippingPrice;
        this.tax = tax;
        this.lineItems = List.copyOf(lineItems);
        lineItems.forEach(item -> remaining.put(item.id(), item.quantity()));
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String email() {
        return email;
    }

    public Map<String, String> attributes() {
        return attributes;
    }

    public ShopifySimAddress shippingAddress() {
        return shippingAddress;
    }

    public ShopifySimAddress billingAddress() {
        return billingAddress;
    }

    public String shippingTitle() {
        return shippingTitle;
    }

    public String shippingPrice() {
        return shippingPrice;
    }

    public String tax() {
        return tax;
    }

    public List<ShopifySimLineItem> lineItems() {
        return lineItems;
    }

    public BigDecimal subtotal() {
        return lineItems.stream().map(item -> new BigDecimal(item.price()).multiply(BigDecimal.valueOf(item.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal total() {
        return subtotal().add(new BigDecimal(shippingPrice)).add(new BigDecimal(tax));
    }

    public long fulfillmentOrderId() {
        return FULFILLMENT_ORDER_OFFSET + id;
    }

    public synchronized List<ShopifySimFulfillment> fulfillments() {
        return List.copyOf(fulfillments);
    }

    public synchronized int remaining(long lineItemId) {
        return remaining.getOrDefault(lineItemId, 0);
    }

    /** UNFULFILLED, PARTIALLY_FULFILLED or FULFILLED, as Shopify's displayFulfillmentStatus. */
    public synchronized String displayFulfillmentStatus() {
        int left = remaining.values().stream().mapToInt(Integer::intValue).sum();
        int ordered = lineItems.stream().mapToInt(ShopifySimLineItem::quantity).sum();
        return left == 0 ? "FULFILLED" : left == ordered ? "UNFULFILLED" : "PARTIALLY_FULFILLED";
    }

    /**
     * Records a fulfillment of {@code quantities} (by line item id), or says why not: a quantity above what
     * remains is Shopify's userError.
     */
    synchronized String fulfil(long fulfillmentId, String number, String url, String company, boolean notify,
                               Map<Long, Integer> quantities) {
        for (Map.Entry<Long, Integer> line : quantities.entrySet()) {
            if (line.getValue() <= 0 || line.getValue() > remaining.getOrDefault(line.getKey(), 0)) {
                return "Invalid fulfillment order line item quantity requested.";
            }
        }
        if (quantities.isEmpty()) {
            return "Fulfillment order " + fulfillmentOrderId() + " has no line items to fulfill.";
        }
        quantities.forEach((lineItem, quantity) -> remaining.merge(lineItem, -quantity, Integer::sum));
        fulfillments.add(new ShopifySimFulfillment(fulfillmentId, number, url, company, notify,
                Map.copyOf(quantities)));
        return null;
    }

    /** Everything still to fulfil, by line item id. */
    synchronized Map<Long, Integer> allRemaining() {
        Map<Long, Integer> left = new LinkedHashMap<>();
        remaining.forEach((lineItem, quantity) -> {
            if (quantity > 0) {
                left.put(lineItem, quantity);
            }
        });
        return left;
    }
}
