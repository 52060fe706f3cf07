import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders as an Order Desk client POSTs them to {@code /api/v2/orders}: the podOS demo shop's customers and its
 * three 4over products in turn, each with its artwork, as the simulator's loader makes them.
 */
final class ApiOrders {

    private record Product(String code, String name, double price, int quantity, List<String> sides) {
    }

    private record Customer(String first, String last, String address, String city, String state, String zip) {
    }

    private static final List<Product> PRODUCTS = List.of(
            new Product("BC-14PT-500", "Business cards 14pt (500)", 24.00, 1, List.of("front", "back")),
            new Product("FLYER-100-8.5X11", "Flyers 100# gloss 8.5x11 (100)", 19.50, 2, List.of("front")),
            new Product("POSTCARD-16PT-4X6", "Postcards 16pt 4x6", 32.00, 1, List.of("front")));

    private static final List<Customer> CUSTOMERS = List.of(
            new Customer("Grace", "Hopper", "1 Harbor Rd", "Arlington", "VA", "22202"),
            new Customer("Jimmy", "Dean", "800 Emmet St", "Nashville", "TN", "37203"),
            new Customer("Ada", "Lovelace", "12 Analytical Ave", "Austin", "TX", "78701"),
            new Customer("Katherine", "Johnson", "21 Orbit Way", "Hampton", "VA", "23666"),
            new Customer("Dolores", "Huerta", "1500 Farm Ln", "Bakersfield", "CA", "93301"),
            new Customer("Bayard", "Rustin", "77 Union Sq", "New York", "NY", "10003"),
            new Customer("Hedy", "Lamarr", "9 Frequency Blvd", "Los Angeles", "CA", "90028"));

    private ApiOrders() {
    }

    static String sourceId(String tag, int n) {
        return "bench-" + tag + "-" + n;
    }

    /** The n-th order (from 1); {@code folderId} null: the API's default folder (New). */
    static String body(String tag, int n, Integer folderId) {
        Product product = PRODUCTS.get((n - 1) % PRODUCTS.size());
        Customer customer = CUSTOMERS.get((n - 1) % CUSTOMERS.size());
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("source_id", sourceId(tag, n));
        order.put("source_name", "bench-api");
        order.put("email", (customer.first() + "." + customer.last()).toLowerCase() + "+" + (n % 1000)
                + "@printrelay.example");
        order.put("shipping_method", n % 4 == 0 ? "Express" : "Standard");
        if (folderId != null) {
            order.put("folder_id", folderId);
        }
        Map<String, Object> shipping = new LinkedHashMap<>();
        shipping.put("first_name", customer.first());
        shipping.put("last_name", customer.last());
        shipping.put("address1", customer.address());
        shipping.put("city", customer.city());
        shipping.put("state", customer.state());
        shipping.put("postal_code", customer.zip());
        shipping.put("country", "US");
        shipping.put("phone", "555-01" + String.format("%02d", n % 100));
        order.put("shipping", shipping);
        order.put("checkout_data", Map.of("Gift Message", "Order " + n));
        Map<String, Object> metadata = new LinkedHashMap<>();
        for (int side = 0; side < product.sides().size(); side++) {
            String location = product.sides().get(side);
            metadata.put("print_url_" + (side + 1),
                    "https://art.printrelay.example/demo/" + product.code() + "-" + location + ".pdf");
            metadata.put("print_location_" + (side + 1), location);
        }
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("name", product.name());
        item.put("code", product.code());
        item.put("quantity", product.quantity());
        item.put("price", product.price());
        item.put("metadata", metadata);
        order.put("order_items", List.of(item));
        return Json.write(order);
    }
}
