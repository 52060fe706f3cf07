package io.printrelay.sandbox;

import io.printrelay.order.Address;
import io.printrelay.order.Order;
import io.printrelay.order.OrderItem;
import io.printrelay.sandbox.fourover.SimulatedCatalog.BusinessCards;
import io.printrelay.sandbox.fourover.SimulatedCatalog.Flyers;
import io.printrelay.sandbox.fourover.SimulatedCatalog.Postcards;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The sandbox's stream of demo orders, so the run command shows orders flowing end to end: business cards,
 * flyers and postcards with valid 4over simulator uuids, and now and then a broken one (no product_uuid) that
 * lands in Errors with a readable note.
 */
@Component("demoOrders")
public class DemoOrders {

    private static final List<Address> CUSTOMERS = List.of(
            new Address("Jimmy", "Dean", "", "800 Emmet St", "", "", "", "Nashville", "TN", "37203", "US", ""),
            new Address("Grace", "Hopper", "Navy Yard Prints", "1 Harbor Rd", "", "", "", "Arlington", "VA", "22202",
                    "US", "555-0101"),
            new Address("Ada", "Lovelace", "", "12 Analytical Ave", "Suite 3", "", "", "Austin", "TX", "78701", "US",
                    ""));

    private final boolean sandbox;
    private final AtomicInteger sequence = new AtomicInteger();

    public DemoOrders(@Value("${printrelay.sandbox.enabled:true}") boolean sandbox) {
        this.sandbox = sandbox;
    }

    /** The next demo order, or null outside the sandbox (demo orders never go to a real vendor). */
    public Order next() {
        if (!sandbox) {
            return null;
        }
        int n = sequence.incrementAndGet();
        Order order = new Order();
        order.setSourceName("Sandbox demo");
        order.setSourceId("demo-" + System.currentTimeMillis() + "-" + n);
        Address customer = CUSTOMERS.get(n % CUSTOMERS.size());
        order.setShipping(customer);
        order.setEmail(customer.firstName().toLowerCase() + "@printrelay.example");
        order.setShippingMethod("Standard Shipping");
        order.getCheckoutData().put("Gift Message", "Demo order #" + n);
        switch (n % 4) {
            case 1 -> order.getOrderItems().add(item("Business cards 14pt", "bc-14pt", 1, Map.of(
                    "product_uuid", BusinessCards.PRODUCT, "runsize_uuid", BusinessCards.RUNSIZE_500,
                    "colorspec_uuid", BusinessCards.COLORSPEC_4_4, "turnaroundtime_uuid",
                    BusinessCards.THREE_DAYS_500_4_4, "print_url_1", "https://art.printrelay.example/bc-front.pdf",
                    "print_location_1", "front", "print_url_2", "https://art.printrelay.example/bc-back.pdf",
                    "print_location_2", "back")));
            case 2 -> order.getOrderItems().add(item("Flyers 8.5x11", "flyer-100", 2, Map.of(
                    "product_uuid", Flyers.PRODUCT, "runsize_uuid", Flyers.RUNSIZE_100,
                    "colorspec_uuid", Flyers.COLORSPEC_4_0, "turnaroundtime_uuid", Flyers.NEXT_DAY_100_4_0,
                    "print_url", "https://art.printrelay.example/flyer.pdf")));
            case 3 -> order.getOrderItems().add(item("Postcards 4x6", "postcard-4x6", 1, Map.of(
                    "product_uuid", Postcards.PRODUCT, "runsize_uuid", Postcards.RUNSIZE_500,
                    "colorspec_uuid", Postcards.COLORSPEC_4_4, "turnaroundtime_uuid", Postcards.NEXT_DAY_500_4_4,
                    "print_url", "https://art.printrelay.example/postcard.pdf")));
            default -> order.getOrderItems().add(item("Business cards (no product_uuid: lands in Errors)",
                    "bc-broken", 1, Map.of("vendor", "4over", "runsize_uuid", BusinessCards.RUNSIZE_500,
                            "print_url", "https://art.printrelay.example/bc-front.pdf")));
        }
        return order;
    }

    private static OrderItem item(String name, String code, int quantity, Map<String, String> metadata) {
        OrderItem item = new OrderItem();
        item.setName(name);
        item.setCode(code);
        item.setQuantity(quantity);
        item.setMetadata(new LinkedHashMap<>(metadata));
        return item;
    }
}
