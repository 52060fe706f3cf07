package io.printrelay.connector.fourover;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.printrelay.fulfilment.RequestTimeout;
import io.printrelay.fulfilment.VendorCircuitBreakers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The 4over routes' HTTP settings: {@code printrelay.vendors.fourover.request-timeout} on every call, and the circuit
 * breaker around the submission call.
 */
@Configuration
class FourOverHttp {

    @Bean
    RequestTimeout fourOverRequestTimeout(FourOverProperties properties) {
        return new RequestTimeout(properties.requestTimeout());
    }

    @Bean
    CircuitBreaker fourOverCircuitBreaker(VendorCircuitBreakers breakers) {
        return breakers.create("fourover", "4over");
    }
}
