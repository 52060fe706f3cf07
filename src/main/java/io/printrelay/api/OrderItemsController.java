package io.printrelay.api;

import io.printrelay.order.OrderItem;
import io.printrelay.order.OrderStore;
import io.printrelay.order.OrderValidator;
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

/** One order's items, one at a time ({@code /orders/{id}/order-items}). */
@RestController
@RequestMapping("/api/v2/orders/{orderId}/order-items")
public class OrderItemsController {

    private final OrderStore store;
    private final OrderValidator validator;

    public OrderItemsController(OrderStore store, OrderValidator validator) {
        this.store = store;
        this.validator = validator;
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
        return Envelope.success("Item Updated", "order_item", store.replaceItem(orderId, itemId, item)
                .orElseThrow(() -> notFound(orderId, itemId)));
    }

    @DeleteMapping("/{itemId}")
    public Map<String, Object> delete(@PathVariable("orderId") long orderId, @PathVariable("itemId") long itemId) {
        if (!store.deleteItem(orderId, itemId)) {
            throw notFound(orderId, itemId);
        }
        return Envelope.success("Item Deleted");
    }

    private void checkAcceptable(OrderItem item) {
        List<String> problems = validator.problems(item, "");
        if (!problems.isEmpty()) {
            throw ApiException.badRequest(String.join("; ", problems));
        }
    }

    private static ApiException notFound(long orderId, long itemId) {
        return ApiException.notFound("Item " + itemId + " not found on order " + orderId);
    }
}
