package io.printrelay.order;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A shipping, customer or return address, with Order Desk's field names. Absent fields read as "". */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Address(String firstName, String lastName, String company, String address1, String address2,
                      String address3, String address4, String city, String state, String postalCode,
                      String country, String phone) {

    public Address {
        firstName = orEmpty(firstName);
        lastName = orEmpty(lastName);
        company = orEmpty(company);
        address1 = orEmpty(address1);
        address2 = orEmpty(address2);
        address3 = orEmpty(address3);
        address4 = orEmpty(address4);
        city = orEmpty(city);
        state = orEmpty(state);
        postalCode = orEmpty(postalCode);
        country = orEmpty(country);
        phone = orEmpty(phone);
    }

    public static Address empty() {
        return new Address(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Order Desk accepts an address that carries a person's name or a company; anything else is not one. */
    @JsonIgnore
    public boolean hasNameOrCompany() {
        return !firstName.isBlank() || !lastName.isBlank() || !company.isBlank();
    }

    /** True when no field at all was given, so the other address of the order can stand in for it. */
    @JsonIgnore
    public boolean isBlank() {
        return this.equals(empty());
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
