package io.printrelay.order;

/** The outcome of moving one order, in the shape of Order Desk's move-orders results. */
public record MoveResult(long orderId, boolean moved, String message, Long originalFolderId) {
}
