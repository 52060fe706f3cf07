package io.printrelay.order;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** One line of an order. {@code variation_list} and {@code metadata} are kept exactly as given. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"id", "name", "price", "quantity", "weight", "code", "delivery_type", "category_code",
        "variation_list", "metadata"})
public class OrderItem {

    @JsonSerialize(using = ToStringSerializer.class)
    private Long id;
    private String name;
    private BigDecimal price;
    private Integer quantity;
    private BigDecimal weight;
    private String code;
    private String deliveryType;
    private String categoryCode;
    private Map<String, Object> variationList = new LinkedHashMap<>();
    private Map<String, Object> metadata = new LinkedHashMap<>();

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public BigDecimal getPrice() { return price; }
    public void setPrice(BigDecimal price) { this.price = price; }
    public Integer getQuantity() { return quantity; }
    public void setQuantity(Integer quantity) { this.quantity = quantity; }
    public BigDecimal getWeight() { return weight; }
    public void setWeight(BigDecimal weight) { this.weight = weight; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getDeliveryType() { return deliveryType; }
    public void setDeliveryType(String deliveryType) { this.deliveryType = deliveryType; }
    public String getCategoryCode() { return categoryCode; }
    public void setCategoryCode(String categoryCode) { this.categoryCode = categoryCode; }
    public Map<String, Object> getVariationList() { return variationList; }
    public void setVariationList(Map<String, Object> variationList) {
        this.variationList = variationList == null ? new LinkedHashMap<>() : variationList;
    }
    public Map<String, Object> getMetadata() { return metadata; }
    public void setMetadata(Map<String, Object> metadata) {
        this.metadata = metadata == null ? new LinkedHashMap<>() : metadata;
    }
}
