package io.printrelay.connector.shopify;

import io.printrelay.PrintRelayTest;
import io.printrelay.api.ApiClient;
import io.printrelay.management.Operations;
import io.printrelay.sandbox.shopify.ShopifyOrderSpec;
import io.printrelay.sandbox.shopify.ShopifySimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An access token Shopify does not take: the poll ends with an error naming the setting to fix, imports nothing
 * and never prints the token.
 */
@PrintRelayTest
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = {"printrelay.sources.shopify.access-token=" + ShopifyBadCredentialsTest.WRONG_TOKEN,
        "printrelay.fulfilment.auto-submit=false"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ShopifyBadCredentialsTest {

    static final String WRONG_TOKEN = "shpat-Wr0ng-T0ken-7f3e";

    @LocalServerPort
    int port;
    @Autowired
    ShopifySimulator shop;
    @Autowired
    Operations operations;

    @Test
    void aRefusedAccessTokenEndsThePollNamingTheSettingAndNeverPrintsIt(CapturedOutput output) {
        shop.place(ShopifyOrderSpec.order().item("BC-14PT-500", 1, "24.00", "https://art.example/f.pdf"));

        String ran = operations.pollNow("shopify-import-poll");

        assertThat(ran).isEqualTo("Route 'shopify-import-poll' ran once");
        assertThat(ApiClient.sandbox(port).get("/orders?source_name=Shopify").body().path("orders")).isEmpty();
        assertThat(output.getOut()).contains("ERROR", "Shopify refused the access token (HTTP 401)",
                "printrelay.sources.shopify.access-token");
        assertThat(output.getOut()).doesNotContain(WRONG_TOKEN);
    }
}
