package io.printrelay.fulfilment;

/**
 * A request to cancel one item's open jobs ({@code POST /orders/{id}/order-items/{item_id}/cancel}); split by
 * {@link JobCancels#byVendor}, each part names the vendor whose cancel route it goes to.
 */
public record ItemCancel(long orderId, long itemId, String vendor) {

    public static ItemCancel of(long orderId, long itemId) {
        return new ItemCancel(orderId, itemId, null);
    }
}
