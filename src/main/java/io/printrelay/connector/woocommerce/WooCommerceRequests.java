package io.printrelay.connector.woocommerce;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * What every WooCommerce call of the route carries besides its path: the shop's REST base
 * ({@code <base-url>/wp-json/wc/v3}) and HTTP Basic with the consumer key and secret. The credentials go in a header,
 * never in the URI (Woo also takes them as {@code ?consumer_key=}: Camel's http component logs URIs).
 */
@Component("wooCommerceRequests")
public class WooCommerceRequests {

    private final WooCommerceProperties properties;
    private final Environment environment;

    public WooCommerceRequests(WooCommerceProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    /**
     * Read at each call, not bound once: the sandbox's address is only known once the web server has its port. No
     * shop URL at all stays an address that cannot be called, so the failure names the setting.
     */
    public String baseUrl() {
        String configured = environment.getProperty("printrelay.sources.woocommerce.base-url", "").trim();
        String shop = configured.isBlank() ? "http://printrelay.sources.woocommerce.base-url.is-not-set"
                : configured.replaceAll("/+$", "");
        return shop + WooCommerceApi.REST_PATH;
    }

    public void authorize(Exchange exchange) {
        Message message = exchange.getMessage();
        String credentials = properties.consumerKey() + ":" + properties.consumerSecret();
        message.setHeader("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        message.setHeader("Accept", "application/json");
    }
}
