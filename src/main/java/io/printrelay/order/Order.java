package io.printrelay.order;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An order in Order Desk's shape, so that Order Desk clients read and write it unchanged.
 * {@code checkout_data} and {@code order_metadata} are kept exactly as given (keys with spaces, unicode, value types).
 * A card number is never kept: {@code cc_number} on input becomes {@code cc_number_masked}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"id", "order_number", "source_id", "source_name", "email", "customer_id", "shipping_method",
        "quantity_total", "weight_total", "product_total", "shipping_total", "handling_total", "tax_total",
        "discount_total", "order_total", "cc_number_masked", "cc_exp", "processor_response", "payment_type",
        "payment_status", "processor_balance", "refund_total", "email_count", "ip_address", "tag_color",
        "tag_name", "fulfillment_name", "fulfillment_id", "folder_id", "date_added", "date_updated", "shipping",
        "customer", "return_address", "checkout_data", "order_metadata", "discount_list", "order_notes",
        "order_items", "order_shipments", "order_history"})
public class Order {

    @JsonSerialize(using = ToStringSerializer.class)
    private Long id;
    private String orderNumber;
    private String sourceId;
    private String sourceName;
    private String email;
    private String customerId;
    private String shippingMethod;
    private Integer quantityTotal;
    private BigDecimal weightTotal;
    private BigDecimal productTotal;
    private BigDecimal shippingTotal;
    private BigDecimal handlingTotal;
    private BigDecimal taxTotal;
    private BigDecimal discountTotal;
    private BigDecimal orderTotal;
    private String ccNumberMasked;
    private String ccExp;
    private String processorResponse;
    private String paymentType;
    private String paymentStatus;
    private BigDecimal processorBalance;
    private BigDecimal refundTotal;
    private Integer emailCount;
    private String ipAddress;
    private String tagColor;
    private String tagName;
    private String fulfillmentName;
    private String fulfillmentId;
    private Long folderId;
    @JsonFormat(pattern = OrderDates.PATTERN)
    private LocalDateTime dateAdded;
    @JsonFormat(pattern = OrderDates.PATTERN)
    private LocalDateTime dateUpdated;
    private Address shipping;
    private Address customer;
    private ReturnAddress returnAddress;
    private Map<String, Object> checkoutData = new LinkedHashMap<>();
    private Map<String, Object> orderMetadata = new LinkedHashMap<>();
    private List<Discount> discountList = new ArrayList<>();
    private List<OrderNote> orderNotes = new ArrayList<>();
    private List<OrderItem> orderItems = new ArrayList<>();
    private List<Shipment> orderShipments = new ArrayList<>();
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private List<HistoryNote> orderHistory;

    /** The sum of the item quantities, as Order Desk reports it. */
    public int countItemUnits() {
        return orderItems.stream().mapToInt(item -> item.getQuantity() == null ? 0 : item.getQuantity()).sum();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    /** The number people know the order by (a source's own order number with its Order Prefix). */
    public String getOrderNumber() { return orderNumber; }
    public void setOrderNumber(String orderNumber) { this.orderNumber = orderNumber; }
    public String getSourceId() { return sourceId; }
    public void setSourceId(String sourceId) { this.sourceId = sourceId; }
    public String getSourceName() { return sourceName; }
    public void setSourceName(String sourceName) { this.sourceName = sourceName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getCustomerId() { return customerId; }
    public void setCustomerId(String customerId) { this.customerId = customerId; }
    public String getShippingMethod() { return shippingMethod; }
    public void setShippingMethod(String shippingMethod) { this.shippingMethod = shippingMethod; }
    public Integer getQuantityTotal() { return quantityTotal; }
    public void setQuantityTotal(Integer quantityTotal) { this.quantityTotal = quantityTotal; }
    public BigDecimal getWeightTotal() { return weightTotal; }
    public void setWeightTotal(BigDecimal weightTotal) { this.weightTotal = weightTotal; }
    public BigDecimal getProductTotal() { return productTotal; }
    public void setProductTotal(BigDecimal productTotal) { this.productTotal = productTotal; }
    public BigDecimal getShippingTotal() { return shippingTotal; }
    public void setShippingTotal(BigDecimal shippingTotal) { this.shippingTotal = shippingTotal; }
    public BigDecimal getHandlingTotal() { return handlingTotal; }
    public void setHandlingTotal(BigDecimal handlingTotal) { this.handlingTotal = handlingTotal; }
    public BigDecimal getTaxTotal() { return taxTotal; }
    public void setTaxTotal(BigDecimal taxTotal) { this.taxTotal = taxTotal; }
    public BigDecimal getDiscountTotal() { return discountTotal; }
    public void setDiscountTotal(BigDecimal discountTotal) { this.discountTotal = discountTotal; }
    public BigDecimal getOrderTotal() { return orderTotal; }
    public void setOrderTotal(BigDecimal orderTotal) { this.orderTotal = orderTotal; }
    public String getCcNumberMasked() { return ccNumberMasked; }
    public void setCcNumberMasked(String ccNumberMasked) { this.ccNumberMasked = CardNumbers.mask(ccNumberMasked); }
    /** Input only: a client's full card number, of which only the masked last four digits are kept. */
    @JsonProperty(value = "cc_number", access = JsonProperty.Access.WRITE_ONLY)
    public void setCcNumber(String ccNumber) {
        String masked = CardNumbers.maskedFromFullNumber(ccNumber);
        if (masked != null) {
            this.ccNumberMasked = masked;
        }
    }
    public String getCcExp() { return ccExp; }
    public void setCcExp(String ccExp) { this.ccExp = ccExp; }
    public String getProcessorResponse() { return processorResponse; }
    public void setProcessorResponse(String processorResponse) { this.processorResponse = processorResponse; }
    public String getPaymentType() { return paymentType; }
    public void setPaymentType(String paymentType) { this.paymentType = paymentType; }
    public String getPaymentStatus() { return paymentStatus; }
    public void setPaymentStatus(String paymentStatus) { this.paymentStatus = paymentStatus; }
    public BigDecimal getProcessorBalance() { return processorBalance; }
    public void setProcessorBalance(BigDecimal processorBalance) { this.processorBalance = processorBalance; }
    public BigDecimal getRefundTotal() { return refundTotal; }
    public void setRefundTotal(BigDecimal refundTotal) { this.refundTotal = refundTotal; }
    public Integer getEmailCount() { return emailCount; }
    public void setEmailCount(Integer emailCount) { this.emailCount = emailCount; }
    public String getIpAddress() { return ipAddress; }
    public void setIpAddress(String ipAddress) { this.ipAddress = ipAddress; }
    public String getTagColor() { return tagColor; }
    public void setTagColor(String tagColor) { this.tagColor = tagColor; }
    public String getTagName() { return tagName; }
    public void setTagName(String tagName) { this.tagName = tagName; }
    public String getFulfillmentName() { return fulfillmentName; }
    public void setFulfillmentName(String fulfillmentName) { this.fulfillmentName = fulfillmentName; }
    public String getFulfillmentId() { return fulfillmentId; }
    public void setFulfillmentId(String fulfillmentId) { this.fulfillmentId = fulfillmentId; }
    public Long getFolderId() { return folderId; }
    public void setFolderId(Long folderId) { this.folderId = folderId; }
    public LocalDateTime getDateAdded() { return dateAdded; }
    public void setDateAdded(LocalDateTime dateAdded) { this.dateAdded = dateAdded; }
    public LocalDateTime getDateUpdated() { return dateUpdated; }
    public void setDateUpdated(LocalDateTime dateUpdated) { this.dateUpdated = dateUpdated; }
    public Address getShipping() { return shipping; }
    public void setShipping(Address shipping) { this.shipping = shipping; }
    public Address getCustomer() { return customer; }
    public void setCustomer(Address customer) { this.customer = customer; }
    public ReturnAddress getReturnAddress() { return returnAddress; }
    public void setReturnAddress(ReturnAddress returnAddress) { this.returnAddress = returnAddress; }
    public Map<String, Object> getCheckoutData() { return checkoutData; }
    public void setCheckoutData(Map<String, Object> checkoutData) {
        this.checkoutData = checkoutData == null ? new LinkedHashMap<>() : checkoutData;
    }
    public Map<String, Object> getOrderMetadata() { return orderMetadata; }
    public void setOrderMetadata(Map<String, Object> orderMetadata) {
        this.orderMetadata = orderMetadata == null ? new LinkedHashMap<>() : orderMetadata;
    }
    public List<Discount> getDiscountList() { return discountList; }
    public void setDiscountList(List<Discount> discountList) {
        this.discountList = discountList == null ? new ArrayList<>() : new ArrayList<>(discountList);
        this.discountList.removeIf(java.util.Objects::isNull);
    }
    public List<OrderNote> getOrderNotes() { return orderNotes; }
    /** A list of notes, or (older clients) one string; empty notes are dropped. */
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
    public void setOrderNotes(List<OrderNote> orderNotes) {
        this.orderNotes = orderNotes == null ? new ArrayList<>() : new ArrayList<>(orderNotes);
        this.orderNotes.removeIf(note -> note == null || note.isEmpty());
    }
    public List<OrderItem> getOrderItems() { return orderItems; }
    public void setOrderItems(List<OrderItem> orderItems) {
        this.orderItems = orderItems == null ? new ArrayList<>() : orderItems;
    }
    public List<Shipment> getOrderShipments() { return orderShipments; }
    public void setOrderShipments(List<Shipment> orderShipments) {
        this.orderShipments = orderShipments == null ? new ArrayList<>() : orderShipments;
    }
    public List<HistoryNote> getOrderHistory() { return orderHistory; }
    public void setOrderHistory(List<HistoryNote> orderHistory) { this.orderHistory = orderHistory; }
}
