package io.printrelay.sandbox.woocommerce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The simulated WooCommerce shop's data: its orders as Woo's REST v3 JSON, in the order they were placed, each with
 * its notes; the credentials it accepts; what it was asked (for tests); and faults a test asks for. Order ids and
 * line item ids keep counting across {@link #reset()}, as a shop's do, so orders of different tests never share an
 * id in PrintRelay's store.
 */
public class WooCommerceSimulator {

    /** What a test or the demo endpoint reads of one order: its status and the notes PrintRelay left. */
    public record OrderView(long id, String status, List<String> notes, List<Boolean> customerNotes) {
    }

    private final ObjectMapper mapper;
    private final Clock clock;
    private final WooCommerceSimulatorProperties properties;
    private final List<ObjectNode> orders = new ArrayList<>();
    private final AtomicLong nextOrderId = new AtomicLong(1000);
    private final AtomicLong nextSubId = new AtomicLong(1);
    private final AtomicInteger noteReads = new AtomicInteger();
    private final AtomicInteger notePosts = new AtomicInteger();
    private final AtomicInteger statusUpdates = new AtomicInteger();
    private final AtomicInteger pageReads = new AtomicInteger();
    private final AtomicInteger lostNoteAnswers = new AtomicInteger();
    private final AtomicInteger failingPages = new AtomicInteger();
    private volatile int failingStatus;
    private volatile String credentials;

    public WooCommerceSimulator(ObjectMapper mapper, WooCommerceSimulatorProperties properties) {
        this.mapper = mapper;
        this.properties = properties;
        this.clock = Clock.systemUTC();
        this.credentials = properties.consumerKey() + ":" + properties.consumerSecret();
    }

    ObjectMapper mapper() {
        return mapper;
    }

    /** Constant time: a caller must not learn how much of a guessed secret was right. */
    boolean accepts(String keyAndSecret) {
        return keyAndSecret != null && MessageDigest.isEqual(credentials.getBytes(StandardCharsets.UTF_8),
                keyAndSecret.getBytes(StandardCharsets.UTF_8));
    }

    /** Tests: the shop's REST key changed (revoked, regenerated): PrintRelay's credentials are now wrong. */
    public void requireCredentials(String consumerKey, String consumerSecret) {
        credentials = consumerKey + ":" + consumerSecret;
    }

    /** Empty shop, counts at zero, faults cleared, the configured credentials; ids go on counting. */
    public synchronized void reset() {
        orders.clear();
        noteReads.set(0);
        notePosts.set(0);
        statusUpdates.set(0);
        pageReads.set(0);
        lostNoteAnswers.set(0);
        failingPages.set(0);
        credentials = properties.consumerKey() + ":" + properties.consumerSecret();
    }

    /** A new order of the demo shop from a spec, with the ids the shop gives it; returned as stored. */
    public synchronized ObjectNode place(WooCommerceOrderSpec spec) {
        long id = nextOrderId.incrementAndGet();
        ObjectNode order = spec.toJson(mapper, id, nextSubId::getAndIncrement,
                LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
        order.putArray("_notes");
        orders.add(order);
        return (ObjectNode) publicJson(order);
    }

    /** Tests: any JSON as one order of the listing, malformed on purpose (no id, the wrong types). */
    public synchronized void addRaw(JsonNode order) {
        ObjectNode copy = order.isObject() ? ((ObjectNode) order).deepCopy() : mapper.createObjectNode();
        copy.putArray("_notes");
        if (!order.isObject()) {
            copy.set("_raw", order);
        }
        orders.add(copy);
    }

    /** Tests: the order was deleted at the shop (its id is then unknown: 404). */
    public synchronized void forget(long id) {
        orders.removeIf(order -> order.path("id").isIntegralNumber() && order.path("id").asLong() == id);
    }

    /** One page of the listing, and how many match in all. */
    synchronized Page list(List<String> statuses, LocalDateTime after, boolean ascending, int perPage, int page) {
        pageReads.incrementAndGet();
        List<ObjectNode> matching = new ArrayList<>();
        for (ObjectNode order : orders) {
            if (matches(order, statuses, after)) {
                matching.add(order);
            }
        }
        if (!ascending) {
            Collections.reverse(matching);
        }
        int from = Math.min(matching.size(), (page - 1) * perPage);
        int to = Math.min(matching.size(), from + perPage);
        ArrayNode body = mapper.createArrayNode();
        matching.subList(from, to).forEach(order -> body.add(publicJson(order)));
        return new Page(body, matching.size(), (matching.size() + perPage - 1) / perPage);
    }

    record Page(ArrayNode orders, int total, int totalPages) {
    }

    synchronized Optional<JsonNode> get(long id) {
        return find(id).map(this::publicJson);
    }

    /** {@code PUT orders/{id}}: the status (the only field PrintRelay changes). */
    synchronized Optional<JsonNode> update(long id, JsonNode changes) {
        Optional<ObjectNode> order = find(id);
        order.ifPresent(found -> {
            if (changes.hasNonNull("status")) {
                statusUpdates.incrementAndGet();
                found.put("status", changes.path("status").asText());
                found.put("date_modified_gmt", LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS).toString());
                if ("completed".equals(found.path("status").asText())) {
                    found.put("date_completed_gmt", found.path("date_modified_gmt").asText());
                }
            }
        });
        return order.map(this::publicJson);
    }

    synchronized Optional<ArrayNode> notes(long id) {
        noteReads.incrementAndGet();
        return find(id).map(order -> {
            ArrayNode notes = ((ArrayNode) order.path("_notes")).deepCopy();
            // Woo lists the newest note first
            ArrayNode newestFirst = mapper.createArrayNode();
            for (int i = notes.size() - 1; i >= 0; i--) {
                newestFirst.add(notes.get(i));
            }
            return newestFirst;
        });
    }

    /** {@code POST orders/{id}/notes}; the note, or empty for an unknown order. */
    synchronized Optional<ObjectNode> addNote(long id, String text, boolean customerNote) {
        notePosts.incrementAndGet();
        return find(id).map(order -> {
            ObjectNode note = mapper.createObjectNode();
            note.put("id", nextSubId.getAndIncrement());
            note.put("author", "PrintRelay");
            note.put("date_created_gmt", LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS).toString());
            note.put("note", text);
            note.put("customer_note", customerNote);
            ((ArrayNode) order.path("_notes")).add(note);
            return note.deepCopy();
        });
    }

    /** Tests: the next {@code count} notes are kept but their answer is lost (a 504 from a proxy). */
    public void loseNextNoteAnswers(int count) {
        lostNoteAnswers.set(count);
    }

    /** Tests: the next {@code count} order list requests are answered {@code status} (429, 503: "not now"). */
    public void failNextPages(int count, int status) {
        failingStatus = status;
        failingPages.set(count);
    }

    /** The status this list request fails with, or 0. */
    int failThisPage() {
        return failingPages.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? failingStatus : 0;
    }

    boolean loseThisNoteAnswer() {
        return lostNoteAnswers.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
    }

    public synchronized Optional<OrderView> view(long id) {
        return find(id).map(this::view);
    }

    public synchronized List<OrderView> views() {
        return orders.stream().filter(order -> order.path("id").canConvertToLong()).map(this::view).toList();
    }

    public int noteReads() {
        return noteReads.get();
    }

    public int notePosts() {
        return notePosts.get();
    }

    public int statusUpdates() {
        return statusUpdates.get();
    }

    public int pageReads() {
        return pageReads.get();
    }

    public synchronized int orderCount() {
        return orders.size();
    }

    private OrderView view(ObjectNode order) {
        List<String> texts = new ArrayList<>();
        List<Boolean> toCustomer = new ArrayList<>();
        order.path("_notes").forEach(note -> {
            texts.add(note.path("note").asText());
            toCustomer.add(note.path("customer_note").asBoolean());
        });
        return new OrderView(order.path("id").asLong(), order.path("status").asText(), texts, toCustomer);
    }

    private Optional<ObjectNode> find(long id) {
        return orders.stream().filter(order -> order.path("id").isIntegralNumber() && order.path("id").asLong() == id)
                .findFirst();
    }

    private static boolean matches(ObjectNode order, List<String> statuses, LocalDateTime after) {
        if (order.has("_raw")) {
            return true; // not an order at all: listed whatever the query, for the tests of broken shops
        }
        String status = order.path("status").asText("");
        if (!statuses.isEmpty() && !statuses.contains("any") && !statuses.contains(status)) {
            return false;
        }
        if (after == null) {
            return true;
        }
        try {
            return LocalDateTime.parse(order.path("date_created_gmt").asText("")).isAfter(after);
        } catch (DateTimeParseException unreadable) {
            return true; // a malformed order is listed: that is what the tests want to see handled
        }
    }

    /** The order as Woo answers it: without the simulator's own bookkeeping. */
    private JsonNode publicJson(ObjectNode order) {
        if (order.has("_raw")) {
            return order.get("_raw");
        }
        ObjectNode copy = order.deepCopy();
        copy.remove("_notes");
        return copy;
    }

    /** An ISO 8601 date-time as Woo takes {@code after}: with an offset or Z, or without (then already UTC here). */
    static LocalDateTime utc(String text) {
        try {
            return LocalDateTime.parse(text);
        } catch (DateTimeParseException withOffset) {
            return OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        }
    }
}
