package io.printrelay.connector.podos;

import io.printrelay.order.Order;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Where one read of podOS's order list stands (the exchange property {@code podosListing} of the podos-import
 * route): since when, how many pages were read, the token of the next page, the orders admitted so far.
 */
public final class PodosListing {

    /** A guard against a podOS that never stops answering a next page. */
    static final int MAX_PAGES = 1000;

    private final LocalDate since;
    private final List<Order> admitted = new ArrayList<>();
    private String nextPageToken;
    private int pagesRead;
    private boolean ended;

    PodosListing(LocalDate since) {
        this.since = since;
    }

    public boolean morePages() {
        return !ended && pagesRead < MAX_PAGES;
    }

    public LocalDate since() {
        return since;
    }

    public String nextPageToken() {
        return nextPageToken;
    }

    public int pagesRead() {
        return pagesRead;
    }

    public List<Order> admitted() {
        return admitted;
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
    }

    void admit(Order order) {
        admitted.add(order);
    }
}
