package io.printrelay.fulfilment;

/** The part of an order that goes to one vendor: what the vendor routes of routes/ receive. */
public record VendorSubmission(long orderId, String vendor) {
}
