package io.printrelay.connector.woocommerce;

import org.junit.jupiter.api.Test;

import static io.printrelay.config.BoundSettings.bind;
import static io.printrelay.config.BoundSettings.refusedKeys;
import static org.assertj.core.api.Assertions.assertThat;

class WooCommercePropertiesTest {

    @Test
    void outsideTheSandboxAnEnabledImportNeedsAShopAndCredentialsOfItsOwn() {
        assertThat(refusedKeys(WooCommerceProperties.class, "printrelay.sandbox.enabled=false",
                "printrelay.sources.woocommerce.enabled=true",
                "printrelay.sources.woocommerce.consumer-key=ck_sandbox_woocommerce",
                "printrelay.sources.woocommerce.consumer-secret=",
                "printrelay.sources.woocommerce.webhook-secret=sandbox-woocommerce-webhook-secret"))
                .containsExactlyInAnyOrder("printrelay.sources.woocommerce.base-url",
                        "printrelay.sources.woocommerce.consumer-key", "printrelay.sources.woocommerce.consumer-secret",
                        "printrelay.sources.woocommerce.webhook-secret");
        assertThat(bind(WooCommerceProperties.class, "printrelay.sandbox.enabled=false",
                "printrelay.sources.woocommerce.enabled=true",
                "printrelay.sources.woocommerce.base-url=https://shop.example.com",
                "printrelay.sources.woocommerce.consumer-key=ck_live", "printrelay.sources.woocommerce.consumer-secret=cs_live",
                "printrelay.sources.woocommerce.webhook-secret=whsec_live").enabled()).isTrue();
    }

    @Test
    void theSandboxOrADisabledImportNeedNothingAndTheDefaultsAreTheBriefs() {
        WooCommerceProperties sandbox = bind(WooCommerceProperties.class, "printrelay.sandbox.enabled=true",
                "printrelay.sources.woocommerce.enabled=true");
        assertThat(sandbox.statusFilter()).containsExactly("processing");
        assertThat(sandbox.pageSize()).isEqualTo(50);
        assertThat(sandbox.poll()).isEqualTo("0/20 * * * * ?");
        assertThat(sandbox.folder()).isEqualTo("New");
        assertThat(sandbox.syncTracking()).isTrue();
        assertThat(sandbox.customerNote()).isTrue();
        assertThat(sandbox.completeOrder()).isTrue();
        assertThat(bind(WooCommerceProperties.class, "printrelay.sandbox.enabled=false",
                "printrelay.sources.woocommerce.enabled=false").enabled()).isFalse();
    }

    @Test
    void aPageSizeOver100IsRefused() {
        assertThat(refusedKeys(WooCommerceProperties.class, "printrelay.sources.woocommerce.page-size=101"))
                .containsExactly("printrelay.sources.woocommerce.page-size");
    }

    @Test
    void toStringLeavesTheSecretsOut() {
        WooCommerceProperties properties = bind(WooCommerceProperties.class,
                "printrelay.sources.woocommerce.consumer-key=ck_visible", "printrelay.sources.woocommerce.consumer-secret=cs_hidden",
                "printrelay.sources.woocommerce.webhook-secret=wh_hidden");
        assertThat(properties.toString()).doesNotContain("ck_visible").doesNotContain("cs_hidden")
                .doesNotContain("wh_hidden");
    }
}
