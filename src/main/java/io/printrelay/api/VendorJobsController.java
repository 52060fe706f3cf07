package io.printrelay.api;

import io.printrelay.fulfilment.FulfilmentStore;
import io.printrelay.fulfilment.VendorJob;
import io.printrelay.order.OrderStore;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /orders/{id}/vendor-jobs} (PrintRelay's own, beside Order Desk's API): what was sent to which
 * vendor for each item, with the vendor's job id, state, last status and tracking.
 */
@RestController
public class VendorJobsController {

    private final OrderStore store;
    private final FulfilmentStore fulfilment;

    public VendorJobsController(OrderStore store, FulfilmentStore fulfilment) {
        this.store = store;
        this.fulfilment = fulfilment;
    }

    @GetMapping("/api/v2/orders/{id}/vendor-jobs")
    public Map<String, Object> list(@PathVariable("id") long orderId) {
        store.requireOrder(orderId, false);
        List<Map<String, Object>> jobs = fulfilment.jobs(orderId).stream().map(VendorJobsController::json).toList();
        return Envelope.success(null, "vendor_jobs", jobs);
    }

    private static Map<String, Object> json(VendorJob job) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("item_id", String.valueOf(job.itemId()));
        json.put("vendor", job.vendor());
        json.put("job_name", job.jobName());
        json.put("vendor_job_id", job.vendorJobId());
        json.put("state", job.state().name());
        json.put("vendor_status", job.vendorStatus());
        json.put("message", job.message());
        json.put("tracking_number", job.trackingNumber());
        return json;
    }
}
