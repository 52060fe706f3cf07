package io.printrelay.api;

import io.printrelay.fulfilment.SentItemGuard;
import io.printrelay.order.Folder;
import io.printrelay.order.FolderStore;
import io.printrelay.order.HistoryStore;
import io.printrelay.order.ImportResult;
import io.printrelay.order.ItemIdentity;
import io.printrelay.order.Order;
import io.printrelay.order.OrderPage;
import io.printrelay.order.OrderQuery;
import io.printrelay.order.OrderStore;
import io.printrelay.order.OrderValidator;
import org.apache.camel.CamelExecutionException;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/**
 * Orders, as Order Desk serves them. New orders do not go straight into the store: they enter the same Camel
 * intake route ({@code direct:order-intake}) as imported ones, so every later step treats them alike.
 */
@RestController
@RequestMapping("/api/v2/orders")
public class OrdersController {

    static final String INTAKE = "direct:order-intake";

    private final OrderStore store;
    private final FolderStore folders;
    private final HistoryStore history;
    private final OrderValidator validator;
    private final ProducerTemplate camel;
    private final SentItemGuard guard;

    public OrdersController(OrderStore store, FolderStore folders, HistoryStore history, OrderValidator validator,
                            ProducerTemplate camel, SentItemGuard guard) {
        this.store = store;
        this.folders = folders;
        this.history = history;
        this.validator = validator;
        this.camel = camel;
        this.guard = guard;
    }

    @GetMapping
    public Map<String, Object> list(@RequestParam(name = "folder_id", required = false) String folderIds,
                                    @RequestParam(name = "folder_name", required = false) String folderName,
                                    @RequestParam(name = "source_id", required = false) String sourceId,
                                    @RequestParam(name = "source_name", required = false) String sourceName,
                                    @RequestParam(name = "search_start_date", required = false) String searchStart,
                                    @RequestParam(name = "search_end_date", required = false) String searchEnd,
                                    @RequestParam(name = "modified_start_date", required = false) String modifiedStart,
                                    @RequestParam(name = "modified_end_date", required = false) String modifiedEnd,
                                    @RequestParam(name = "email", required = false) String email,
                                    @RequestParam(name = "tag_name", required = false) String tagName,
                                    @RequestParam(name = "order_by", required = false) String orderBy,
                                    @RequestParam(name = "order", required = false) String order,
                                    @RequestParam(name = "limit", required = false) Integer limit,
                                    @RequestParam(name = "offset", required = false) Integer offset,
                                    @RequestParam(name = "get_order_history", required = false) String history) {
        String sortColumn = orderBy == null || orderBy.isBlank() ? "date_added" : orderBy;
        if (!OrderQuery.SORTABLE.contains(sortColumn)) {
            throw ApiException.badRequest("order_by: must be one of " + String.join(", ", OrderQuery.SORTABLE));
        }
        OrderQuery query = new OrderQuery(QueryParams.ids("folder_id", folderIds), blankToNull(folderName),
                blankToNull(sourceId), blankToNull(sourceName),
                QueryParams.date("search_start_date", searchStart, false),
                QueryParams.date("search_end_date", searchEnd, true),
                QueryParams.date("modified_start_date", modifiedStart, false),
                QueryParams.date("modified_end_date", modifiedEnd, true),
                blankToNull(email), sortColumn, QueryParams.ascending(order), QueryParams.limit(limit, 50),
                QueryParams.offset(offset), QueryParams.flag(history), blankToNull(tagName));
        OrderPage page = store.findOrders(query);
        Map<String, Object> body = Envelope.success(null);
        body.put("total_records", page.totalRecords());
        body.put("records_returned", page.orders().size());
        body.put("offset", query.offset());
        body.put("limit", query.limit());
        body.put("orders", page.orders());
        return body;
    }

    @PostMapping
    public ResponseEntity<Map<String, Object>> create(@RequestBody Order order) {
        order.setId(null);
        checkAcceptable(order);
        ImportResult result;
        try {
            result = camel.requestBody(INTAKE, order, ImportResult.class);
        } catch (CamelExecutionException e) {
            if (e.getCause() instanceof IllegalArgumentException refused) {
                throw ApiException.badRequest(refused.getMessage());
            }
            throw e;
        }
        return result.created()
                ? ResponseEntity.status(HttpStatus.CREATED).body(Envelope.success("Order Created", "order",
                result.order()))
                : ResponseEntity.ok(Envelope.success("Order already exists for " + result.order().getSourceName()
                + " " + result.order().getSourceId(), "order", result.order()));
    }

    @GetMapping("/{id}")
    public Map<String, Object> get(@PathVariable("id") long id,
                                   @RequestParam(name = "get_order_history", required = false) String history) {
        return Envelope.success("Order found", "order", store.requireOrder(id, QueryParams.flag(history)));
    }

    /**
     * Replaces the order. Items sent back keep their identity even without their ids, and what a vendor has stays
     * as it is ({@link SentItemGuard}). A replace that puts the order in Canceled cancels its jobs, as a move does.
     */
    @PutMapping("/{id}")
    public Map<String, Object> replace(@PathVariable("id") long id, @RequestBody Order order) {
        Order current = store.requireOrder(id, false);
        checkAcceptable(order);
        ItemIdentity.keep(current.getOrderItems(), order.getOrderItems());
        guard.refusalToReplace(current, order.getOrderItems()).ifPresent(refusal -> {
            throw new ApiException(HttpStatus.CONFLICT, refusal);
        });
        Order replaced = store.replaceOrder(id, order);
        long canceled = folders.ensureFolder(Folder.CANCELED).id();
        if (replaced.getFolderId() == canceled && current.getFolderId() != canceled) {
            camel.sendBody(MoveOrdersController.ORDER_CANCELED, id);
            replaced = store.requireOrder(id, false);
        }
        return Envelope.success("Order Updated", "order", replaced);
    }

    /** Refused while a vendor has open jobs of the order: they would go on untracked. */
    @DeleteMapping("/{id}")
    public Map<String, Object> delete(@PathVariable("id") long id) {
        store.requireOrder(id, false);
        guard.refusalToDelete(id).ifPresent(refusal -> {
            throw new ApiException(HttpStatus.CONFLICT, refusal);
        });
        store.deleteOrder(id);
        return Envelope.success("Order Deleted");
    }

    /** {@code POST /orders/{id}/order-history}: a note written by a person or a script. */
    @PostMapping("/{id}/order-history")
    public ResponseEntity<Map<String, Object>> addHistory(@PathVariable("id") long id,
                                                          @RequestBody HistoryNoteRequest request) {
        List<String> problems = validator.historyNoteProblems(request.note(), request.sourceName());
        if (!problems.isEmpty()) {
            throw ApiException.badRequest(String.join("; ", problems));
        }
        String source = request.sourceName() == null || request.sourceName().isBlank() ? "API"
                : request.sourceName();
        history.add(id, source, request.note());
        return ResponseEntity.status(HttpStatus.CREATED).body(Envelope.success("History Added"));
    }

    private void checkAcceptable(Order order) {
        validator.completeAddresses(order);
        List<String> problems = validator.problems(order);
        if (order.getFolderId() != null && folders.byId(order.getFolderId()).isEmpty()) {
            problems.add("folder_id: no folder with id " + order.getFolderId());
        }
        if (!problems.isEmpty()) {
            throw ApiException.badRequest(String.join("; ", problems));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
