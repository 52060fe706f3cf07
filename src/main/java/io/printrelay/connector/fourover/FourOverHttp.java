package io.printrelay.connector.fourover;

import io.printrelay.fulfilment.RequestTimeout;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The 4over routes' HTTP settings: {@code printrelay.vendors.fourover.request-timeout} on every call. */
@Configuration
class FourOverHttp {

    @Bean
    RequestTimeout fourOverRequestTimeout(FourOverProperties properties) {
        return new RequestTimeout(properties.requestTimeout());
    }
}
