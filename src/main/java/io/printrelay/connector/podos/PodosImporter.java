package io.printrelay.connector.podos;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.printrelay.order.ImportResult;
import io.printrelay.order.Order;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The steps of routes/podos-import.camel.yaml between its page GETs: where a read starts, the query of the next page,
 * and the orders of a page the import settings admit (Order Status Filter, First Import Date, Country Filter), which
 * the route takes in before it reads the next page. A
 * malformed order is reported and skipped; a malformed page is reported and ends this poll there (the next poll reads
 * it again); neither stops the other orders.
 * <p>
 * A poll reads only the orders created after the newest one an earlier complete read saw (podOS keeps an order in the
 * Order Status Filter's statuses until it ships, so reading from the First Import Date every time re-reads every open
 * order: 400 pages a poll with 10,000 open). podOS may list an order a moment after its {@code createdAt} (orders of
 * the same millisecond, or created while a read goes through the pages): so the mark is never later than
 * {@code incremental-overlap} before the start of the read that set it, and an order listed that much after its
 * {@code createdAt} is still read by the next poll; the orders read again are stored already and left out before the
 * intake. Every {@code full-read-every}, and after a restart, a poll reads from the First Import Date again: an order
 * that reached a wanted status late, or was listed later than the overlap, is found then. The mark is this node's
 * own, in memory.
 */
@Component("podosImporter")
public class PodosImporter {

    private static final Logger log = LoggerFactory.getLogger(PodosImporter.class);
    /** Without a First Import Date, a first poll reaches back this far. */
    static final int DEFAULT_DAYS_BACK = 30;

    private final PodosProperties properties;
    private final PodosOrderReader reader;
    private final Clock clock;
    /** Where the next poll reads from; null before the first complete scheduled read. */
    private final AtomicReference<Mark> mark = new AtomicReference<>();

    /**
     * @param newestCreated the newest {@code createdAt} a complete scheduled read saw
     * @param readFrom      the next poll's {@code createdAfter}: that, or the overlap before the read began if earlier
     * @param fullReadAt    when the last full read finished
     */
    private record Mark(Instant newestCreated, Instant readFrom, Instant fullReadAt) {
    }

    public PodosImporter(PodosProperties properties, PodosOrderReader reader, Clock clock) {
        this.properties = properties;
        this.reader = reader;
        this.clock = clock;
    }

    /**
     * A manual import's read of the orders created after {@code from}; else the poll's: after the mark (the newest
     * order seen, less the overlap while that is recent), or from the First Import Date when there is no mark yet or
     * the last full read is {@code full-read-every} ago.
     */
    public PodosListing start(LocalDate from) {
        Instant now = clock.instant();
        if (from != null) {
            return new PodosListing(from, now);
        }
        Mark last = mark.get();
        boolean fullReadDue = last == null || last.newestCreated() == null
                || !now.isBefore(last.fullReadAt().plus(properties.fullReadEvery()));
        return new PodosListing(firstImportDate(), fullReadDue ? null : last.readFrom(), true, now);
    }

    /** The next page's query, but for the project: the statuses wanted, the date or instant, the page before's token. */
    public String pageQuery(PodosListing listing) {
        String createdAfter = listing.createdAfter() != null ? listing.createdAfter().toString()
                : listing.since().toString();
        return PodosApi.listQuery(properties.statusFilter(), createdAfter, listing.nextPageToken());
    }

    /**
     * The orders of one page that the import settings admit, for the intake to take in before the next page is read:
     * a read holds one page of orders at a time, however many pages podOS lists (10,000 orders held at once for a
     * whole read cost the heap of 10,000 orders and their intake results).
     */
    public List<Order> admit(PodosListing listing, JsonNode page) {
        JsonNode next = page.path(PodosApi.PAGE_NEXT);
        listing.pageRead(next.isTextual() ? next.asText() : null);
        List<Order> admitted = new ArrayList<>();
        for (JsonNode node : page.path(PodosApi.PAGE_ORDERS)) {
            LocalDateTime created = PodosOrderReader.createdAt(node);
            listing.seen(created == null ? null : created.toInstant(ZoneOffset.UTC));
            admit(node, listing.pagesRead(), listing.since()).ifPresent(admitted::add);
        }
        listing.admitted(admitted.size());
        return admitted;
    }

    /** A page that is not JSON ends the read there, with no orders from it. */
    public List<Order> unreadablePage(PodosListing listing, Exception cause, String body) {
        listing.pageUnreadable();
        String reason = cause instanceof JsonProcessingException json ? json.getOriginalMessage() : cause.getMessage();
        log.warn("podOS order list page {} is not valid JSON ({}); the orders of the pages before it are imported,"
                + " the next poll reads it again. Body starts: {}", listing.pagesRead(), reason, abbreviate(body));
        return List.of();
    }

    /** What the intake made of one admitted order: counted for the read's summary (a manual import's answer). */
    public void stored(PodosListing listing, ImportResult result) {
        if (result != null && result.created()) {
            listing.imported();
        }
    }

    /**
     * Every page is read and its orders are in the store: a poll's complete read moves the mark to the newest order
     * it saw, but not past {@code incremental-overlap} before the read began (a read that stopped on an unreadable
     * page, or whose intake failed before this step, leaves it where it was).
     */
    public void readDone(PodosListing listing) {
        if (listing.createdAfter() != null) {
            log.debug("podOS: {} page(s) read, {} order(s) admitted created after {}, {} new", listing.pagesRead(),
                    listing.admittedCount(), listing.createdAfter(), listing.importedCount());
        } else {
            log.info("podOS: {} page(s) read, {} order(s) admitted since {}, {} new", listing.pagesRead(),
                    listing.admittedCount(), listing.since(), listing.importedCount());
        }
        if (!listing.scheduled() || !listing.complete()) {
            return;
        }
        Instant now = clock.instant();
        mark.updateAndGet(last -> {
            Instant newest = listing.newestCreated();
            if (last != null && last.newestCreated() != null
                    && (newest == null || last.newestCreated().isAfter(newest))) {
                newest = last.newestCreated();
            }
            Instant readFrom = newest;
            Instant listedBy = listing.startedAt().minus(properties.incrementalOverlap());
            if (newest != null && listedBy.isBefore(newest)) {
                readFrom = listedBy;
            }
            return new Mark(newest, readFrom,
                    listing.createdAfter() == null || last == null ? now : last.fullReadAt());
        });
    }

    private Optional<Order> admit(JsonNode node, int page, LocalDate since) {
        Order order;
        try {
            order = reader.read(node);
        } catch (IllegalArgumentException e) {
            log.warn("podOS order list page {}: {}; the order is skipped, the others are imported", page,
                    e.getMessage());
            return Optional.empty();
        }
        String status = node.path(PodosApi.STATUS).asText("").toLowerCase(Locale.ROOT);
        boolean statusOk = properties.statusFilter().isEmpty() || properties.statusFilter().stream()
                .anyMatch(wanted -> wanted.equalsIgnoreCase(status));
        boolean dateOk = order.getDateAdded() == null || !order.getDateAdded().toLocalDate().isBefore(since);
        boolean countryOk = properties.countryFilter().admits(order.getShipping().country());
        return statusOk && dateOk && countryOk ? Optional.of(order) : Optional.empty();
    }

    private LocalDate firstImportDate() {
        return properties.firstImportDate() != null ? properties.firstImportDate()
                : LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(DEFAULT_DAYS_BACK);
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}
