package io.printrelay.sandbox.podos;

/**
 * An order's {@code shippingAddress}, in podOS's field names; absent values read as empty strings.
 *
 * @param country ISO 3166-1 alpha-2 ({@code US}, {@code CA}, {@code GB})
 * @param state   the state or province code, empty where the country has none
 */
public record PodosAddress(String contactName, String company, String line1, String line2, String city,
                           String postalCode, String country, String state) {

    public PodosAddress {
        contactName = orEmpty(contactName);
        company = orEmpty(company);
        line1 = orEmpty(line1);
        line2 = orEmpty(line2);
        city = orEmpty(city);
        postalCode = orEmpty(postalCode);
        country = orEmpty(country);
        state = orEmpty(state);
    }

    public PodosAddress withCountry(String country) {
        return new PodosAddress(contactName, company, line1, line2, city, postalCode, country, state);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
