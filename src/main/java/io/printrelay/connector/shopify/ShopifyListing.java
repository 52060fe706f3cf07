package io.printrelay.connector.shopify;

import java.time.LocalDate;

/**
 * Where one read of Shopify's order listing stands (the exchange property {@code shopifyListing} of the
 * shopify-import route): since when, the cursor of the next page, the wait Shopify's cost bucket asks for before
 * the next request, and what the read did so far. The orders themselves go to the intake page by page.
 */
public final class ShopifyListing {

    /** A guard against a shop that never stops answering a next page. */
    static final int MAX_PAGES = 1000;
    /** A guard against a bucket that never refills: this many throttled answers in a row end the read. */
    static final int MAX_THROTTLED_IN_A_ROW = 20;

    private final LocalDate since;
    private String cursor;
    private int pagesRead;
    private boolean ended;
    private boolean complete;
    private long waitMillis;
    private int throttledInARow;
    private int throttledCount;
    private long waitedMillis;
    private int admittedCount;
    private int skippedCount;
    private int importedCount;

    ShopifyListing(LocalDate since) {
        this.since = since;
    }

    public boolean morePages() {
        return !ended && pagesRead < MAX_PAGES;
    }

    public LocalDate since() {
        return since;
    }

    public String cursor() {
        return cursor;
    }

    public int pagesRead() {
        return pagesRead;
    }

    public int admittedCount() {
        return admittedCount;
    }

    public int importedCount() {
        return importedCount;
    }

    public int skippedCount() {
        return skippedCount;
    }

    /** Throttled answers this read waited out. */
    public int throttledCount() {
        return throttledCount;
    }

    public long waitedMillis() {
        return waitedMillis;
    }

    /** Every page read to the last one. */
    public boolean complete() {
        return complete;
    }

    /** The wait due before the next request, taken once: the delay step of the page loop. */
    long takeWait() {
        long wait = waitMillis;
        waitMillis = 0;
        waitedMillis += wait;
        return wait;
    }

    void waitBeforeNext(long millis) {
        waitMillis = Math.max(waitMillis, millis);
    }

    void pageRead(String endCursor, boolean hasNextPage, int admitted, int skipped) {
        pagesRead++;
        throttledInARow = 0;
        admittedCount += admitted;
        skippedCount += skipped;
        cursor = endCursor;
        if (!hasNextPage || endCursor == null || endCursor.isBlank()) {
            ended = true;
            complete = true;
        }
    }

    /** Asked again after the wait: the same page, not the next. Too many in a row end the read. */
    boolean throttled(long waitMillis) {
        throttledCount++;
        throttledInARow++;
        waitBeforeNext(waitMillis);
        if (throttledInARow >= MAX_THROTTLED_IN_A_ROW) {
            ended = true;
            return false;
        }
        return true;
    }

    /** The read ends here (a page that cannot be read, refused credentials); the next poll starts over. */
    void end() {
        ended = true;
    }

    void imported() {
        importedCount++;
    }
}
