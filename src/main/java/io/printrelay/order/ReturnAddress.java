package io.printrelay.order;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Order Desk's {@code return_address}: unlike the shipping and customer addresses it has a {@code title} (the
 * store's name as printed on the label) and one {@code name}, not first and last names. Absent fields read as "".
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"title", "name", "company", "address1", "address2", "city", "state", "postal_code", "country",
        "phone"})
public record ReturnAddress(String title, String name, String company, String address1, String address2,
                            String city, String state, String postalCode, String country, String phone) {

    public ReturnAddress {
        title = orEmpty(title);
        name = orEmpty(name);
        company = orEmpty(company);
        address1 = orEmpty(address1);
        address2 = orEmpty(address2);
        city = orEmpty(city);
        state = orEmpty(state);
        postalCode = orEmpty(postalCode);
        country = orEmpty(country);
        phone = orEmpty(phone);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
