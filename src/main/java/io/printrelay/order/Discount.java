package io.printrelay.order;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.math.BigDecimal;

/** One line of Order Desk's {@code discount_list}: a coupon or promotion applied to the order. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"name", "code", "amount"})
public record Discount(String name, String code, BigDecimal amount) {
}
