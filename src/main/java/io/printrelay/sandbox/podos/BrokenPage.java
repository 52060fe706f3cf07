package io.printrelay.sandbox.podos;

/** How the next {@code GET /v1/orders} misbehaves ({@link PodosSimulator#breakNextPage}). */
public enum BrokenPage {
    /** 200 with the page's JSON cut off half way: not JSON at all. */
    BAD_JSON,
    /** The page as it should be, plus, first on it, one order object that has no {@code id}. */
    MISSING_ID,
    /** 500 and podOS's error body instead of the page: podOS failing in the middle of a read. */
    SERVER_ERROR,
    /** The page as it should be: queued before another kind, it breaks a later page instead of the next. */
    INTACT
}
