package io.printrelay.connector.podos;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Everything PrintRelay assumes about podOS's API beyond what is public (listed in the README): the paths, query
 * parameters and field names of the order listing and the fulfilment call. Public: the base URL, the
 * {@code ?project=} parameter, the token in the Authorization header, {@code pageToken}/{@code nextPageToken}.
 */
public final class PodosApi {

    public static final String PRODUCTION = "https://api.podos.io/v1";

    // listing: GET /orders?project=&status=&createdAfter=&pageToken= -> {"orders":[…],"nextPageToken":…}
    static final String ORDERS = "/orders";
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

    // fulfilment: POST /orders/{id}/fulfilments?project= {"trackingNumber","carrier","trackingUrl","items":[{id,quantity}]}
    static final String FULFILMENTS = "/fulfilments";
    static final String ORDER_FULFILMENTS = "fulfilments";
    static final String TRACKING_NUMBER = "trackingNumber";
    static final String CARRIER = "carrier";
    static final String TRACKING_URL = "trackingUrl";

    private PodosApi() {
    }

    static String listUrl(String base, String project, List<String> statuses, String createdAfter, String pageToken) {
        StringBuilder url = new StringBuilder(base).append(ORDERS).append("?project=").append(encode(project));
        for (String status : statuses) {
            url.append("&status=").append(encode(status));
        }
        if (createdAfter != null) {
            url.append("&createdAfter=").append(encode(createdAfter));
        }
        if (pageToken != null) {
            url.append("&pageToken=").append(encode(pageToken));
        }
        return url.toString();
    }

    static String orderUrl(String base, String project, String podosOrderId) {
        return base + ORDERS + "/" + encode(podosOrderId) + "?project=" + encode(project);
    }

    static String fulfilmentUrl(String base, String project, String podosOrderId) {
        return base + ORDERS + "/" + encode(podosOrderId) + FULFILMENTS + "?project=" + encode(project);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
