package io.printrelay.fulfilment;

/**
 * The vendor could not take the request, and certainly did not act on it (connection refused, 429, 503):
 * safe to send again later. The error policy redelivers it with exponential backoff.
 */
public class VendorUnavailableException extends RuntimeException {

    public VendorUnavailableException(String message) {
        super(message);
    }

    public VendorUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
