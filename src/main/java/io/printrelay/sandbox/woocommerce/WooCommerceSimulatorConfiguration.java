package io.printrelay.sandbox.woocommerce;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.printrelay.sandbox.SandboxProperties;
import io.printrelay.sandbox.SimulatedLatency;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The simulated WooCommerce shop at {@code /sandbox/woocommerce}: the REST API v3 under {@code /wp-json/wc/v3}
 * behind HTTP Basic with the consumer key and secret, the demo shop (while {@code printrelay.sandbox.demo-orders} is
 * on) that fires signed webhooks at PrintRelay's {@code /webhooks/woocommerce}, and the demo endpoints tests use
 * ({@code /sandbox/woocommerce/demo/orders}, not part of Woo's API and not behind its credentials).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WooCommerceSimulatorProperties.class)
@Import({WooCommerceSimulator.class, WooCommerceWebhookSender.class, WooCommerceDemoShop.class,
        SimulatedWooCommerceController.class,
        WooCommerceDemoController.class, WooCommerceDemoFeed.class})
public class WooCommerceSimulatorConfiguration {

    /** The shop's own URL: connectors are given this as their {@code base-url} and add {@code /wp-json/wc/v3}. */
    public static final String BASE_PATH = "/sandbox/woocommerce";
    static final String REST_PATH = BASE_PATH + "/wp-json/wc/v3";

    @Bean
    FilterRegistrationBean<WooCommerceAuthCheck> wooCommerceAuthCheck(WooCommerceSimulator simulator,
                                                                      ObjectMapper mapper) {
        FilterRegistrationBean<WooCommerceAuthCheck> registration =
                new FilterRegistrationBean<>(new WooCommerceAuthCheck(simulator, mapper));
        registration.addUrlPatterns(BASE_PATH + "/wp-json/*");
        registration.setName("wooCommerceAuthCheck");
        return registration;
    }

    @Bean
    FilterRegistrationBean<SimulatedLatency> wooCommerceLatency(WooCommerceSimulatorProperties properties,
                                                                SandboxProperties sandbox) {
        return SimulatedLatency.in("wooCommerceLatency", BASE_PATH + "/wp-json/*",
                SimulatedLatency.millis(properties.latencyMillis(), sandbox));
    }
}
