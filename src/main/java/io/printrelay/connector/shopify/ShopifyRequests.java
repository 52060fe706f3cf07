package io.printrelay.connector.shopify;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * What every Shopify call of the route carries besides its GraphQL document: the shop's GraphQL endpoint
 * ({@code shop-url} + {@code /admin/api/{api-version}/graphql.json}) and the access token in
 * {@code X-Shopify-Access-Token}. The token goes in a header, never in the URI: Camel's http component logs URIs.
 */
@Component("shopifyRequests")
public class ShopifyRequests {

    static final String SHOP_URL = "printrelay.sources.shopify.shop-url";
    static final String TOKEN_HEADER = "X-Shopify-Access-Token";

    private final ShopifyProperties properties;
    private final Environment environment;

    public ShopifyRequests(ShopifyProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    /**
     * Read at each call, not bound once: the sandbox's address is only known once the web server has its port.
     * Without a shop URL there is nowhere to call: outside the sandbox startup refuses that already.
     */
    public String graphqlUrl() {
        String shop = environment.getProperty(SHOP_URL, "").trim().replaceAll("/+$", "");
        if (shop.isEmpty()) {
            throw new IllegalStateException(SHOP_URL + " is not set: the Shopify import has no shop to call");
        }
        return shop + ShopifyApi.graphqlPath(properties.apiVersion());
    }

    /** A GraphQL POST: JSON both ways, the token. */
    public void authorize(Exchange exchange) {
        Message message = exchange.getMessage();
        message.setHeader(Exchange.HTTP_METHOD, "POST");
        message.setHeader(Exchange.CONTENT_TYPE, "application/json");
        message.setHeader("Accept", "application/json");
        message.setHeader(TOKEN_HEADER, properties.accessToken() == null ? "" : properties.accessToken());
    }
}
