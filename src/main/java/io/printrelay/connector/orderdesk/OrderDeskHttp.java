package io.printrelay.connector.orderdesk;

import io.printrelay.fulfilment.RequestTimeout;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/** The "send to URL" route's HTTP settings: a receiver that does not answer in 30 s is tried again later. */
@Configuration
class OrderDeskHttp {

    @Bean
    RequestTimeout sendToUrlRequestTimeout() {
        return new RequestTimeout(Duration.ofSeconds(30));
    }
}
