package io.printrelay.sandbox.woocommerce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * WooCommerce's REST API v3, the part PrintRelay uses, at {@code /sandbox/woocommerce/wp-json/wc/v3}: the order
 * list (status, after, per_page, page, orderby, order; {@code X-WP-Total}/{@code X-WP-TotalPages}), one order, its
 * status, its notes. Errors read as Woo's: {@code {"code","message","data":{"status"}}}.
 */
@RestController
public class SimulatedWooCommerceController {

    private static final String REST = WooCommerceSimulatorConfiguration.REST_PATH;

    private final WooCommerceSimulator shop;

    public SimulatedWooCommerceController(WooCommerceSimulator shop) {
        this.shop = shop;
    }

    @GetMapping(REST + "/orders")
    public ResponseEntity<?> list(@RequestParam(defaultValue = "any") String status,
                                  @RequestParam(required = false) String after,
                                  @RequestParam(name = "per_page", defaultValue = "10") String perPage,
                                  @RequestParam(defaultValue = "1") String page,
                                  @RequestParam(defaultValue = "date") String orderby,
                                  @RequestParam(defaultValue = "desc") String order) {
        int failure = shop.failThisPage();
        if (failure != 0) {
            return error(failure, "simulated_failure", "Simulated failure (HTTP " + failure + ")");
        }
        Integer size = number(perPage);
        if (size == null || size < 1 || size > 100) {
            return invalid("per_page", "per_page must be between 1 (inclusive) and 100 (inclusive)");
        }
        Integer number = number(page);
        if (number == null || number < 1) {
            return invalid("page", "page must be greater than or equal to 1");
        }
        LocalDateTime since;
        try {
            since = after == null || after.isBlank() ? null : WooCommerceSimulator.utc(after.trim());
        } catch (DateTimeParseException e) {
            return invalid("after", "Invalid date.");
        }
        if (!"asc".equals(order) && !"desc".equals(order)) {
            return invalid("order", "order is not one of asc, desc.");
        }
        List<String> statuses = Arrays.stream(status.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        WooCommerceSimulator.Page found = shop.list(statuses, since, "asc".equals(order), size, number);
        if (found.total() > 0 && number > found.totalPages()) {
            return error(400, "rest_post_invalid_page_number",
                    "The page number requested is larger than the number of pages available.");
        }
        return ResponseEntity.ok().header("X-WP-Total", String.valueOf(found.total()))
                .header("X-WP-TotalPages", String.valueOf(found.totalPages())).body(found.orders());
    }

    @GetMapping(REST + "/orders/{id}")
    public ResponseEntity<?> get(@PathVariable String id) {
        return orderId(id) == null ? notFound() : shop.get(orderId(id)).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(SimulatedWooCommerceController::notFound);
    }

    @PutMapping(REST + "/orders/{id}")
    public ResponseEntity<?> update(@PathVariable String id, @RequestBody JsonNode changes) {
        Long order = orderId(id);
        if (order == null) {
            return notFound();
        }
        String status = changes.path("status").asText("");
        if (changes.has("status") && !List.of("pending", "processing", "on-hold", "completed", "cancelled",
                "refunded", "failed").contains(status)) {
            return invalid("status", "status is not one of pending, processing, on-hold, completed, cancelled,"
                    + " refunded, failed, checkout-draft.");
        }
        return shop.update(order, changes).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(SimulatedWooCommerceController::notFound);
    }

    @GetMapping(REST + "/orders/{id}/notes")
    public ResponseEntity<?> notes(@PathVariable String id) {
        Long order = orderId(id);
        return order == null ? notFound() : shop.notes(order).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(SimulatedWooCommerceController::notFound);
    }

    @PostMapping(REST + "/orders/{id}/notes")
    public ResponseEntity<?> addNote(@PathVariable String id, @RequestBody JsonNode body) {
        Long order = orderId(id);
        if (order == null) {
            return notFound();
        }
        String text = body.path("note").asText("");
        if (text.isBlank()) {
            return error(400, "rest_missing_callback_param", "Missing parameter(s): note");
        }
        var note = shop.addNote(order, text, body.path("customer_note").asBoolean(false));
        if (note.isEmpty()) {
            return notFound();
        }
        if (shop.loseThisNoteAnswer()) {
            return ResponseEntity.status(504).body(Map.of("message", "Gateway Timeout (simulated: the note was kept)"));
        }
        return ResponseEntity.status(201).body(note.get());
    }

    private static Long orderId(String id) {
        try {
            long value = Long.parseLong(id);
            return value > 0 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer number(String text) {
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static ResponseEntity<?> notFound() {
        return error(404, "woocommerce_rest_shop_order_invalid_id", "Invalid ID.");
    }

    private static ResponseEntity<?> invalid(String param, String message) {
        return error(400, "rest_invalid_param", "Invalid parameter(s): " + param + " (" + message + ")");
    }

    static ResponseEntity<ObjectNode> error(int status, String code, String message) {
        ObjectNode body = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        body.put("code", code);
        body.put("message", message);
        body.putObject("data").put("status", status);
        return ResponseEntity.status(status).body(body);
    }
}
