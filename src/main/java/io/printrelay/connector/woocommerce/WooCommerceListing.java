package io.printrelay.connector.woocommerce;

import java.time.LocalDate;

/**
 * Where one read of WooCommerce's order list stands (the exchange property {@code wooCommerceListing} of the
 * woocommerce-import route): since when, the page to read next, how many pages Woo says there are
 * ({@code X-WP-TotalPages}), and what the read admitted, skipped and stored. The orders go to the intake page by
 * page and are not kept here.
 */
public final class WooCommerceListing {

    /** A guard against a shop that never stops announcing one more page. */
    static final int MAX_PAGES = 1000;

    private final LocalDate since;
    private int nextPage = 1;
    private int totalPages = 1;
    private boolean ended;
    private int admittedCount;
    private int importedCount;
    private int skippedCount;

    WooCommerceListing(LocalDate since) {
        this.since = since;
    }

    public boolean morePages() {
        return !ended && nextPage <= totalPages && nextPage <= MAX_PAGES;
    }

    public LocalDate since() {
        return since;
    }

    public int nextPage() {
        return nextPage;
    }

    public int pagesRead() {
        return nextPage - 1;
    }

    public int admittedCount() {
        return admittedCount;
    }

    public int importedCount() {
        return importedCount;
    }

    /** Orders that could not be read at all (no id, not an object): logged, counted and left out. */
    public int skippedCount() {
        return skippedCount;
    }

    public boolean ended() {
        return ended;
    }

    void pageRead(int totalPages) {
        this.totalPages = totalPages;
        nextPage++;
    }

    /** An answer that is not a page of orders ends this read there; the next poll starts over. */
    void end() {
        ended = true;
    }

    void admitted(int orders) {
        admittedCount += orders;
    }

    void skipped() {
        skippedCount++;
    }

    void imported() {
        importedCount++;
    }
}
