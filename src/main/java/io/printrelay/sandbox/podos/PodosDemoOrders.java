package io.printrelay.sandbox.podos;

import io.printrelay.sandbox.podos.DemoCatalog.Product;

import java.util.List;

/**
 * The demo shop's orders, the n-th always the same: the catalog's products in turn, shipped mostly in the US
 * (now and then to Canada or Britain, for country filters), and every sixth order broken on purpose so that the
 * sandbox shows what an order with a problem looks like: alternately an unknown product and business cards
 * without artwork. The loader's orders ({@link #sound}) are the same customers with nothing broken.
 */
final class PodosDemoOrders {

    static final int BROKEN_EVERY = 6;
    /** The most orders one load may put in. */
    static final int MAX_LOAD = 1_000_000;

    /** Someone to ship to, in the currency and at the shipping price of their country. */
    private record Customer(PodosAddress address, String email, String phone, String currency, String shipping) {

        static Customer us(String name, String company, String line1, String city, String state, String zip,
                           String phone) {
            return new Customer(new PodosAddress(name, company, line1, "", city, zip, "US", state), email(name),
                    phone, "USD", "5.00");
        }

        private static String email(String name) {
            return name.toLowerCase().replace(' ', '.').replace("'", "") + "@printrelay.example";
        }
    }

    private static final List<Customer> CUSTOMERS = List.of(
            Customer.us("Grace Hopper", "Navy Yard Prints", "1 Harbor Rd", "Arlington", "VA", "22202", "555-0101"),
            Customer.us("Jimmy Dean", "", "800 Emmet St", "Nashville", "TN", "37203", "555-0102"),
            Customer.us("Ada Lovelace", "", "12 Analytical Ave", "Austin", "TX", "78701", "555-0103"),
            Customer.us("Katherine Johnson", "Langley Letterpress", "21 Orbit Way", "Hampton", "VA", "23666",
                    "555-0104"),
            new Customer(new PodosAddress("Margaret Atwood", "", "40 Queen St W", "Unit 5", "Toronto", "M5H 2N2", "CA",
                    "ON"), "margaret.atwood@printrelay.example", "+1 416 555 0105", "CAD", "12.00"),
            Customer.us("Dolores Huerta", "", "1500 Farm Ln", "Bakersfield", "CA", "93301", "555-0106"),
            Customer.us("Bayard Rustin", "March Press", "77 Union Sq", "New York", "NY", "10003", "555-0107"),
            Customer.us("Hedy Lamarr", "", "9 Frequency Blvd", "Los Angeles", "CA", "90028", "555-0108"),
            Customer.us("Sequoyah Guess", "", "3 Syllabary Rd", "Tahlequah", "OK", "74464", "555-0109"),
            new Customer(new PodosAddress("Alan Turing", "Bletchley Cards", "2 Sherwood Dr", "", "Milton Keynes",
                    "MK3 6EB", "GB", ""), "alan.turing@printrelay.example", "+44 1908 555010", "GBP", "12.00"));

    private static final List<Customer> SHIPPABLE =
            CUSTOMERS.stream().filter(customer -> !customer.address().state().isBlank()).toList();

    /** The n-th demo order (from 1). */
    static PodosOrderSpec order(int n) {
        PodosOrderSpec spec = customerOrder(n);
        if (n % BROKEN_EVERY != 0) {
            return spec.item(item(DemoCatalog.PRODUCTS.get((n - 1) % BROKEN_EVERY), true));
        }
        boolean unknownProduct = (n / BROKEN_EVERY) % 2 == 1;
        return unknownProduct ? spec.item(item(DemoCatalog.MYSTERY, true))
                : spec.item(item(DemoCatalog.PRODUCTS.get(0), false));
    }

    /**
     * The loader's n-th order (from 1): the customers a vendor can ship to in turn (4over needs a state: not
     * Britain), the mix's products in turn, always with artwork.
     */
    static PodosOrderSpec sound(int n, DemoOrderMix mix) {
        List<Product> products = mix.products();
        Customer customer = SHIPPABLE.get(Math.floorMod(n - 1, SHIPPABLE.size()));
        return customerOrder(n, customer).item(item(products.get(Math.floorMod(n - 1, products.size())), true));
    }

    /** The n-th customer's order, still without items. */
    private static PodosOrderSpec customerOrder(int n) {
        return customerOrder(n, CUSTOMERS.get(Math.floorMod(n - 1, CUSTOMERS.size())));
    }

    private static PodosOrderSpec customerOrder(int n, Customer customer) {
        return PodosOrderSpec.order()
                .status(PodosOrderStatus.PROCESSING)
                .contactInformation(new PodosContact(customer.email(), customer.phone()))
                .shippingAddress(customer.address())
                .shippingMethod(n % 4 == 0 && customer.currency().equals("USD") ? "Express" : "Standard")
                .currency(customer.currency())
                .shippingTotal(n % 4 == 0 && customer.currency().equals("USD") ? "15.00" : customer.shipping());
    }

    private static PodosItem item(Product product, boolean withArtwork) {
        List<PodosPrint> prints = withArtwork ? product.printLocations().stream()
                .map(location -> new PodosPrint(DemoCatalog.artworkUrl(product.sku(), location), location))
                .toList() : List.of();
        return new PodosItem(null, product.sku(), product.name(), product.quantity(), product.price(), prints);
    }

    private PodosDemoOrders() {
    }
}
