package io.printrelay.fulfilment;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.micrometer.core.instrument.MeterRegistry;
import io.printrelay.order.HistoryStore;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.springframework.stereotype.Component;

/**
 * Makes each retry of the error policy's "never got it" clause visible ({@code onRedeliveryRef} in
 * routes/route-configuration.camel.yaml): the counter {@code printrelay.vendor.retries} (by route and reason) for
 * every retry, and for a submission a history note on its order, "attempt 2 of 7". A retry for the same reason as
 * the last time the order's jobs were given back (a vendor down for hours, one sweep after another) is counted but
 * not noted again: the order's history says it once.
 */
@Component("submissionRetries")
public class SubmissionRetries implements Processor {

    private final HistoryStore history;
    private final Submissions submissions;
    private final MeterRegistry meters;

    public SubmissionRetries(HistoryStore history, Submissions submissions, MeterRegistry meters) {
        this.history = history;
        this.submissions = submissions;
        this.meters = meters;
    }

    @Override
    public void process(Exchange exchange) {
        Throwable cause = exchange.getException() != null ? exchange.getException()
                : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String reason = reason(cause);
        meters.counter("printrelay.vendor.retries", "route", String.valueOf(exchange.getFromRouteId()),
                "reason", reason).increment();
        Claim claim = exchange.getProperty(Claim.PROPERTY, Claim.class);
        if (claim == null || claim.isEmpty() || SubmissionFaults.givenBackBefore(claim, cause)) {
            return;
        }
        int attempt = exchange.getIn().getHeader(Exchange.REDELIVERY_COUNTER, 0, Integer.class) + 1;
        int attempts = exchange.getIn().getHeader(Exchange.REDELIVERY_MAX_COUNTER, 0, Integer.class) + 1;
        String vendorName = submissions.connector(claim.vendor()).profile().displayName();
        history.add(claim.orderId(), Submissions.SOURCE, vendorName + " did not take order "
                + claim.customerOrderId() + " (" + reason + "): sending it again, attempt " + attempt + " of "
                + attempts);
    }

    /** Coarse on purpose (a metric tag): the HTTP status, "circuit open", or the kind of failure. */
    static String reason(Throwable failure) {
        Throwable cause = VendorFailure.unwrap(failure);
        if (cause instanceof HttpOperationFailedException http) {
            return "HTTP " + http.getStatusCode();
        }
        if (cause instanceof CallNotPermittedException) {
            return "circuit open";
        }
        return cause == null ? "unknown" : cause.getClass().getSimpleName();
    }
}
