package io.printrelay.connector.shopify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.printrelay.order.ImportResult;
import io.printrelay.order.Order;
import org.apache.camel.ExchangeProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The steps of the shopify-import route between its GraphQL requests: where a read starts, the next page's request,
 * the wait Shopify's cost bucket asks for, and the orders of a page, which the route takes in before it asks for the
 * next. Every poll reads from the First Import Date: Shopify lists only the orders still unfulfilled (the Status
 * Filter), so a read is as long as the open orders, and an order that became visible late is never missed.
 * A malformed order is reported and skipped; a page that cannot be read ends this poll there (the next reads it
 * again); refused credentials end the poll with an error naming the setting; a throttled page is asked again
 * after the wait, never failing the poll.
 */
@Component("shopifyImporter")
public class ShopifyImporter {

    private static final Logger log = LoggerFactory.getLogger(ShopifyImporter.class);
    /** Without a First Import Date, a poll reaches back this far. */
    static final int DEFAULT_DAYS_BACK = 30;

    private final ShopifyProperties properties;
    private final ShopifyOrderReader reader;
    private final ObjectMapper mapper;
    private final Clock clock;

    public ShopifyImporter(ShopifyProperties properties, ShopifyOrderReader reader, ObjectMapper mapper,
                           Clock clock) {
        this.properties = properties;
        this.reader = reader;
        this.mapper = mapper;
        this.clock = clock;
    }

    public ShopifyListing start() {
        return new ShopifyListing(properties.firstImportDate() != null ? properties.firstImportDate()
                : LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(DEFAULT_DAYS_BACK));
    }

    /** The delay step before each request: 0, or what the cost bucket said it needs to refill. */
    public long waitBefore(@ExchangeProperty("shopifyListing") ShopifyListing listing) {
        long wait = listing.takeWait();
        if (wait > 0) {
            log.debug("Shopify: waiting {} ms for the query cost bucket to refill", wait);
        }
        return wait;
    }

    /** The next page's GraphQL request: {@code orders(first, after: cursor, query: created_at/status)}. */
    public ObjectNode pageRequest(ShopifyListing listing) {
        ObjectNode request = mapper.createObjectNode();
        request.put("query", ShopifyApi.ORDERS);
        ObjectNode variables = request.putObject("variables");
        variables.put("first", properties.pageSize());
        variables.put("cursor", listing.cursor());
        variables.put("query", ShopifyApi.ordersSearch(listing.since(), properties.statusFilter()));
        return request;
    }

    /** Shopify's answer to a page request: the orders to take in (none when the page was not read). */
    public List<Order> readPage(ShopifyListing listing, int status, String body) {
        if (status == 401 || status == 403) {
            log.error("Shopify refused the access token (HTTP {}): set printrelay.sources.shopify.access-token to an"
                    + " Admin API access token of the shop at printrelay.sources.shopify.shop-url with read_orders"
                    + " access; no orders imported, the next poll tries again", status);
            listing.end();
            return List.of();
        }
        if (status == 404) {
            log.error("Shopify answered HTTP 404 for its GraphQL endpoint: check printrelay.sources.shopify.shop-url"
                    + " and printrelay.sources.shopify.api-version; no orders imported");
            listing.end();
            return List.of();
        }
        if (status == 429) {
            retryThrottled(listing, 1000);
            return List.of();
        }
        if (status < 200 || status >= 300) {
            log.warn("Shopify answered HTTP {} to order list page {}; the next poll reads it again. Body starts: {}",
                    status, listing.pagesRead() + 1, abbreviate(body));
            listing.end();
            return List.of();
        }
        JsonNode answer;
        try {
            answer = mapper.readTree(body == null ? "" : body);
        } catch (IOException e) {
            answer = null;
        }
        if (answer == null || !answer.isObject()) {
            return unreadable(listing, "it is not a JSON object", body);
        }
        if (ShopifyCost.isThrottled(answer)) {
            retryThrottled(listing, ShopifyCost.waitAfterThrottled(answer));
            return List.of();
        }
        JsonNode orders = answer.path("data").path("orders");
        if (!ShopifyCost.errors(answer).isEmpty() || !orders.path("nodes").isArray()) {
            return unreadable(listing, ShopifyCost.errors(answer).isEmpty() ? "it has no data.orders.nodes"
                    : "Shopify says " + ShopifyCost.errors(answer), body);
        }
        List<Order> admitted = new ArrayList<>();
        int skipped = 0;
        for (JsonNode node : orders.path("nodes")) {
            try {
                admitted.add(reader.read(node));
            } catch (IllegalArgumentException e) {
                skipped++;
                log.warn("Shopify order {} on list page {}: {}; the order is skipped, the others are imported",
                        node.path("name").asText(node.path("id").asText("(no id)")), listing.pagesRead() + 1,
                        e.getMessage());
            }
        }
        JsonNode pageInfo = orders.path("pageInfo");
        listing.pageRead(pageInfo.path("endCursor").isTextual() ? pageInfo.path("endCursor").asText() : null,
                pageInfo.path("hasNextPage").asBoolean(false), admitted.size(), skipped);
        listing.waitBeforeNext(ShopifyCost.waitBeforeSameAgain(answer));
        return admitted;
    }

    /** What the intake made of one order: counted for the read's summary. */
    public void stored(ShopifyListing listing, ImportResult result) {
        if (result != null && result.created()) {
            listing.imported();
        }
    }

    public void readDone(ShopifyListing listing) {
        String summary = "Shopify: " + listing.pagesRead() + " page(s) read since " + listing.since() + ", "
                + listing.admittedCount() + " order(s) listed, " + listing.importedCount() + " new, "
                + listing.skippedCount() + " skipped as malformed, " + listing.throttledCount()
                + " throttled answer(s) waited out (" + listing.waitedMillis() + " ms)"
                + (listing.complete() ? "" : "; the read ended early, the next poll reads again");
        if (listing.importedCount() > 0 || listing.skippedCount() > 0 || !listing.complete()) {
            log.info(summary);
        } else {
            log.debug(summary);
        }
    }

    private void retryThrottled(ShopifyListing listing, long waitMillis) {
        if (!listing.throttled(waitMillis)) {
            log.warn("Shopify: order list page {} throttled {} times in a row; the next poll reads it again",
                    listing.pagesRead() + 1, ShopifyListing.MAX_THROTTLED_IN_A_ROW);
        }
    }

    private static List<Order> unreadable(ShopifyListing listing, String why, String body) {
        log.warn("Shopify order list page {} cannot be read ({}); the orders of the pages before it are imported,"
                + " the next poll reads it again. Body starts: {}", listing.pagesRead() + 1, why, abbreviate(body));
        listing.end();
        return List.of();
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}
