package io.printrelay.api;

import io.printrelay.fulfilment.ItemCancel;
import io.printrelay.fulfilment.JobCancelOutcome;
import io.printrelay.fulfilment.SentItemGuard;
import io.printrelay.order.OrderItem;
import io.printrelay.order.OrderStore;
import io.printrelay.order.OrderValidator;
import org.apache.camel.ProducerTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/**
 * One order's items, one at a time ({@code /orders/{id}/order-items}). What a vendor has of an item stays as it
 * is ({@link SentItemGuard}); canceling an item goes through the {@code order-item-cancel} route.
 */
@RestController
@RequestMapping("/api/v2/orders/{orderId}/order-items")
public class OrderItemsController {

    static final String ITEM_CANCEL = "direct:order-item-cancel";

    private final OrderStore store;
    private final OrderValidator validator;
    private final SentItemGuard guard;
    private final ProducerTemplate camel;

    public OrderItemsController(OrderStore store, OrderValidator validator, SentItemGuard guard,
                                ProducerTemplate camel) {
        this.store = store;
        this.validator = validator;
        this.guard = guard;
        this.camel = camel;
    }

    @GetMapping
    public Map<String, Object> list(@PathVariable("orderId") long orderId) {
        return Envelope.success(null, "order_items", store.items(orderId));
    }

    @PostMapping
    public ResponseEntity<Map<String, Object>> add(@PathVariable("orderId") long orderId,
                                                   @RequestBody OrderItem item) {
        item.setId(null);
        checkAcceptable(item);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(Envelope.success("Item Added", "order_item", store.addItem(orderId, item)));
    }

    @GetMapping("/{itemId}")
    public Map<String, Object> get(@PathVariable("orderId") long orderId, @PathVariable("itemId") long itemId) {
        return Envelope.success(null, "order_item", store.findItem(orderId, itemId)
                .orElseThrow(() -> notFound(orderId, itemId)));
    }

    @PutMapping("/{itemId}")
    public Map<String, Object> replace(@PathVariable("orderId") long orderId, @PathVariable("itemId") long itemId,
                                       @RequestBody OrderItem item) {
        checkAcceptable(item);
        OrderItem current = store.findItem(orderId, itemId).orElseThrow(() -> notFound(orderId, itemId));
        guard.refusalToReplaceItem(orderId, current, item).ifPresent(OrderItemsController::refuse);
        return Envelope.success("Item Updated", "order_item", store.replaceItem(orderId, itemId, item)
                .orElseThrow(() -> notFound(orderId, itemId)));
    }

    @DeleteMapping("/{itemId}")
    public Map<String, Object> delete(@PathVariable("orderId") long orderId, @PathVariable("itemId") long itemId) {
        OrderItem current = store.findItem(orderId, itemId).orElseThrow(() -> notFound(orderId, itemId));
        guard.refusalToRemoveItem(orderId, current).ifPresent(OrderItemsController::refuse);
        if (!store.deleteItem(orderId, itemId)) {
            throw notFound(orderId, itemId);
        }
        return Envelope.success("Item Deleted");
    }

    /** PrintRelay's own (Pressero cancels one item): cancels the item's open jobs and says what became of each. */
    @PostMapping("/{itemId}/cancel")
    public Map<String, Object> cancel(@PathVariable("orderId") long orderId, @PathVariable("itemId") long itemId) {
        store.findItem(orderId, itemId).orElseThrow(() -> notFound(orderId, itemId));
        List<?> answer = camel.requestBody(ITEM_CANCEL, ItemCancel.of(orderId, itemId), List.class);
        List<JobCancelOutcome> jobs = answer.stream().map(JobCancelOutcome.class::cast).toList();
        long canceled = jobs.stream().filter(JobCancelOutcome::canceled).count();
        Map<String, Object> body = Envelope.success(canceled + " of " + jobs.size() + " jobs canceled");
        body.put("order_id", String.valueOf(orderId));
        body.put("item_id", String.valueOf(itemId));
        body.put("jobs", jobs);
        return body;
    }

    private void checkAcceptable(OrderItem item) {
        List<String> problems = validator.problems(item, "");
        if (!problems.isEmpty()) {
            throw ApiException.badRequest(String.join("; ", problems));
        }
    }

    private static void refuse(String refusal) {
        throw new ApiException(HttpStatus.CONFLICT, refusal);
    }

    private static ApiException notFound(long orderId, long itemId) {
        return ApiException.notFound("Item " + itemId + " not found on order " + orderId);
    }
}
