package io.printrelay.sandbox.shopify;

import java.util.Map;

/** A fulfillment the simulated Shopify recorded: its tracking and, by line item id, the quantity it fulfilled. */
public record ShopifySimFulfillment(long id, String trackingNumber, String trackingUrl, String trackingCompany,
                                    boolean notifyCustomer, Map<Long, Integer> quantities) {
}
