package io.printrelay.connector.pov;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.printrelay.fulfilment.RequestTimeout;
import io.printrelay.fulfilment.VendorCircuitBreakers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The POV routes' HTTP settings: {@code printrelay.vendors.pov.request-timeout} on every call, and the circuit
 * breaker around the submission call.
 */
@Configuration
class PovHttp {

    @Bean
    RequestTimeout povRequestTimeout(PovProperties properties) {
        return new RequestTimeout(properties.requestTimeout());
    }

    @Bean
    CircuitBreaker povCircuitBreaker(VendorCircuitBreakers breakers) {
        return breakers.create("pov", "POV");
    }
}
