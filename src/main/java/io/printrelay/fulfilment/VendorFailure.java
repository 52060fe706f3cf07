package io.printrelay.fulfilment;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.springframework.stereotype.Component;

/**
 * What a failed vendor call failed with, as the error policy and the circuit breaker judge it. A call inside a
 * {@code circuitBreaker} fails with the endpoint's exception wrapped in a RuntimeCamelException (Camel's
 * resilience4j processor wraps the checked ones); Camel picks the error policy's clause by the innermost cause, and
 * these methods read that cause too. {@code vendorFailure} in the routes: {@code ${bean:vendorFailure.status(...)}}.
 */
@Component("vendorFailure")
public class VendorFailure {

    /** The failure itself, unwrapped from Camel's runtime wrappers. */
    public static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while (t instanceof RuntimeCamelException && t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    /** The HTTP status the vendor answered with, or 0 for a failure that is not an HTTP answer. */
    public int status(Throwable failure) {
        return unwrap(failure) instanceof HttpOperationFailedException http ? http.getStatusCode() : 0;
    }
}
