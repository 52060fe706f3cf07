package io.printrelay.connector.podos;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Where one read of podOS's order list stands (the exchange property {@code podosListing} of the podos-import
 * route): since when (a date: a full read; or after the newest order an earlier read saw), how many pages were read,
 * the token of the next page, the newest order seen, how many orders were admitted and how many of them were new.
 * The orders themselves go to the intake page by page and are not kept here.
 */
public final class PodosListing {

    /** A guard against a podOS that never stops answering a next page. */
    static final int MAX_PAGES = 1000;

    private final LocalDate since;
    private final Instant createdAfter;
    private final boolean scheduled;
    private final Instant startedAt;
    private int admittedCount;
    private int importedCount;
    private String nextPageToken;
    private int pagesRead;
    private boolean ended;
    private boolean unreadable;
    private Instant newestCreated;

    /**
     * @param since        the First Import Date (or a manual import's date): older orders are never imported
     * @param createdAfter null for a full read from {@code since}; else only orders created after this instant
     * @param scheduled    a read of the poll (its outcome moves the newest-order mark), not a manual import
     * @param startedAt    when the read began, by PrintRelay's clock
     */
    PodosListing(LocalDate since, Instant createdAfter, boolean scheduled, Instant startedAt) {
        this.since = since;
        this.createdAfter = createdAfter;
        this.scheduled = scheduled;
        this.startedAt = startedAt;
    }

    PodosListing(LocalDate since, Instant startedAt) {
        this(since, null, false, startedAt);
    }

    public boolean morePages() {
        return !ended && pagesRead < MAX_PAGES;
    }

    public LocalDate since() {
        return since;
    }

    /** null: a full read from {@link #since()}. */
    public Instant createdAfter() {
        return createdAfter;
    }

    boolean scheduled() {
        return scheduled;
    }

    Instant startedAt() {
        return startedAt;
    }

    /** Every page read, to the last: nothing between {@code since} (or createdAfter) and the newest order was missed. */
    boolean complete() {
        return ended && !unreadable;
    }

    /** The newest createdAt among the orders listed (admitted or not), null when none said. */
    Instant newestCreated() {
        return newestCreated;
    }

    public String nextPageToken() {
        return nextPageToken;
    }

    public int pagesRead() {
        return pagesRead;
    }

    /** Orders the import settings admitted, on every page read so far. */
    public int admittedCount() {
        return admittedCount;
    }

    /** Of those, the ones the intake stored as new (the others were imported before). */
    public int importedCount() {
        return importedCount;
    }

    void pageRead(String nextPageToken) {
        pagesRead++;
        this.nextPageToken = nextPageToken;
        ended = nextPageToken == null || nextPageToken.isBlank();
    }

    /** A page that could not be read ends this read there; the next poll starts over and reads it again. */
    void pageUnreadable() {
        pagesRead++;
        ended = true;
        unreadable = true;
    }

    void seen(Instant createdAt) {
        if (createdAt != null && (newestCreated == null || createdAt.isAfter(newestCreated))) {
            newestCreated = createdAt;
        }
    }

    void admitted(int orders) {
        admittedCount += orders;
    }

    void imported() {
        importedCount++;
    }
}
