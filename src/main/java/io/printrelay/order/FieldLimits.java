package io.printrelay.order;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The longest value each field of the order store may hold: its column size (db/migration). String maps are
 * stored as JSON text and measured as such; an address is stored as JSON too, and each of its fields may hold
 * {@value #ADDRESS_FIELD} characters, which keeps any address within its 20,000-character column.
 */
final class FieldLimits {

    /** A field the way the JSON names it, its limit, how to read it and, for imports, how to cut it to fit. */
    record Limit<T>(String field, int max, boolean json, Function<T, Object> value, BiConsumer<T, String> cut) {
    }

    static final int ADDRESS_FIELD = 255;
    static final int JSON_MAP = 1_000_000;

    static final List<Limit<Order>> ORDER = List.of(
            text("order_number", 255, Order::getOrderNumber, Order::setOrderNumber),
            text("source_id", 255, Order::getSourceId, Order::setSourceId),
            text("source_name", 100, Order::getSourceName, Order::setSourceName),
            text("email", 320, Order::getEmail, Order::setEmail),
            text("customer_id", 255, Order::getCustomerId, Order::setCustomerId),
            text("shipping_method", 255, Order::getShippingMethod, Order::setShippingMethod),
            text("payment_type", 100, Order::getPaymentType, Order::setPaymentType),
            text("payment_status", 100, Order::getPaymentStatus, Order::setPaymentStatus),
            text("ip_address", 64, Order::getIpAddress, Order::setIpAddress),
            text("fulfillment_name", 255, Order::getFulfillmentName, Order::setFulfillmentName),
            text("fulfillment_id", 255, Order::getFulfillmentId, Order::setFulfillmentId),
            text("cc_number_masked", 64, Order::getCcNumberMasked, Order::setCcNumberMasked),
            text("cc_exp", 20, Order::getCcExp, Order::setCcExp),
            text("processor_response", 1000, Order::getProcessorResponse, Order::setProcessorResponse),
            text("tag_color", 50, Order::getTagColor, Order::setTagColor),
            text("tag_name", 255, Order::getTagName, Order::setTagName),
            json("checkout_data", Order::getCheckoutData),
            json("order_metadata", Order::getOrderMetadata),
            new Limit<>("discount_list", 100_000, true, Order::getDiscountList, null),
            json("order_notes", Order::getOrderNotes));

    static final List<Limit<ReturnAddress>> RETURN_ADDRESS = List.of(
            text("title", ADDRESS_FIELD, ReturnAddress::title, null),
            text("name", ADDRESS_FIELD, ReturnAddress::name, null),
            text("company", ADDRESS_FIELD, ReturnAddress::company, null),
            text("address1", ADDRESS_FIELD, ReturnAddress::address1, null),
            text("address2", ADDRESS_FIELD, ReturnAddress::address2, null),
            text("city", ADDRESS_FIELD, ReturnAddress::city, null),
            text("state", ADDRESS_FIELD, ReturnAddress::state, null),
            text("postal_code", ADDRESS_FIELD, ReturnAddress::postalCode, null),
            text("country", ADDRESS_FIELD, ReturnAddress::country, null),
            text("phone", ADDRESS_FIELD, ReturnAddress::phone, null));

    static final List<Limit<Address>> ADDRESS = List.of(
            text("first_name", ADDRESS_FIELD, Address::firstName, null),
            text("last_name", ADDRESS_FIELD, Address::lastName, null),
            text("company", ADDRESS_FIELD, Address::company, null),
            text("address1", ADDRESS_FIELD, Address::address1, null),
            text("address2", ADDRESS_FIELD, Address::address2, null),
            text("address3", ADDRESS_FIELD, Address::address3, null),
            text("address4", ADDRESS_FIELD, Address::address4, null),
            text("city", ADDRESS_FIELD, Address::city, null),
            text("state", ADDRESS_FIELD, Address::state, null),
            text("postal_code", ADDRESS_FIELD, Address::postalCode, null),
            text("country", ADDRESS_FIELD, Address::country, null),
            text("phone", ADDRESS_FIELD, Address::phone, null));

    static final List<Limit<OrderItem>> ITEM = List.of(
            text("name", 1000, OrderItem::getName, OrderItem::setName),
            text("code", 255, OrderItem::getCode, OrderItem::setCode),
            text("delivery_type", 50, OrderItem::getDeliveryType, OrderItem::setDeliveryType),
            text("category_code", 255, OrderItem::getCategoryCode, OrderItem::setCategoryCode),
            json("variation_list", OrderItem::getVariationList),
            json("metadata", OrderItem::getMetadata));

    static final List<Limit<Shipment>> SHIPMENT = List.of(
            text("tracking_number", 255, Shipment::getTrackingNumber, Shipment::setTrackingNumber),
            text("carrier_code", 100, Shipment::getCarrierCode, Shipment::setCarrierCode),
            text("shipment_method", 255, Shipment::getShipmentMethod, Shipment::setShipmentMethod),
            text("tracking_url", 2000, Shipment::getTrackingUrl, Shipment::setTrackingUrl),
            text("status", 100, Shipment::getStatus, Shipment::setStatus),
            text("date_shipped", 30, Shipment::getDateShipped, Shipment::setDateShipped));

    static final List<Limit<InventoryItem>> INVENTORY_ITEM = List.of(
            text("name", 1000, InventoryItem::getName, InventoryItem::setName),
            text("code", 255, InventoryItem::getCode, InventoryItem::setCode),
            text("location", 255, InventoryItem::getLocation, InventoryItem::setLocation),
            json("metadata", InventoryItem::getMetadata));

    /** order_history: {@code note}, {@code source_name}. */
    static final int HISTORY_NOTE = 10_000;
    static final int HISTORY_SOURCE = 100;

    private FieldLimits() {
    }

    /** An address whose every field fits: what an import keeps (in Errors) of an address that did not. */
    static Address cut(Address a) {
        return a == null ? null : new Address(cut(a.firstName()), cut(a.lastName()), cut(a.company()),
                cut(a.address1()), cut(a.address2()), cut(a.address3()), cut(a.address4()), cut(a.city()),
                cut(a.state()), cut(a.postalCode()), cut(a.country()), cut(a.phone()));
    }

    static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    static ReturnAddress cut(ReturnAddress a) {
        return a == null ? null : new ReturnAddress(cut(a.title()), cut(a.name()), cut(a.company()),
                cut(a.address1()), cut(a.address2()), cut(a.city()), cut(a.state()), cut(a.postalCode()),
                cut(a.country()), cut(a.phone()));
    }

    private static String cut(String value) {
        return cut(value, ADDRESS_FIELD);
    }

    private static <T> Limit<T> text(String field, int max, Function<T, String> value, BiConsumer<T, String> cut) {
        return new Limit<>(field, max, false, value::apply, cut);
    }

    private static <T> Limit<T> json(String field, Function<T, Object> value) {
        return new Limit<>(field, JSON_MAP, true, value, null);
    }
}
