package io.printrelay.order;

/** The stored order and whether this import created it ({@code false}: it was there already). */
public record ImportResult(Order order, boolean created) {
}
