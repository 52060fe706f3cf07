package io.printrelay.sandbox.shopify;

import io.printrelay.PrintRelayTest;
import io.printrelay.api.ApiClient;
import io.printrelay.management.Operations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The living sandbox: the demo shop places orders on its own, announces one in two by a signed webhook, which
 * PrintRelay takes in without a poll, and leaves the others for the poll, which then finds them all.
 */
@PrintRelayTest
@TestPropertySource(properties = {"printrelay.sandbox.demo-orders=true",
        "printrelay.sandbox.shopify.demo-interval-millis=200", "printrelay.sandbox.shopify.webhook-every=2",
        "printrelay.sandbox.podos.demo-interval-millis=3600000", "printrelay.fulfilment.auto-submit=false"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ShopifyDemoFeedTest {

    @LocalServerPort
    int port;
    @Autowired
    ShopifySimulator shop;
    @Autowired
    Operations operations;

    @Test
    void demoOrdersArriveByWebhookAndThePollFindsTheRest() {
        ApiClient api = ApiClient.sandbox(port);
        await().atMost(Duration.ofSeconds(20)).until(() -> shop.orders().size() >= 4);
        await().atMost(Duration.ofSeconds(10)).until(() -> stored(api).size() >= 2);
        List<ShopifySimOrder> placed = shop.orders();
        assertThat(stored(api).size()).as("by webhook alone").isLessThan(placed.size());

        operations.pollNow("shopify-import-poll");

        List<String> stored = stored(api);
        for (ShopifySimOrder order : placed) {
            assertThat(stored).as(order.name()).contains(String.valueOf(order.id()));
            assertThat(order.lineItems().get(0).properties()).containsKey("print_url");
        }
    }

    private static List<String> stored(ApiClient api) {
        List<String> ids = new java.util.ArrayList<>();
        api.get("/orders?source_name=Shopify&limit=500").body().path("orders")
                .forEach(order -> ids.add(order.path("source_id").asText()));
        return ids;
    }
}
