package io.printrelay.connector.podos;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.printrelay.order.Order;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The steps of routes/podos-import.camel.yaml between its page GETs: where a read starts, the query of the next page,
 * and the orders of a page the import settings admit (Order Status Filter, First Import Date, Country Filter). A
 * malformed order is reported and skipped; a malformed page is reported and ends this poll there (the next poll reads
 * it again); neither stops the other orders.
 */
@Component("podosImporter")
public class PodosImporter {

    private static final Logger log = LoggerFactory.getLogger(PodosImporter.class);
    /** Without a First Import Date, a first poll reaches back this far. */
    static final int DEFAULT_DAYS_BACK = 30;

    private final PodosProperties properties;
    private final PodosOrderReader reader;
    private final Clock clock;

    public PodosImporter(PodosProperties properties, PodosOrderReader reader, Clock clock) {
        this.properties = properties;
        this.reader = reader;
        this.clock = clock;
    }

    /** A read of the orders created after {@code from} (a manual import's date), else after the First Import Date. */
    public PodosListing start(LocalDate from) {
        return new PodosListing(from != null ? from : firstImportDate());
    }

    /** The next page's query, but for the project: the statuses wanted, the date, the token of the page before. */
    public String pageQuery(PodosListing listing) {
        return PodosApi.listQuery(properties.statusFilter(), listing.since().toString(), listing.nextPageToken());
    }

    public void admit(PodosListing listing, JsonNode page) {
        JsonNode next = page.path(PodosApi.PAGE_NEXT);
        listing.pageRead(next.isTextual() ? next.asText() : null);
        for (JsonNode node : page.path(PodosApi.PAGE_ORDERS)) {
            admit(node, listing.pagesRead(), listing.since()).ifPresent(listing::admit);
        }
    }

    public void unreadablePage(PodosListing listing, Exception cause, String body) {
        listing.pageUnreadable();
        String reason = cause instanceof JsonProcessingException json ? json.getOriginalMessage() : cause.getMessage();
        log.warn("podOS order list page {} is not valid JSON ({}); the orders of the pages before it are imported,"
                + " the next poll reads it again. Body starts: {}", listing.pagesRead(), reason, abbreviate(body));
    }

    public List<Order> admitted(PodosListing listing) {
        log.info("podOS: {} page(s) read, {} order(s) to import since {}", listing.pagesRead(),
                listing.admitted().size(), listing.since());
        return listing.admitted();
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
