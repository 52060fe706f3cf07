package io.printrelay.order;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

import java.math.BigDecimal;

/** A shipment of an order: the tracking number is what makes it unique within the order. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"id", "tracking_number", "carrier_code", "shipment_method", "tracking_url", "weight", "cost",
        "status", "date_shipped"})
public class Shipment {

    @JsonSerialize(using = ToStringSerializer.class)
    private Long id;
    private String trackingNumber;
    private String carrierCode;
    private String shipmentMethod;
    private String trackingUrl;
    private BigDecimal weight;
    private BigDecimal cost;
    private String status;
    private String dateShipped;

    public Shipment() {
    }

    public Shipment(String trackingNumber, String carrierCode, String shipmentMethod, String trackingUrl) {
        this.trackingNumber = trackingNumber;
        this.carrierCode = carrierCode;
        this.shipmentMethod = shipmentMethod;
        this.trackingUrl = trackingUrl;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getTrackingNumber() { return trackingNumber; }
    public void setTrackingNumber(String trackingNumber) { this.trackingNumber = trackingNumber; }
    public String getCarrierCode() { return carrierCode; }
    public void setCarrierCode(String carrierCode) { this.carrierCode = carrierCode; }
    public String getShipmentMethod() { return shipmentMethod; }
    public void setShipmentMethod(String shipmentMethod) { this.shipmentMethod = shipmentMethod; }
    public String getTrackingUrl() { return trackingUrl; }
    public void setTrackingUrl(String trackingUrl) { this.trackingUrl = trackingUrl; }
    public BigDecimal getWeight() { return weight; }
    public void setWeight(BigDecimal weight) { this.weight = weight; }
    public BigDecimal getCost() { return cost; }
    public void setCost(BigDecimal cost) { this.cost = cost; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getDateShipped() { return dateShipped; }
    public void setDateShipped(String dateShipped) { this.dateShipped = dateShipped; }
}
