package io.printrelay;

import io.printrelay.sandbox.fourover.SimulatedCatalog.BusinessCards;

/** Order items (JSON) that the simulated vendors accept, for tests across packages. */
public final class TestItems {

    private TestItems() {
    }

    /** Business cards with valid 4over simulator uuids and the given extra metadata. */
    public static String cards(int quantity, String extraMetadata) {
        return "{\"name\":\"Business cards\",\"code\":\"bc-1000\",\"quantity\":" + quantity + ",\"metadata\":{"
                + cardDetails() + "," + extraMetadata + "}}";
    }

    public static String cardDetails() {
        return "\"product_uuid\":\"" + BusinessCards.PRODUCT + "\",\"runsize_uuid\":\"" + BusinessCards.RUNSIZE_500
                + "\",\"colorspec_uuid\":\"" + BusinessCards.COLORSPEC_4_0 + "\",\"turnaroundtime_uuid\":\""
                + BusinessCards.THREE_DAYS_500_4_0 + "\"";
    }

    public static String art() {
        return "\"print_url\":\"https://art.example/front.pdf\"";
    }
}
