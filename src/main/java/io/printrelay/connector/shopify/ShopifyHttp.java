package io.printrelay.connector.shopify;

import io.printrelay.fulfilment.RequestTimeout;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Shopify route's HTTP settings: {@code printrelay.sources.shopify.request-timeout} on every call. */
@Configuration
class ShopifyHttp {

    @Bean
    RequestTimeout shopifyRequestTimeout(ShopifyProperties properties) {
        return new RequestTimeout(properties.requestTimeout());
    }
}
