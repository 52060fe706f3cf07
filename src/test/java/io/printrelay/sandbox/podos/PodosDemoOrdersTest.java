package io.printrelay.sandbox.podos;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class PodosDemoOrdersTest {

    private final PodosIds ids = new PodosIds();
    private final Instant now = Instant.parse("2026-11-23T18:00:00Z");

    @Test
    void theCatalogsProductsComeInTurnAndEverySixthOrderIsBrokenAlternately() {
        List<PodosOrder> orders = orders(12);

        assertThat(orders.stream().map(order -> order.items().get(0).sku())).containsExactly(
                DemoCatalog.BUSINESS_CARDS, DemoCatalog.FLYERS, DemoCatalog.POSTCARDS, DemoCatalog.TEE_SHIRT,
                DemoCatalog.MUG, DemoCatalog.UNKNOWN_PRODUCT,
                DemoCatalog.BUSINESS_CARDS, DemoCatalog.FLYERS, DemoCatalog.POSTCARDS, DemoCatalog.TEE_SHIRT,
                DemoCatalog.MUG, DemoCatalog.BUSINESS_CARDS);
        assertThat(orders.get(11).items().get(0).prints()).as("the twelfth: business cards without artwork").isEmpty();
        assertThat(orders.subList(0, 11)).allSatisfy(order -> assertThat(order.items().get(0).prints()).isNotEmpty());
    }

    @Test
    void itemsCarryTheirArtworkQuantityAndPrice() {
        List<PodosOrder> orders = orders(2);
        PodosItem cards = orders.get(0).items().get(0);
        PodosItem flyers = orders.get(1).items().get(0);

        assertThat(cards.prints()).containsExactly(
                new PodosPrint("https://art.printrelay.example/demo/BC-14PT-500-front.pdf", "front"),
                new PodosPrint("https://art.printrelay.example/demo/BC-14PT-500-back.pdf", "back"));
        assertThat(flyers.quantity()).isEqualTo(2);
        assertThat(flyers.prints()).extracting(PodosPrint::location).containsExactly("front");
        assertThat(orders.get(1).subtotal()).isEqualTo("39.00");
        assertThat(orders.get(0).total()).isEqualTo("29.00");
    }

    @Test
    void ordersAreProcessingWithTmRefsMostlyToTheUsAndSometimesToCanadaAndBritain() {
        List<PodosOrder> orders = orders(30);

        assertThat(orders).allSatisfy(order -> {
            assertThat(order.status()).isEqualTo(PodosOrderStatus.PROCESSING);
            assertThat(order.ref()).matches("TM-1\\d{4}");
            assertThat(order.id()).startsWith("po_");
            assertThat(order.items().get(0).id()).startsWith("pi_");
        });
        assertThat(orders).extracting(order -> order.shippingAddress().country()).contains("US", "CA", "GB");
        assertThat(orders.stream().filter(order -> order.shippingAddress().country().equals("US")).count())
                .isGreaterThan(20);
        assertThat(orders.stream().map(order -> order.shippingAddress().contactName()).distinct().count())
                .as("varied customers").isEqualTo(10);
    }

    @Test
    void theLoadersOrdersAreTheSameCustomersWithTheMixsProductsInTurnAndNothingBroken() {
        List<PodosOrder> fourOver = IntStream.rangeClosed(1, 12)
                .mapToObj(n -> PodosDemoOrders.sound(n, DemoOrderMix.FOUROVER).toOrder(now, ids)).toList();
        List<PodosOrder> all = IntStream.rangeClosed(1, 6)
                .mapToObj(n -> PodosDemoOrders.sound(n, DemoOrderMix.ALL).toOrder(now, ids)).toList();

        assertThat(fourOver.stream().map(order -> order.items().get(0).sku())).containsExactly(
                DemoCatalog.BUSINESS_CARDS, DemoCatalog.FLYERS, DemoCatalog.POSTCARDS,
                DemoCatalog.BUSINESS_CARDS, DemoCatalog.FLYERS, DemoCatalog.POSTCARDS,
                DemoCatalog.BUSINESS_CARDS, DemoCatalog.FLYERS, DemoCatalog.POSTCARDS,
                DemoCatalog.BUSINESS_CARDS, DemoCatalog.FLYERS, DemoCatalog.POSTCARDS);
        assertThat(all.stream().map(order -> order.items().get(0).sku())).containsExactly(
                DemoCatalog.BUSINESS_CARDS, DemoCatalog.FLYERS, DemoCatalog.POSTCARDS, DemoCatalog.TEE_SHIRT,
                DemoCatalog.MUG, DemoCatalog.BUSINESS_CARDS);
        assertThat(fourOver).allSatisfy(order -> {
            assertThat(order.items().get(0).prints()).isNotEmpty();
            assertThat(order.shippingAddress().state()).as("4over needs a state: no order to Britain").isNotBlank();
        });
        assertThat(fourOver.get(0).shippingAddress()).isEqualTo(orders(1).get(0).shippingAddress());
        assertThat(fourOver.get(8).shippingAddress().contactName()).isEqualTo("Sequoyah Guess");
        assertThat(fourOver.get(9).shippingAddress().contactName()).as("the demo's customers but Alan Turing, again")
                .isEqualTo("Grace Hopper");
    }

    private List<PodosOrder> orders(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(n -> PodosDemoOrders.order(n).toOrder(now, ids)).toList();
    }
}
