package io.printrelay.connector.podos;

import io.printrelay.fulfilment.RequestTimeout;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The podOS routes' HTTP settings: {@code printrelay.sources.podos.request-timeout} on every call. */
@Configuration
class PodosHttp {

    @Bean
    RequestTimeout podosRequestTimeout(PodosProperties properties) {
        return new RequestTimeout(properties.requestTimeout());
    }
}
