package io.printrelay.sandbox.podos;

/** How many of an order's item ({@code pi_…}) a fulfilment shipped. */
public record FulfilledItem(String id, int quantity) {
}
