package io.printrelay.fulfilment;

import java.util.List;
import java.util.Map;

/**
 * What fulfilment intends for one order, before anything is written: the jobs each vendor gets, and the item codes
 * Product Code Skip leaves out. {@code canceled}: the order is in Canceled, nothing is to be sent.
 */
public record FulfilmentPlan(long orderId, Map<String, List<PlannedJob>> jobsByVendor, List<String> skipped,
                             boolean canceled) {

    static FulfilmentPlan canceled(long orderId) {
        return new FulfilmentPlan(orderId, Map.of(), List.of(), true);
    }
}
