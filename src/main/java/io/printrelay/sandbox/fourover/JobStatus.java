package io.printrelay.sandbox.fourover;

/**
 * The production statuses a simulated job passes through, in order, with 4over's names. Connectors must map on
 * the name; the uuid is fixed per name so that answers are stable from one run to the next.
 */
public enum JobStatus {
    NEW("New", "8145369d-3cc5-4b17-8c5b-33bf55c29cd5"),
    ORDER_PENDING("Order Pending", "cf24199d-202c-4867-8fae-2ae8b501323b"),
    PRE_FLIGHTING("Pre-Flighting", "e7022efa-c637-468b-a124-f52b841501e1"),
    /** Only on the path of jobs ordered with {@link MagicCoupons#SIM_HOLD}. */
    ON_HOLD_ARTWORK("On Hold: Artwork needs review", "e46ff16d-172f-4870-8429-99a37f93e97c"),
    BATCH_PREP("Batch Prep", "38c9f5bf-bc11-43b0-8835-7e8bfe88bacf"),
    BATCH_IMPOSITION("Batch Imposition", "ab51be63-e431-4926-a2ea-3cf762a7ac8d"),
    PLATED("Plated", "66eb7a86-bc68-4493-bbb0-3f3156994201"),
    ON_PRESS("On Press", "493287e9-28ff-4b1d-968f-3a4c533f4886"),
    PACKAGING("Packaging", "c0b09624-eaff-422c-8fa6-d0672e4d9ebc"),
    DELIVERY_PENDING("Delivery Pending", "d9d37c6a-25aa-4ae1-ba1c-d3a78bc33fe4"),
    COMPLETE_SHIPPED("Complete: Shipped", "b8c70bcf-ac24-4d1f-a1ba-12d611d7ec1c"),
    /**
     * Instead of Complete: Shipped for jobs ordered with {@link MagicCoupons#SIM_PICKUP}: collected at the
     * facility, so there is no tracking number. It shares its uuid with Complete: Shipped, as 4over's names do.
     */
    COMPLETE_PICKED_UP("Complete: Picked Up", "b8c70bcf-ac24-4d1f-a1ba-12d611d7ec1c"),
    /** Not on the production path: set by {@code DELETE /orders/{job_id}}, after which nothing moves. */
    CANCELED("Canceled", "4387fe34-b6e4-4622-87fa-35998e57c00d");

    private final String statusName;
    private final String statusCodeUuid;

    JobStatus(String statusName, String statusCodeUuid) {
        this.statusName = statusName;
        this.statusCodeUuid = statusCodeUuid;
    }

    public String statusName() {
        return statusName;
    }

    public String statusCodeUuid() {
        return statusCodeUuid;
    }

    /** 4over cancels a job until its plates are made: up to and including Batch Imposition. */
    public boolean cancelable() {
        return this != CANCELED && compareTo(BATCH_IMPOSITION) <= 0;
    }
}
