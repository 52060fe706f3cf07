package io.printrelay.sandbox.shopify;

import io.printrelay.sandbox.SandboxProperties;
import io.printrelay.sandbox.SimulatedLatency;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The simulated Shopify at {@code /sandbox/shopify}: its orders, its GraphQL Admin API, the demo shop (while
 * {@code printrelay.sandbox.demo-orders} is on) with its webhooks to PrintRelay, and the demo endpoints. Its latency
 * is Shopify's own: the API's paths ({@code /admin/*}) wait, the demo endpoints do not.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ShopifySimulatorProperties.class)
@Import({ShopifySimulator.class, ShopifyWebhookSender.class, ShopifyGraphqlController.class,
        ShopifyDemoController.class, ShopifyDemoFeed.class})
public class ShopifySimulatorConfiguration {

    /** Shopify's {@code shop-url} in the sandbox: the GraphQL endpoint is {@code <this>/admin/api/{version}/graphql.json}. */
    public static final String BASE_PATH = "/sandbox/shopify";

    @Bean
    FilterRegistrationBean<SimulatedLatency> shopifyLatency(ShopifySimulatorProperties properties,
                                                            SandboxProperties sandbox) {
        return SimulatedLatency.in("shopifyLatency", BASE_PATH + "/admin/*",
                SimulatedLatency.millis(properties.latencyMillis(), sandbox));
    }
}
