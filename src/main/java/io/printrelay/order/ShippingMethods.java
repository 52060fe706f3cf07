package io.printrelay.order;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Objects;

/**
 * An order's shipping method, read alone: what a vendor's shipment needs for its mail class, without reading the
 * order and its items (one status poll records many shipments). Reads only; {@link OrderStore} writes the orders table.
 */
@Component
public class ShippingMethods {

    private final NamedParameterJdbcTemplate jdbc;

    public ShippingMethods(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The method the order was placed with; empty when the order is gone or has none. */
    public String of(long orderId) {
        return jdbc.queryForList("SELECT shipping_method FROM orders WHERE id = :id", Map.of("id", orderId),
                String.class).stream().filter(Objects::nonNull).findFirst().orElse("");
    }
}
