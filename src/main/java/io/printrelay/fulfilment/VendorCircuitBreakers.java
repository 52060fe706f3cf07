package io.printrelay.fulfilment;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.concurrent.TimeoutException;

/**
 * Makes each vendor connector's circuit breaker (a bean its route names in {@code circuitBreaker}). What counts as
 * the vendor being down: no connection, no answer in time, a dropped connection, HTTP 429, 5xx. A refusal (another
 * 4xx) is an answer from a vendor that is up: it never opens the circuit, however many bad orders there are. The
 * breaker's state is the gauge {@code printrelay.vendor.circuit.open} (1 while calls are held back) and every change
 * of it is a log line.
 */
@Component
public class VendorCircuitBreakers {

    private static final Logger log = LoggerFactory.getLogger(VendorCircuitBreakers.class);

    private final CircuitBreakerProperties settings;
    private final MeterRegistry meters;

    public VendorCircuitBreakers(CircuitBreakerProperties settings, MeterRegistry meters) {
        this.settings = settings;
        this.meters = meters;
    }

    public CircuitBreaker create(String vendor, String displayName) {
        CircuitBreakerConfig config = CircuitBreakerConfig.custom()
                .failureRateThreshold(settings.failureRate())
                .slidingWindowSize(settings.window())
                .minimumNumberOfCalls(Math.min(settings.minimumCalls(), settings.window()))
                .waitDurationInOpenState(settings.openFor())
                .automaticTransitionFromOpenToHalfOpenEnabled(true)
                .permittedNumberOfCallsInHalfOpenState(Math.max(1, Math.min(3, settings.minimumCalls())))
                .recordException(VendorCircuitBreakers::vendorIsDown)
                .writableStackTraceEnabled(false)
                .build();
        CircuitBreaker breaker = CircuitBreaker.of(vendor, config);
        breaker.getEventPublisher().onStateTransition(event -> {
            switch (event.getStateTransition().getToState()) {
                case OPEN -> log.warn("{} looks down ({}% of the last calls failed): no request is sent to it for {};"
                                + " orders wait in New", displayName, breaker.getMetrics().getFailureRate(),
                        settings.openFor());
                case HALF_OPEN -> log.info("{}: trying whether it is back", displayName);
                case CLOSED -> log.info("{} is back: orders are sent again", displayName);
                default -> log.info("{} circuit breaker: {}", displayName, event.getStateTransition());
            }
        });
        Gauge.builder("printrelay.vendor.circuit.open", breaker,
                        b -> b.getState() == CircuitBreaker.State.OPEN ? 1 : 0)
                .tag("vendor", vendor).description("1 while no request is sent to the vendor (it looks down)")
                .register(meters);
        return breaker;
    }

    /** The vendor did not take or answer the call: what the circuit counts. */
    static boolean vendorIsDown(Throwable wrapped) {
        Throwable failure = VendorFailure.unwrap(wrapped);
        if (failure instanceof HttpOperationFailedException http) {
            return http.getStatusCode() == 429 || http.getStatusCode() >= 500;
        }
        return failure instanceof IOException || failure instanceof TimeoutException
                || failure instanceof VendorUnavailableException;
    }
}
