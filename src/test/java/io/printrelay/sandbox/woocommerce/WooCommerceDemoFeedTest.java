package io.printrelay.sandbox.woocommerce;

import io.printrelay.PrintRelayTest;
import io.printrelay.management.Operations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The living sandbox: the demo shop places orders on its own, announces every other one by its signed webhook,
 * which PrintRelay takes in at once, and leaves the others for the poll.
 */
@PrintRelayTest
@TestPropertySource(properties = {"printrelay.sandbox.demo-orders=true",
        "printrelay.sandbox.woocommerce.demo-interval-millis=100",
        "printrelay.sandbox.podos.demo-interval-millis=3600000", "printrelay.fulfilment.auto-submit=false"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class WooCommerceDemoFeedTest {

    @Autowired
    WooCommerceSimulator shop;
    @Autowired
    WooCommerceDemoFeed feed;
    @Autowired
    Operations operations;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void demoOrdersArriveByWebhookAndTheOnesWithoutOneByThePoll() {
        await().atMost(Duration.ofSeconds(15)).until(() -> shop.views().size() >= 4);
        feed.stop();
        List<WooCommerceSimulator.OrderView> placed = shop.views();
        // the first, third, ... were announced; the poll has not run (its cron is far away in tests)
        await().atMost(Duration.ofSeconds(10)).until(() -> stored() >= (placed.size() + 1) / 2);
        assertThat(stored()).isLessThan(placed.size());

        operations.pollNow("woocommerce-import-poll");

        assertThat(stored()).isEqualTo(placed.size());
        assertThat(jdbc.queryForList("SELECT DISTINCT i.code FROM order_items i JOIN orders o ON o.id = i.order_id"
                + " WHERE o.source_name = 'WooCommerce'", String.class)).hasSizeGreaterThanOrEqualTo(4)
                .isSubsetOf(WooCommerceDemoOrders.BUSINESS_CARDS, WooCommerceDemoOrders.FLYERS,
                        WooCommerceDemoOrders.POSTCARDS, WooCommerceDemoOrders.TEE_SHIRT, WooCommerceDemoOrders.MUG);
    }

    private int stored() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM orders WHERE source_name = 'WooCommerce'", Integer.class);
    }
}
