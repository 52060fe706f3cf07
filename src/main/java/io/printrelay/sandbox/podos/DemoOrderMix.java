package io.printrelay.sandbox.podos;

import io.printrelay.sandbox.podos.DemoCatalog.Product;

import java.util.List;

/** Which products the orders of a load ({@code POST /sandbox/podos/demo-orders}) take in turn. */
public enum DemoOrderMix {

    /** The products 4over prints: business cards, flyers, postcards. */
    FOUROVER("fourover", DemoCatalog.PRODUCTS.subList(0, 3)),
    /** Every product of the demo shop: the three 4over ones, then the tee and the mug POV prints. */
    ALL("all", DemoCatalog.PRODUCTS);

    private final String value;
    private final List<Product> products;

    DemoOrderMix(String value, List<Product> products) {
        this.value = value;
        this.products = List.copyOf(products);
    }

    /** How the loader's {@code ?mix=} names it. */
    public String value() {
        return value;
    }

    List<Product> products() {
        return products;
    }

    /** @throws PodosApiException 400 for a mix other than {@code fourover} and {@code all} */
    static DemoOrderMix of(String value) {
        for (DemoOrderMix mix : values()) {
            if (mix.value.equals(value)) {
                return mix;
            }
        }
        throw PodosApiException.badRequest("mix must be fourover or all, was " + value);
    }
}
