package io.printrelay.tracking;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * {@code printrelay.tracking.returns.refused} on actuator ({@code /actuator/metrics}, Prometheus): returns that
 * will not reach their source until an operator acts, read from the outbox at each scrape so every node agrees.
 */
@Component
public class TrackingReturnMetrics implements MeterBinder {

    public static final String REFUSED = "printrelay.tracking.returns.refused";

    private final TrackingOutbox outbox;

    public TrackingReturnMetrics(TrackingOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(REFUSED, outbox, TrackingOutbox::refusedCount)
                .description("Tracking returns their source refused for good, waiting for"
                        + " Operations.retryRefusedReturns()")
                .register(registry);
    }
}
