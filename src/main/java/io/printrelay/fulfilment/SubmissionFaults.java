package io.printrelay.fulfilment;

import io.micrometer.core.instrument.MeterRegistry;
import io.printrelay.order.HistoryStore;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * What the error policy (routes/route-configuration.camel.yaml) does with a submission that failed, by what the
 * failure says about the vendor: it never got the request (the claim is given back, the order waits for the next
 * sweep), it may have acted on it (never re-sent blindly), or it refused it (the order goes to Errors). A failure
 * outside a submission (a poll, an import) has no claim: it is logged and the next poll tries again.
 */
@Component("submissionFaults")
public class SubmissionFaults {

    private static final Logger log = LoggerFactory.getLogger(SubmissionFaults.class);

    private final FulfilmentStore jobs;
    private final Submissions submissions;
    private final OrderErrors errors;
    private final HistoryStore history;
    private final MeterRegistry meters;

    public SubmissionFaults(FulfilmentStore jobs, Submissions submissions, OrderErrors errors, HistoryStore history,
                            MeterRegistry meters) {
        this.jobs = jobs;
        this.submissions = submissions;
        this.errors = errors;
        this.history = history;
        this.meters = meters;
    }

    /**
     * Whether the claimed jobs were all given back last time for this very reason (their message says so): a vendor
     * down for long, met again by one sweep after another, is noted in the order's history once, not every time.
     */
    static boolean givenBackBefore(Claim claim, Throwable cause) {
        String reason = notTaken(cause);
        return claim.jobs().stream().allMatch(job -> reason.equals(job.message()));
    }

    /** Why jobs were given back: what the vendor answered, never the URL (4over's carries the key and signature). */
    static String notTaken(Throwable cause) {
        return "not taken: " + describe(cause);
    }

    /** Retries are used up and the vendor still did not take the request: its jobs may be claimed again later. */
    public void retryLater(@ExchangeProperty(Claim.PROPERTY) Claim claim,
                           @ExchangeProperty(Exchange.EXCEPTION_CAUGHT) Exception cause) {
        if (claim == null || claim.isEmpty()) {
            log.warn("Still failing after retries, will try again at the next poll: {}", describe(cause));
            return;
        }
        boolean notedBefore = givenBackBefore(claim, cause);
        jobs.release(claim.jobs(), notTaken(cause));
        log.warn("Order {}: {} is still not taking requests ({}); jobs {} wait for the next sweep", claim.orderId(),
                displayName(claim), describe(cause), claim.jobNames());
        if (!notedBefore) {
            history.add(claim.orderId(), Submissions.SOURCE, displayName(claim) + " is still not taking order "
                    + claim.customerOrderId() + " (" + SubmissionRetries.reason(cause) + "): it waits in its folder"
                    + " and is sent again at the next sweep");
        }
    }

    /**
     * The request may have reached the vendor (timeout, no answer, 500/502/504, an answer that cannot be read). A
     * vendor that recognises a reference it has is simply sent the order again later; any other gets its jobs
     * marked UNKNOWN and the order goes to Errors with what to check.
     */
    public void outcomeUnknown(@ExchangeProperty(Claim.PROPERTY) Claim claim,
                               @ExchangeProperty(Exchange.EXCEPTION_CAUGHT) Exception cause) {
        if (claim == null || claim.isEmpty()) {
            log.warn("No answer, will try again at the next poll: {}", describe(cause));
            return;
        }
        VendorConnector connector = submissions.connector(claim.vendor());
        String vendorName = connector.profile().displayName();
        if (connector.resendIsSafe()) {
            jobs.release(claim.jobs(), "no answer: " + describe(cause));
            log.warn("Order {}: {} did not answer ({}); it recognises {}, so the jobs are sent again at the next"
                    + " sweep", claim.orderId(), vendorName, describe(cause), claim.customerOrderId());
            return;
        }
        meters.counter("printrelay.vendor.outcome.unknown", "vendor", claim.vendor()).increment();
        String note = "outcome unknown: check job " + claim.jobNames() + " on " + vendorName + " (" + describe(cause)
                + ")";
        claim.jobs().forEach(job -> jobs.markUnknown(job, note));
        errors.moveToErrors(claim.orderId(), vendorName, note);
    }

    /** The vendor answered and said no to the whole request (credentials, validation): the order goes to Errors. */
    public void refused(@ExchangeProperty(Claim.PROPERTY) Claim claim,
                        @ExchangeProperty(Exchange.EXCEPTION_CAUGHT) Exception failure) {
        HttpOperationFailedException refusal = (HttpOperationFailedException) VendorFailure.unwrap(failure);
        if (claim == null || claim.isEmpty()) {
            log.warn("Refused (HTTP {}): {}", refusal.getStatusCode(), abbreviate(refusal.getResponseBody()));
            return;
        }
        VendorConnector connector = submissions.connector(claim.vendor());
        String note = connector.refusal(refusal.getStatusCode(), refusal.getResponseBody(), claim.customerOrderId());
        List<VendorJob> refused = claim.jobs();
        refused.forEach(job -> jobs.markFailed(job, note));
        errors.moveToErrors(claim.orderId(), connector.profile().displayName(), note);
    }

    /**
     * Anything else that went wrong in a submission. Before the request left (the last endpoint the exchange was
     * sent to is not the vendor's http endpoint) nothing was sent: the jobs are given back and the order goes to
     * Errors. After it left, the vendor may have the jobs: outcome unknown.
     */
    public void failed(@ExchangeProperty(Claim.PROPERTY) Claim claim,
                       @ExchangeProperty(Exchange.EXCEPTION_CAUGHT) Exception cause,
                       @ExchangeProperty(Exchange.TO_ENDPOINT) String lastEndpoint) {
        if (claim == null || claim.isEmpty()) {
            log.error("Route failed", cause);
            return;
        }
        if (lastEndpoint != null && lastEndpoint.startsWith("http")) {
            outcomeUnknown(claim, cause);
            return;
        }
        jobs.release(claim.jobs(), "the request could not be built");
        errors.moveToErrors(claim.orderId(), Submissions.SOURCE, "the " + displayName(claim) + " request for order "
                + claim.customerOrderId() + " could not be built, nothing was sent (" + cause.getMessage() + "): fix"
                + " the order and retry");
    }

    private String displayName(Claim claim) {
        return submissions.connector(claim.vendor()).profile().displayName();
    }

    private static String describe(Throwable failure) {
        Throwable e = VendorFailure.unwrap(failure);
        if (e instanceof HttpOperationFailedException http) {
            return "HTTP " + http.getStatusCode();
        }
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException unreadable) {
            return "its answer could not be read: " + unreadable.getOriginalMessage();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }
}
