package io.printrelay;

import java.util.UUID;

/** Order JSON as an Order Desk client would post it, for tests across packages. */
public final class TestOrders {

    private TestOrders() {
    }

    /** A valid order with the given source id; extra fields and items (JSON fragments) are optional. */
    public static String json(String sourceId, String extraFields, String items) {
        return "{\"source_id\":\"" + sourceId + "\","
                + (extraFields == null ? "" : extraFields + ",")
                + "\"shipping\":{\"first_name\":\"Jimmy\",\"last_name\":\"Dean\",\"address1\":\"800 Emmet St\","
                + "\"city\":\"Nashville\",\"state\":\"TN\",\"postal_code\":\"37203\",\"country\":\"US\"},"
                + "\"order_items\":[" + (items == null ? "{\"name\":\"Business cards\",\"code\":\"bc\",\"quantity\":1}"
                : items) + "]}";
    }

    public static String unique() {
        return UUID.randomUUID().toString();
    }
}
