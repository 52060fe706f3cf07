package io.printrelay.connector.shopify;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;

/**
 * What PrintRelay asks Shopify's GraphQL Admin API, in one place: the endpoint's path, the documents of the order
 * listing, the order read before a fulfilment and the {@code fulfillmentCreate} mutation, and the search query of
 * the listing. The calls themselves are the http endpoints of {@code routes/shopify.camel.yaml}.
 */
public final class ShopifyApi {

    static final String THROTTLED = "THROTTLED";

    private static final String MONEY = "{ shopMoney { amount currencyCode } }";
    private static final String ADDRESS = "{ firstName lastName company address1 address2 city provinceCode zip"
            + " countryCodeV2 phone }";

    /** The fields of an order the reader reads (ShopifyOrderReader); the webhook's REST body has the same facts. */
    static final String ORDER_FIELDS = "id legacyResourceId name email createdAt displayFulfillmentStatus"
            + " customAttributes { key value }"
            + " shippingAddress " + ADDRESS + " billingAddress " + ADDRESS
            + " shippingLine { title code }"
            + " totalPriceSet " + MONEY + " subtotalPriceSet " + MONEY + " totalShippingPriceSet " + MONEY
            + " totalTaxSet " + MONEY
            + " lineItems(first: 100) { nodes { id sku name quantity variantTitle"
            + " originalUnitPriceSet " + MONEY + " customAttributes { key value }"
            + " variant { selectedOptions { name value } } } }";

    static final String ORDERS = "query PrintRelayOrders($first: Int!, $cursor: String, $query: String) {"
            + " orders(first: $first, after: $cursor, query: $query, sortKey: CREATED_AT) {"
            + " pageInfo { hasNextPage endCursor } nodes { " + ORDER_FIELDS + " } } }";

    private static final String FULFILLMENT_ORDERS = "fulfillmentOrders(first: 20) { nodes { id status"
            + " lineItems(first: 100) { nodes { id remainingQuantity lineItem { id } } } } }";

    /** A first attempt: what is left to fulfil. */
    static final String ORDER_TO_FULFIL = "query PrintRelayOrderToFulfil($id: ID!) { order(id: $id) { id name "
            + FULFILLMENT_ORDERS + " } }";

    /** A retry: also the fulfilments there already, by tracking number, so that none is created twice. */
    static final String ORDER_TO_FULFIL_AGAIN = "query PrintRelayOrderToFulfilAgain($id: ID!) { order(id: $id) {"
            + " id name fulfillments(first: 250) { id trackingInfo { number } } " + FULFILLMENT_ORDERS + " } }";

    static final String FULFILLMENT_CREATE = "mutation PrintRelayFulfillmentCreate($fulfillment: FulfillmentInput!,"
            + " $message: String) { fulfillmentCreate(fulfillment: $fulfillment, message: $message) {"
            + " fulfillment { id status trackingInfo { number url company } } userErrors { field message } } }";

    private ShopifyApi() {
    }

    static String graphqlPath(String apiVersion) {
        return "/admin/api/" + apiVersion + "/graphql.json";
    }

    static String orderGid(String numericId) {
        return "gid://shopify/Order/" + numericId;
    }

    /** The listing's search: created on or after the date, with the fulfillment statuses wanted (none: all). */
    static String ordersSearch(LocalDate createdFrom, List<String> fulfillmentStatuses) {
        StringBuilder search = new StringBuilder("created_at:>=" + createdFrom);
        if (fulfillmentStatuses.size() == 1) {
            search.append(" fulfillment_status:").append(fulfillmentStatuses.get(0));
        } else if (!fulfillmentStatuses.isEmpty()) {
            search.append(" (").append(String.join(" OR ", fulfillmentStatuses.stream()
                    .map(status -> "fulfillment_status:" + status).toList())).append(")");
        }
        return search.toString();
    }

    /** The number at the end of a gid ({@code gid://shopify/LineItem/42} is 42), or the text itself if plain. */
    static String numericId(String idOrGid) {
        if (idOrGid == null) {
            return "";
        }
        Matcher tail = java.util.regex.Pattern.compile("(\\d+)(\\?.*)?$").matcher(idOrGid.trim());
        return tail.find() ? tail.group(1) : "";
    }
}
