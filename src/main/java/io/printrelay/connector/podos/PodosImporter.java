package io.printrelay.connector.podos;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.printrelay.fulfilment.VendorHttp;
import io.printrelay.fulfilment.VendorUnavailableException;
import io.printrelay.order.Order;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads podOS's order list page after page until the last one, and keeps the orders the import settings admit:
 * Order Status Filter, First Import Date, Country Filter. A malformed order is reported and skipped; a malformed
 * page is reported and ends this poll there (the next poll reads it again); neither stops the other orders.
 */
@Component("podosImporter")
public class PodosImporter {

    private static final Logger log = LoggerFactory.getLogger(PodosImporter.class);
    /** Without a First Import Date, a first poll reaches back this far. */
    static final int DEFAULT_DAYS_BACK = 30;
    private static final int MAX_PAGES = 1000;

    private final PodosProperties properties;
    private final PodosClient client;
    private final PodosOrderReader reader;
    private final ObjectMapper mapper;
    private final Clock clock;

    public PodosImporter(PodosProperties properties, PodosClient client, PodosOrderReader reader, ObjectMapper mapper,
                         Clock clock) {
        this.properties = properties;
        this.client = client;
        this.reader = reader;
        this.mapper = mapper;
        this.clock = clock;
    }

    /**
     * The orders to import, created after {@code from} (a manual import's date), or after the First Import Date.
     */
    public List<Order> newOrders(LocalDate from) {
        LocalDate since = from != null ? from : firstImportDate();
        List<Order> orders = new ArrayList<>();
        String pageToken = null;
        int page = 0;
        do {
            page++;
            JsonNode json = readPage(page, since, pageToken);
            if (json == null) {
                break;
            }
            for (JsonNode node : json.path(PodosApi.PAGE_ORDERS)) {
                admit(node, page, since).ifPresent(orders::add);
            }
            pageToken = json.path(PodosApi.PAGE_NEXT).isTextual() ? json.path(PodosApi.PAGE_NEXT).asText() : null;
        } while (pageToken != null && !pageToken.isBlank() && page < MAX_PAGES);
        log.info("podOS: {} page(s) read, {} order(s) to import since {}", page, orders.size(), since);
        return orders;
    }

    private JsonNode readPage(int page, LocalDate since, String pageToken) {
        VendorHttp.Response response = client.listOrders(properties.statusFilter(), since.toString(), pageToken);
        if (!response.isSuccess()) {
            throw new VendorUnavailableException("podOS order list page " + page + " answered HTTP " + response.status()
                    + ": " + abbreviate(response.body()));
        }
        try {
            return mapper.readTree(response.body());
        } catch (JsonProcessingException e) {
            log.warn("podOS order list page {} is not valid JSON ({}); the orders of the pages before it are imported,"
                    + " the next poll reads it again. Body starts: {}", page, e.getOriginalMessage(),
                    abbreviate(response.body()));
            return null;
        }
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
