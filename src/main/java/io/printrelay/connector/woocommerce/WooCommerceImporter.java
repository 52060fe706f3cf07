package io.printrelay.connector.woocommerce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.printrelay.order.ImportResult;
import io.printrelay.order.Order;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The steps of routes/woocommerce.camel.yaml's import between its page GETs: where a read starts, the query of the
 * next page, and the orders of a page that the import takes in before it reads the next one.
 * <p>
 * Every poll reads from the First Import Date (default: the last 30 days), every page: WooCommerce lists an order in
 * the status filter's statuses ({@code processing}) until it is completed, so an order paid late, or whose webhook
 * never came, is found by the next poll; those stored before are left out before the intake with one query a page.
 * <p>
 * An answer that is not a page of orders ends the poll there with a log line (the next poll reads again): refused
 * credentials name the settings to fix, never their values. An order that cannot be read at all is logged, counted
 * and skipped; the others are imported.
 */
@Component("wooCommerceImporter")
public class WooCommerceImporter {

    private static final Logger log = LoggerFactory.getLogger(WooCommerceImporter.class);
    /** Without a First Import Date, a poll reaches back this far. */
    static final int DEFAULT_DAYS_BACK = 30;

    private final WooCommerceProperties properties;
    private final WooCommerceOrderReader reader;
    private final ObjectMapper mapper;
    private final MeterRegistry meters;
    private final Clock clock;

    public WooCommerceImporter(WooCommerceProperties properties, WooCommerceOrderReader reader, ObjectMapper mapper,
                               MeterRegistry meters, Clock clock) {
        this.properties = properties;
        this.reader = reader;
        this.mapper = mapper;
        this.meters = meters;
        this.clock = clock;
    }

    public WooCommerceListing start() {
        LocalDate since = properties.firstImportDate() != null ? properties.firstImportDate()
                : LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(DEFAULT_DAYS_BACK);
        return new WooCommerceListing(since);
    }

    public String pageQuery(WooCommerceListing listing) {
        return WooCommerceApi.listQuery(properties.statusFilter(), listing.since(), properties.pageSize(),
                listing.nextPage());
    }

    /**
     * Woo's answer to one page: the orders on it the import admits, for the intake to take in before the next page
     * is read. Anything but a 2xx JSON array ends the read.
     */
    public List<Order> page(WooCommerceListing listing, int status, String totalPages, String body) {
        int page = listing.nextPage();
        if (status == 401 || status == 403) {
            listing.end();
            log.error("WooCommerce refused the credentials (HTTP {}: {}): check printrelay.sources.woocommerce"
                    + ".consumer-key and printrelay.sources.woocommerce.consumer-secret (a REST API key with Read"
                    + " access, or Read/Write for the tracking return); nothing is imported until they are right",
                    status, wooMessage(body));
            return List.of();
        }
        if (status < 200 || status >= 300) {
            listing.end();
            log.warn("WooCommerce order list page {} answered HTTP {} ({}); the pages before it are imported, the"
                    + " next poll reads again", page, status, wooMessage(body));
            return List.of();
        }
        JsonNode orders;
        try {
            orders = mapper.readTree(body == null ? "" : body);
        } catch (IOException e) {
            orders = null;
        }
        if (orders == null || !orders.isArray()) {
            listing.end();
            log.warn("WooCommerce order list page {} is not a JSON list of orders; the pages before it are imported,"
                    + " the next poll reads it again. Body starts: {}", page, abbreviate(body));
            return List.of();
        }
        listing.pageRead(pages(totalPages, page));
        List<Order> admitted = new ArrayList<>();
        for (JsonNode node : orders) {
            Order order = readOrSkip(node, page, listing);
            if (order != null && wanted(WooCommerceOrderReader.status(node))) {
                admitted.add(order);
            }
        }
        listing.admitted(admitted.size());
        return admitted;
    }

    /** What the intake made of one admitted order: counted for the read's summary. */
    public void stored(WooCommerceListing listing, ImportResult result) {
        if (result != null && result.created()) {
            listing.imported();
        }
    }

    public void readDone(WooCommerceListing listing) {
        log.debug("WooCommerce: {} page(s) read from {}, {} order(s) admitted, {} new, {} skipped",
                listing.pagesRead(), listing.since(), listing.admittedCount(), listing.importedCount(),
                listing.skippedCount());
    }

    /** Whether a Woo status is one the import takes (the status filter; empty: all). */
    boolean wanted(String status) {
        String given = status == null ? "" : status.trim().toLowerCase(Locale.ROOT);
        return properties.statusFilter().isEmpty()
                || properties.statusFilter().stream().anyMatch(wanted -> wanted.equalsIgnoreCase(given));
    }

    private Order readOrSkip(JsonNode node, int page, WooCommerceListing listing) {
        try {
            return reader.read(node);
        } catch (IllegalArgumentException e) {
            listing.skipped();
            meters.counter("printrelay.source.orders.unreadable", "source", WooCommerceOrderReader.SOURCE_NAME)
                    .increment();
            log.warn("WooCommerce order list page {}: {}; the order is skipped, the others are imported", page,
                    e.getMessage());
            return null;
        }
    }

    /** {@code X-WP-TotalPages}; without it (or unreadable) this page is taken as the last. */
    private static int pages(String totalPages, int page) {
        try {
            return totalPages == null ? page : Math.max(page, Integer.parseInt(totalPages.trim()));
        } catch (NumberFormatException e) {
            return page;
        }
    }

    /** Woo says what is wrong in {@code {"code","message"}}; anything else is quoted, short. */
    String wooMessage(String body) {
        try {
            JsonNode error = mapper.readTree(body == null ? "" : body);
            if (error != null && error.hasNonNull(WooCommerceApi.ERROR_MESSAGE)) {
                return error.path(WooCommerceApi.ERROR_CODE).asText("") + ": "
                        + abbreviate(error.path(WooCommerceApi.ERROR_MESSAGE).asText());
            }
        } catch (IOException notJson) {
            // quoted below as it came
        }
        return abbreviate(body);
    }

    static String abbreviate(String text) {
        return text == null || text.isBlank() ? "(no body)" : text.length() <= 200 ? text.strip()
                : text.substring(0, 200) + "...";
    }
}
