package io.printrelay.connector.woocommerce;

import io.printrelay.fulfilment.RequestTimeout;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The WooCommerce route's HTTP settings: {@code printrelay.sources.woocommerce.request-timeout} on every call. */
@Configuration
class WooCommerceHttp {

    @Bean
    RequestTimeout wooCommerceRequestTimeout(WooCommerceProperties properties) {
        return new RequestTimeout(properties.requestTimeout());
    }
}
