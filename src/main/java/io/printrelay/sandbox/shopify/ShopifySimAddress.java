package io.printrelay.sandbox.shopify;

/** An address as the simulated Shopify keeps it. */
public record ShopifySimAddress(String firstName, String lastName, String company, String address1, String address2,
                                String city, String provinceCode, String zip, String countryCode, String phone) {

    public static ShopifySimAddress us(String first, String last, String address1, String city, String state,
                                       String zip) {
        return new ShopifySimAddress(first, last, "", address1, "", city, state, zip, "US", "555-0100");
    }
}
