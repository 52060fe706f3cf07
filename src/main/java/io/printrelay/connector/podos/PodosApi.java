package io.printrelay.connector.podos;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Everything PrintRelay assumes about podOS's API beyond what is public (listed in the README): the paths, query
 * parameters and field names of the order listing and the fulfilment call. Public: the base URL, the
 * {@code ?project=} parameter, the token in the Authorization header, {@code pageToken}/{@code nextPageToken}.
 * The calls themselves are the http endpoints of {@code routes/podos-import.camel.yaml} and
 * {@code routes/podos-tracking.camel.yaml}, on the paths named here.
 */
public final class PodosApi {

    public static final String PRODUCTION = "https://api.podos.io/v1";

    // listing: GET /orders?project=&status=&createdAfter=&pageToken= -> {"orders":[…],"nextPageToken":…}
    static final String PAGE_ORDERS = "orders";
    static final String PAGE_NEXT = "nextPageToken";

    // an order
    static final String ID = "id";
    static final String REF = "ref";
    static final String STATUS = "status";
    static final String CREATED_AT = "createdAt";
    static final String CONTACT = "contactInformation";
    static final String EMAIL = "email";
    static final String PHONE = "phone";
    static final String ADDRESS = "shippingAddress";
    static final String CONTACT_NAME = "contactName";
    static final String COMPANY = "company";
    static final String LINE1 = "line1";
    static final String LINE2 = "line2";
    static final String CITY = "city";
    static final String STATE = "state";
    static final String POSTAL_CODE = "postalCode";
    static final String COUNTRY = "country";
    static final String SHIPPING_METHOD = "shippingMethod";
    static final String SUBTOTAL = "subtotal";
    static final String SHIPPING_TOTAL = "shippingTotal";
    static final String TAX_TOTAL = "taxTotal";
    static final String TOTAL = "total";
    static final String ITEMS = "items";

    // an item
    static final String ITEM_ID = "id";
    static final String SKU = "sku";
    static final String NAME = "name";
    static final String QUANTITY = "quantity";
    static final String PRICE = "price";
    static final String PRINTS = "prints";
    static final String PRINT_URL = "url";
    static final String PRINT_LOCATION = "location";

    // one order: GET /orders/{id}?project= -> the order, with the fulfilments it has
    // fulfilment: POST /orders/{id}/fulfilments?project= {"trackingNumber","carrier","trackingUrl","items":[{id,quantity}]}
    static final String ORDER_FULFILMENTS = "fulfilments";
    static final String TRACKING_NUMBER = "trackingNumber";
    static final String CARRIER = "carrier";
    static final String TRACKING_URL = "trackingUrl";

    private PodosApi() {
    }

    /** The listing's query after the project: the statuses wanted, created after, the page after which to go on. */
    static String listQuery(List<String> statuses, String createdAfter, String pageToken) {
        StringBuilder query = new StringBuilder();
        for (String status : statuses) {
            query.append("&status=").append(encode(status));
        }
        if (createdAfter != null) {
            query.append("&createdAfter=").append(encode(createdAfter));
        }
        if (pageToken != null) {
            query.append("&pageToken=").append(encode(pageToken));
        }
        return query.isEmpty() ? "" : query.substring(1);
    }

    static String projectQuery(String project) {
        return "project=" + encode(project);
    }

    /**
     * Whether a podOS order id can stand in a URL path as it is: the http endpoint's path is not encoded again, and
     * an id that is not one plain segment must not lead the call (and the token) elsewhere at podOS.
     */
    static boolean isPlainOrderId(String podosOrderId) {
        return podosOrderId != null && podosOrderId.matches("[A-Za-z0-9_~-][A-Za-z0-9_.~-]*");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
