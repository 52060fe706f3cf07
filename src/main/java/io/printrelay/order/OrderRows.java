package io.printrelay.order;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Column lists and row mappers of the order store's tables, shared by its owners in this package. */
final class OrderRows {

    static final String ORDER_COLUMNS = "order_number, source_name, source_id, email, customer_id, shipping_method,"
            + " quantity_total, weight_total, product_total, shipping_total, handling_total, tax_total,"
            + " discount_total, order_total, payment_type, payment_status, ip_address, fulfillment_name,"
            + " fulfillment_id, folder_id, shipping_json, customer_json, return_address_json,"
            + " checkout_data_json, order_metadata_json, date_added, date_updated, cc_number_masked, cc_exp,"
            + " processor_response, processor_balance, refund_total, email_count, tag_color, tag_name,"
            + " discount_list_json, order_notes_json";
    static final String ORDER_VALUES = ":orderNumber, :sourceName, :sourceId, :email, :customerId, :shippingMethod,"
            + " :quantityTotal, :weightTotal, :productTotal, :shippingTotal, :handlingTotal, :taxTotal,"
            + " :discountTotal, :orderTotal, :paymentType, :paymentStatus, :ipAddress, :fulfillmentName,"
            + " :fulfillmentId, :folderId, :shippingJson, :customerJson, :returnAddressJson,"
            + " :checkoutDataJson, :orderMetadataJson, :dateAdded, :dateUpdated, :ccNumberMasked, :ccExp,"
            + " :processorResponse, :processorBalance, :refundTotal, :emailCount, :tagColor, :tagName,"
            + " :discountListJson, :orderNotesJson";
    static final String ORDER_ASSIGNMENTS = assignments(ORDER_COLUMNS, ORDER_VALUES);

    /** A note or a shipment changes its order: they move its date_updated (the sweep and modified_* read it). */
    static final String TOUCH_ORDER = "UPDATE orders SET date_updated = :now WHERE id = :orderId";

    static final String ITEM_COLUMNS = "code, name, price, quantity, weight, delivery_type, variation_list_json,"
            + " metadata_json, category_code";
    static final String ITEM_VALUES = ":code, :name, :price, :quantity, :weight, :deliveryType,"
            + " :variationListJson, :metadataJson, :categoryCode";
    static final String ITEM_ASSIGNMENTS = assignments(ITEM_COLUMNS, ITEM_VALUES);

    static final String SHIPMENT_COLUMNS = "tracking_number, carrier_code, shipment_method, tracking_url, weight,"
            + " cost, status, date_shipped";
    static final String SHIPMENT_VALUES = ":trackingNumber, :carrierCode, :shipmentMethod, :trackingUrl, :weight,"
            + " :cost, :status, :dateShipped";
    static final String SHIPMENT_ASSIGNMENTS = assignments(SHIPMENT_COLUMNS, SHIPMENT_VALUES);

    static final String INVENTORY_COLUMNS = "code, name, price, cost, weight, stock, location, metadata_json";
    static final String INVENTORY_VALUES = ":code, :name, :price, :cost, :weight, :stock, :location, :metadataJson";
    static final String INVENTORY_ASSIGNMENTS = assignments(INVENTORY_COLUMNS, INVENTORY_VALUES);

    private final JsonText json;

    OrderRows(JsonText json) {
        this.json = json;
    }

    Order order(ResultSet rs, int row) throws SQLException {
        Order order = new Order();
        order.setId(rs.getLong("id"));
        order.setOrderNumber(rs.getString("order_number"));
        order.setSourceName(rs.getString("source_name"));
        order.setSourceId(rs.getString("source_id"));
        order.setEmail(rs.getString("email"));
        order.setCustomerId(rs.getString("customer_id"));
        order.setShippingMethod(rs.getString("shipping_method"));
        order.setQuantityTotal(rs.getInt("quantity_total"));
        order.setWeightTotal(number(rs, "weight_total"));
        order.setProductTotal(number(rs, "product_total"));
        order.setShippingTotal(number(rs, "shipping_total"));
        order.setHandlingTotal(number(rs, "handling_total"));
        order.setTaxTotal(number(rs, "tax_total"));
        order.setDiscountTotal(number(rs, "discount_total"));
        order.setOrderTotal(number(rs, "order_total"));
        order.setCcNumberMasked(rs.getString("cc_number_masked"));
        order.setCcExp(rs.getString("cc_exp"));
        order.setProcessorResponse(rs.getString("processor_response"));
        order.setPaymentType(rs.getString("payment_type"));
        order.setPaymentStatus(rs.getString("payment_status"));
        order.setProcessorBalance(number(rs, "processor_balance"));
        order.setRefundTotal(number(rs, "refund_total"));
        int emailCount = rs.getInt("email_count");
        order.setEmailCount(rs.wasNull() ? null : emailCount);
        order.setIpAddress(rs.getString("ip_address"));
        order.setTagColor(rs.getString("tag_color"));
        order.setTagName(rs.getString("tag_name"));
        order.setFulfillmentName(rs.getString("fulfillment_name"));
        order.setFulfillmentId(rs.getString("fulfillment_id"));
        order.setDiscountList(json.readList(rs.getString("discount_list_json"), Discount.class));
        order.setOrderNotes(orderNotes(rs));
        order.setFolderId(rs.getLong("folder_id"));
        order.setShipping(json.readAddress(rs.getString("shipping_json")));
        order.setCustomer(json.readAddress(rs.getString("customer_json")));
        String returnAddress = rs.getString("return_address_json");
        order.setReturnAddress(returnAddress == null ? null : json.read(returnAddress, ReturnAddress.class));
        order.setCheckoutData(json.readMap(rs.getString("checkout_data_json")));
        order.setOrderMetadata(json.readMap(rs.getString("order_metadata_json")));
        order.setDateAdded(rs.getObject("date_added", LocalDateTime.class));
        order.setDateUpdated(rs.getObject("date_updated", LocalDateTime.class));
        return order;
    }

    OrderItem item(ResultSet rs, int row) throws SQLException {
        OrderItem item = new OrderItem();
        item.setId(rs.getLong("id"));
        item.setCode(rs.getString("code"));
        item.setName(rs.getString("name"));
        item.setPrice(number(rs, "price"));
        int quantity = rs.getInt("quantity");
        item.setQuantity(rs.wasNull() ? null : quantity);
        item.setWeight(number(rs, "weight"));
        item.setDeliveryType(rs.getString("delivery_type"));
        item.setCategoryCode(rs.getString("category_code"));
        item.setVariationList(json.readMap(rs.getString("variation_list_json")));
        item.setMetadata(json.readMap(rs.getString("metadata_json")));
        return item;
    }

    /** The notes list; an order stored before notes were a list kept them as one string: that is one note. */
    private List<OrderNote> orderNotes(ResultSet rs) throws SQLException {
        String notes = rs.getString("order_notes_json");
        if (notes != null) {
            return json.readList(notes, OrderNote.class);
        }
        String legacy = rs.getString("order_notes");
        return legacy == null || legacy.isBlank() ? new ArrayList<>() : new ArrayList<>(List.of(OrderNote.ofText(legacy)));
    }

    static Shipment shipment(ResultSet rs, int row) throws SQLException {
        Shipment shipment = new Shipment();
        shipment.setId(rs.getLong("id"));
        shipment.setTrackingNumber(rs.getString("tracking_number"));
        shipment.setCarrierCode(rs.getString("carrier_code"));
        shipment.setShipmentMethod(rs.getString("shipment_method"));
        shipment.setTrackingUrl(rs.getString("tracking_url"));
        shipment.setWeight(number(rs, "weight"));
        shipment.setCost(number(rs, "cost"));
        shipment.setStatus(rs.getString("status"));
        shipment.setDateShipped(rs.getString("date_shipped"));
        return shipment;
    }

    static HistoryNote history(ResultSet rs, int row) throws SQLException {
        return new HistoryNote(rs.getString("source_name"), rs.getString("note"),
                rs.getObject("date_added", LocalDateTime.class));
    }

    InventoryItem inventoryItem(ResultSet rs, int row) throws SQLException {
        InventoryItem item = new InventoryItem();
        item.setId(rs.getLong("id"));
        item.setCode(rs.getString("code"));
        item.setName(rs.getString("name"));
        item.setPrice(number(rs, "price"));
        item.setCost(number(rs, "cost"));
        item.setWeight(number(rs, "weight"));
        int stock = rs.getInt("stock");
        item.setStock(rs.wasNull() ? null : stock);
        item.setLocation(rs.getString("location"));
        item.setMetadata(json.readMap(rs.getString("metadata_json")));
        item.setDateAdded(rs.getObject("date_added", LocalDateTime.class));
        item.setDateUpdated(rs.getObject("date_updated", LocalDateTime.class));
        return item;
    }

    MapSqlParameterSource orderParams(Order order, long folderId, LocalDateTime now) {
        return new MapSqlParameterSource()
                .addValue("orderNumber", order.getOrderNumber())
                .addValue("sourceName", order.getSourceName())
                .addValue("sourceId", blankToNull(order.getSourceId()))
                .addValue("email", order.getEmail())
                .addValue("customerId", order.getCustomerId())
                .addValue("shippingMethod", order.getShippingMethod())
                .addValue("quantityTotal", order.countItemUnits())
                .addValue("weightTotal", order.getWeightTotal())
                .addValue("productTotal", order.getProductTotal())
                .addValue("shippingTotal", order.getShippingTotal())
                .addValue("handlingTotal", order.getHandlingTotal())
                .addValue("taxTotal", order.getTaxTotal())
                .addValue("discountTotal", order.getDiscountTotal())
                .addValue("orderTotal", order.getOrderTotal())
                .addValue("ccNumberMasked", order.getCcNumberMasked())
                .addValue("ccExp", order.getCcExp())
                .addValue("processorResponse", order.getProcessorResponse())
                .addValue("paymentType", order.getPaymentType())
                .addValue("paymentStatus", order.getPaymentStatus())
                .addValue("processorBalance", order.getProcessorBalance())
                .addValue("refundTotal", order.getRefundTotal())
                .addValue("emailCount", order.getEmailCount())
                .addValue("ipAddress", order.getIpAddress())
                .addValue("tagColor", order.getTagColor())
                .addValue("tagName", order.getTagName())
                .addValue("fulfillmentName", order.getFulfillmentName())
                .addValue("fulfillmentId", order.getFulfillmentId())
                .addValue("discountListJson", json.write(order.getDiscountList()))
                .addValue("orderNotesJson", json.write(order.getOrderNotes()))
                .addValue("folderId", folderId)
                .addValue("shippingJson", json.write(order.getShipping()))
                .addValue("customerJson", json.write(order.getCustomer()))
                .addValue("returnAddressJson", json.write(order.getReturnAddress()))
                .addValue("checkoutDataJson", json.write(order.getCheckoutData()))
                .addValue("orderMetadataJson", json.write(order.getOrderMetadata()))
                .addValue("dateAdded", order.getDateAdded() == null ? now : order.getDateAdded())
                .addValue("dateUpdated", now);
    }

    MapSqlParameterSource itemParams(OrderItem item) {
        return new MapSqlParameterSource()
                .addValue("code", item.getCode())
                .addValue("name", item.getName())
                .addValue("price", item.getPrice())
                .addValue("quantity", item.getQuantity())
                .addValue("weight", item.getWeight())
                .addValue("deliveryType", item.getDeliveryType())
                .addValue("categoryCode", item.getCategoryCode())
                .addValue("variationListJson", json.write(item.getVariationList()))
                .addValue("metadataJson", json.write(item.getMetadata()));
    }

    /** DECIMAL columns pad with zeros (10 reads as 10.00); give back the number as it was written. */
    private static BigDecimal number(ResultSet rs, String column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String assignments(String columns, String values) {
        String[] c = columns.split(",");
        String[] v = values.split(",");
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < c.length; i++) {
            sql.append(i == 0 ? "" : ", ").append(c[i].trim()).append(" = ").append(v[i].trim());
        }
        return sql.toString();
    }
}
