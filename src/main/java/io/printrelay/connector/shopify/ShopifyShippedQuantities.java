package io.printrelay.connector.shopify;

import io.printrelay.fulfilment.FulfilmentStore;
import io.printrelay.fulfilment.JobState;
import io.printrelay.fulfilment.VendorJob;
import io.printrelay.order.Order;
import io.printrelay.order.OrderItem;
import io.printrelay.order.Shipment;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How much of each Shopify line item one shipment carries: its share of the item's vendor jobs that carry the
 * shipment's tracking number (4over: one job per unit; POV or a job placed by hand: one job for the whole item).
 */
@Component
public class ShopifyShippedQuantities {

    private final FulfilmentStore fulfilment;

    public ShopifyShippedQuantities(FulfilmentStore fulfilment) {
        this.fulfilment = fulfilment;
    }

    /**
     * By Shopify line item id (numeric), the quantity that shipped; null when no job carries the tracking number
     * (a shipment entered by hand): then the whole remaining order is fulfilled.
     */
    public Map<String, Integer> byLineItem(Order order, Shipment shipment) {
        Map<Long, List<VendorJob>> jobsByItem = fulfilment.jobs(order.getId()).stream()
                .filter(job -> job.state() != JobState.CANCELED)
                .collect(Collectors.groupingBy(VendorJob::itemId));
        Map<String, Integer> byLineItem = new HashMap<>();
        for (OrderItem item : order.getOrderItems()) {
            Object lineItem = item.getMetadata().get(ShopifyOrderReader.LINE_ITEM_ID_FIELD);
            if (item.getId() == null || lineItem == null || lineItem.toString().isBlank()) {
                continue;
            }
            int quantity = shippedQuantity(item, jobsByItem.getOrDefault(item.getId(), List.of()),
                    shipment.getTrackingNumber());
            if (quantity > 0) {
                byLineItem.merge(lineItem.toString(), quantity, Integer::sum);
            }
        }
        return byLineItem.isEmpty() ? null : byLineItem;
    }

    private static int shippedQuantity(OrderItem item, List<VendorJob> jobs, String trackingNumber) {
        long carrying = jobs.stream().filter(job -> trackingNumber.equals(job.trackingNumber())).count();
        if (carrying == 0) {
            return 0;
        }
        int quantity = item.getQuantity() == null ? 1 : item.getQuantity();
        // at least one: a quantity lowered after its jobs were made must not round a shipment away
        return (int) Math.max(1, quantity * carrying / jobs.size());
    }
}
