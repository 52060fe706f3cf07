package io.printrelay.connector.pov;

import io.printrelay.fulfilment.RequestTimeout;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The POV routes' HTTP settings: {@code printrelay.vendors.pov.request-timeout} on every call. */
@Configuration
class PovHttp {

    @Bean
    RequestTimeout povRequestTimeout(PovProperties properties) {
        return new RequestTimeout(properties.requestTimeout());
    }
}
