package io.printrelay.fulfilment;

/** The request left, but no answer came back (timeout, broken connection): the vendor may have acted on it. */
public class OutcomeUnknownException extends Exception {

    public OutcomeUnknownException(String message, Throwable cause) {
        super(message, cause);
    }
}
