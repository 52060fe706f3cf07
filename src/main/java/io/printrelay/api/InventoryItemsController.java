package io.printrelay.api;

import io.printrelay.order.InventoryItem;
import io.printrelay.order.InventoryStore;
import io.printrelay.order.OrderValidator;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Inventory items: the products whose metadata holds the print details ({@code product_uuid}, {@code print_sku},
 * {@code print_url}, ...) that order items fall back to when their own metadata does not say.
 */
@RestController
@RequestMapping("/api/v2/inventory-items")
public class InventoryItemsController {

    private final InventoryStore inventory;
    private final OrderValidator validator;

    public InventoryItemsController(InventoryStore inventory, OrderValidator validator) {
        this.inventory = inventory;
        this.validator = validator;
    }

    @GetMapping
    public Map<String, Object> list(@RequestParam(name = "code", required = false) String code,
                                    @RequestParam(name = "limit", required = false) Integer limit,
                                    @RequestParam(name = "offset", required = false) Integer offset) {
        String filter = code == null || code.isBlank() ? null : code;
        int max = QueryParams.limit(limit, 50);
        int skip = QueryParams.offset(offset);
        List<InventoryItem> items = inventory.list(filter, max, skip);
        Map<String, Object> body = Envelope.success(null);
        body.put("total_records", inventory.count(filter));
        body.put("records_returned", items.size());
        body.put("offset", skip);
        body.put("limit", max);
        body.put("inventory_items", items);
        return body;
    }

    @PostMapping
    public ResponseEntity<Map<String, Object>> create(@RequestBody InventoryItem item) {
        checkAcceptable(item);
        InventoryItem created = uniqueCode(item, () -> inventory.create(item));
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(Envelope.success("Inventory Item Created", "inventory_item", created));
    }

    @GetMapping("/{id}")
    public Map<String, Object> get(@PathVariable("id") long id) {
        return Envelope.success(null, "inventory_item", inventory.find(id)
                .orElseThrow(() -> notFound(id)));
    }

    @PutMapping("/{id}")
    public Map<String, Object> replace(@PathVariable("id") long id, @RequestBody InventoryItem item) {
        checkAcceptable(item);
        Optional<InventoryItem> replaced = uniqueCode(item, () -> inventory.replace(id, item));
        return Envelope.success("Inventory Item Updated", "inventory_item", replaced.orElseThrow(() -> notFound(id)));
    }

    @DeleteMapping("/{id}")
    public Map<String, Object> delete(@PathVariable("id") long id) {
        if (!inventory.delete(id)) {
            throw notFound(id);
        }
        return Envelope.success("Inventory Item Deleted");
    }

    private void checkAcceptable(InventoryItem item) {
        List<String> problems = validator.problems(item);
        if (!problems.isEmpty()) {
            throw ApiException.badRequest(String.join("; ", problems));
        }
    }

    private static <T> T uniqueCode(InventoryItem item, Supplier<T> write) {
        try {
            return write.get();
        } catch (DuplicateKeyException e) {
            throw new ApiException(HttpStatus.CONFLICT,
                    "code: an inventory item with code '" + item.getCode() + "' already exists");
        }
    }

    private static ApiException notFound(long id) {
        return ApiException.notFound("Inventory item " + id + " not found");
    }
}
