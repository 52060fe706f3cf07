package io.printrelay.connector.shopify;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.printrelay.config.BoundSettings.bind;
import static io.printrelay.config.BoundSettings.bindShipped;
import static io.printrelay.config.BoundSettings.refusedKeys;
import static org.assertj.core.api.Assertions.assertThat;

class ShopifyPropertiesTest {

    @Test
    void theShippedFileSaysWhatTheIssueAsksFor() {
        ShopifyProperties shipped = bindShipped(ShopifyProperties.class);
        assertThat(shipped.enabled()).isTrue();
        assertThat(shipped.shopUrl()).isEmpty();
        assertThat(shipped.apiVersion()).isEqualTo("2025-01");
        assertThat(shipped.poll()).isEqualTo("0/20 * * * * ?");
        assertThat(shipped.folder()).isEqualTo("New");
        assertThat(shipped.syncTracking()).isTrue();
        assertThat(shipped.notifyCustomer()).isTrue();
        assertThat(shipped.statusFilter()).isEqualTo(List.of("unfulfilled"));
        assertThat(shipped.pageSize()).isEqualTo(50);
        assertThat(shipped.requestTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(shipped.accessToken()).isEqualTo(ShopifyProperties.SANDBOX_TOKEN);
        assertThat(shipped.webhookSecret()).isEqualTo(ShopifyProperties.SANDBOX_WEBHOOK_SECRET);
    }

    @Test
    void theRecordsOwnDefaultsMatchTheShippedFileWhereAKeyIsLeftOut() {
        ShopifyProperties bare = bind(ShopifyProperties.class);
        ShopifyProperties shipped = bindShipped(ShopifyProperties.class);
        assertThat(bare.apiVersion()).isEqualTo(shipped.apiVersion());
        assertThat(bare.poll()).isEqualTo(shipped.poll());
        assertThat(bare.folder()).isEqualTo(shipped.folder());
        assertThat(bare.statusFilter()).isEqualTo(shipped.statusFilter());
        assertThat(bare.pageSize()).isEqualTo(shipped.pageSize());
        assertThat(bare.syncTracking()).isEqualTo(shipped.syncTracking());
        assertThat(bare.notifyCustomer()).isEqualTo(shipped.notifyCustomer());
        assertThat(bare.requestTimeout()).isEqualTo(shipped.requestTimeout());
    }

    @Test
    void outsideTheSandboxAnEnabledImportNeedsAShopATokenAndASecretOfItsOwn() {
        assertThat(refusedKeys(ShopifyProperties.class, "printrelay.sandbox.enabled=false",
                "printrelay.sources.shopify.enabled=true",
                "printrelay.sources.shopify.access-token=sandbox-shopify-token",
                "printrelay.sources.shopify.webhook-secret=sandbox-shopify-webhook-secret"))
                .containsExactlyInAnyOrder("printrelay.sources.shopify.shop-url",
                        "printrelay.sources.shopify.access-token", "printrelay.sources.shopify.webhook-secret");
        assertThat(refusedKeys(ShopifyProperties.class, "printrelay.sandbox.enabled=false",
                "printrelay.sources.shopify.enabled=true", "printrelay.sources.shopify.shop-url=https://a.myshopify.com",
                "printrelay.sources.shopify.access-token=", "printrelay.sources.shopify.webhook-secret=s3cret"))
                .containsExactly("printrelay.sources.shopify.access-token");
    }

    @Test
    void theSandboxOrADisabledImportNeedNothingAndTheSecretsAreNeverInToString() {
        ShopifyProperties sandbox = bind(ShopifyProperties.class, "printrelay.sandbox.enabled=true",
                "printrelay.sources.shopify.enabled=true", "printrelay.sources.shopify.access-token=tok-123",
                "printrelay.sources.shopify.webhook-secret=sec-456");
        assertThat(sandbox.enabled()).isTrue();
        assertThat(sandbox.toString()).doesNotContain("tok-123", "sec-456");
        assertThat(bind(ShopifyProperties.class, "printrelay.sandbox.enabled=false",
                "printrelay.sources.shopify.enabled=false").enabled()).isFalse();
    }

    @Test
    void aMistypedApiVersionCronOrPageSizeStopsStartupNamingTheKey() {
        assertThat(refusedKeys(ShopifyProperties.class, "printrelay.sources.shopify.api-version=2025-1",
                "printrelay.sources.shopify.poll=every minute", "printrelay.sources.shopify.page-size=0"))
                .containsExactlyInAnyOrder("printrelay.sources.shopify.api-version",
                        "printrelay.sources.shopify.poll", "printrelay.sources.shopify.page-size");
    }

    @Test
    void theListingAsksForTheFulfillmentStatusesCreatedSinceTheDate() {
        assertThat(ShopifyApi.ordersSearch(java.time.LocalDate.parse("2026-01-01"), List.of("unfulfilled")))
                .isEqualTo("created_at:>=2026-01-01 fulfillment_status:unfulfilled");
        assertThat(ShopifyApi.ordersSearch(java.time.LocalDate.parse("2026-01-01"), List.of("unshipped", "partial")))
                .isEqualTo("created_at:>=2026-01-01 (fulfillment_status:unshipped OR fulfillment_status:partial)");
        assertThat(ShopifyApi.numericId("gid://shopify/Order/5000000001")).isEqualTo("5000000001");
        assertThat(ShopifyApi.numericId("gid://shopify/Order/")).isEmpty();
    }
}
