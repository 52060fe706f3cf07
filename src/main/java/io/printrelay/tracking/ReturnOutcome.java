package io.printrelay.tracking;

/** What a source's tracking writer did with a return: sent it, or had no reason to (and says why). */
public record ReturnOutcome(boolean sent, String note) {

    public static ReturnOutcome sent(String note) {
        return new ReturnOutcome(true, note);
    }

    public static ReturnOutcome notNeeded(String reason) {
        return new ReturnOutcome(false, reason);
    }
}
