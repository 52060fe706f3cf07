package io.printrelay.api;

/** Settings shared by the API contract tests, so they share one application context. */
final class ApiContract {

    /**
     * The contract tests check the API as a store: orders stay in the folder they were posted to instead of being
     * sent on to vendors (fulfilment has its own end-to-end tests).
     */
    static final String STORE_ONLY = "printrelay.fulfilment.auto-submit=false";

    private ApiContract() {
    }
}
