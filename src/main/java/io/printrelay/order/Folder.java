package io.printrelay.order;

/** A folder orders live in. New, Prepared, Submitted, Shipped, Closed, Canceled and Errors always exist. */
public record Folder(long id, String name) {

    public static final String NEW = "New";
    public static final String PREPARED = "Prepared";
    public static final String SUBMITTED = "Submitted";
    public static final String SHIPPED = "Shipped";
    public static final String CLOSED = "Closed";
    public static final String CANCELED = "Canceled";
    public static final String ERRORS = "Errors";
}
