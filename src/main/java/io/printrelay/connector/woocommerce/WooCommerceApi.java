package io.printrelay.connector.woocommerce;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * The WooCommerce REST API v3 as PrintRelay uses it: the paths, query parameters and field names, in one place. The
 * calls themselves are the http endpoints of {@code routes/woocommerce.camel.yaml}.
 */
public final class WooCommerceApi {

    /** Added to the shop's own URL ({@code base-url}). */
    static final String REST_PATH = "/wp-json/wc/v3";

    // listing: GET /orders?status=a,b&after=&dates_are_gmt=true&per_page=&page=&orderby=date&order=asc
    static final String TOTAL_PAGES_HEADER = "X-WP-TotalPages";
    static final String TOTAL_HEADER = "X-WP-Total";

    // an order
    static final String ID = "id";
    static final String NUMBER = "number";
    static final String STATUS = "status";
    static final String DATE_CREATED_GMT = "date_created_gmt";
    static final String BILLING = "billing";
    static final String SHIPPING = "shipping";
    static final String EMAIL = "email";
    static final String SHIPPING_LINES = "shipping_lines";
    static final String METHOD_TITLE = "method_title";
    static final String META_DATA = "meta_data";
    static final String LINE_ITEMS = "line_items";
    static final String TOTAL = "total";
    static final String SHIPPING_TOTAL = "shipping_total";
    static final String TOTAL_TAX = "total_tax";
    static final String DISCOUNT_TOTAL = "discount_total";
    static final String CUSTOMER_NOTE = "customer_note";

    // an address
    static final String FIRST_NAME = "first_name";
    static final String LAST_NAME = "last_name";
    static final String COMPANY = "company";
    static final String ADDRESS_1 = "address_1";
    static final String ADDRESS_2 = "address_2";
    static final String CITY = "city";
    static final String STATE = "state";
    static final String POSTCODE = "postcode";
    static final String COUNTRY = "country";
    static final String PHONE = "phone";

    // a line item
    static final String ITEM_ID = "id";
    static final String NAME = "name";
    static final String SKU = "sku";
    static final String QUANTITY = "quantity";
    static final String PRICE = "price";
    static final String SUBTOTAL = "subtotal";

    // a meta_data entry: {id, key, value, display_key, display_value}
    static final String META_KEY = "key";
    static final String META_VALUE = "value";
    static final String META_DISPLAY_VALUE = "display_value";
    /** Taxonomy (global) product attributes of a variation: line item meta {@code pa_size}. */
    static final String ATTRIBUTE_PREFIX = "pa_";
    /** Keys WordPress and plugins keep to themselves ({@code _reduced_stock}, {@code _wc_order_attribution_*}). */
    static final String HIDDEN_PREFIX = "_";

    // tracking back: POST /orders/{id}/notes {"note","customer_note"}; PUT /orders/{id} {"status":"completed"}
    static final String NOTE = "note";
    static final String COMPLETED = "completed";
    // an error: {"code","message","data":{"status"}}
    static final String ERROR_CODE = "code";
    static final String ERROR_MESSAGE = "message";

    private WooCommerceApi() {
    }

    /**
     * The listing's query: wanted statuses (comma-separated, as Woo takes them), created after the start of
     * {@code since} in UTC ({@code dates_are_gmt}: else Woo reads {@code after} in the shop's time zone), oldest
     * first so that a page does not shift while orders arrive during the read.
     */
    static String listQuery(List<String> statuses, LocalDate since, int perPage, int page) {
        StringBuilder query = new StringBuilder();
        if (!statuses.isEmpty()) {
            query.append("status=").append(encode(String.join(",", statuses))).append('&');
        }
        query.append("after=").append(encode(since + "T00:00:00")).append("&dates_are_gmt=true")
                .append("&per_page=").append(perPage).append("&page=").append(page)
                .append("&orderby=date&order=asc");
        return query.toString();
    }

    /** A Woo order id is a positive whole number: anything else must not lead a call elsewhere at the shop. */
    static boolean isOrderId(String id) {
        return id != null && id.matches("[1-9][0-9]{0,18}");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
