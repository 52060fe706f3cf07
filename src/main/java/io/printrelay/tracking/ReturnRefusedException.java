package io.printrelay.tracking;

/**
 * The source refused a tracking return in a way that asking again will not change: the return is noted on its
 * order and not tried again until an operator asks (see {@code Operations.retryRefusedReturns}).
 */
public class ReturnRefusedException extends RuntimeException {

    public ReturnRefusedException(String message) {
        super(message);
    }

    /**
     * A 4xx says the request itself is wrong, so the same request is refused again; except 408 (too slow this
     * time) and 429 (too many at once), which say "later".
     */
    public static boolean isFinal(int httpStatus) {
        return httpStatus >= 400 && httpStatus < 500 && httpStatus != 408 && httpStatus != 429;
    }

    /** What the other side said, short enough for a history note. */
    public static String abbreviate(String text) {
        if (text == null || text.isBlank()) {
            return "(no message)";
        }
        String oneLine = text.strip();
        return oneLine.length() <= 500 ? oneLine : oneLine.substring(0, 497) + "...";
    }
}
