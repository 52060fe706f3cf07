package io.printrelay.fulfilment;

import io.printrelay.mapping.MappedOrder;
import io.printrelay.mapping.VendorProfile;

import java.util.List;
import java.util.Optional;

/**
 * The protocol half of sending an order to one vendor: its request, its answer, its refusals. The other half,
 * the same for every vendor (claim before sending, never re-send blindly, record, move folders), is
 * {@link SubmissionRunner}.
 */
public interface VendorGateway {

    VendorProfile profile();

    /** The vendor's reference for the whole order (4over's order_id, POV's reference). */
    String customerOrderId(long orderId);

    String requestBody(MappedOrder order, List<VendorJob> jobs);

    /** Sends once: a request that may have been acted on without an answer is an {@link OutcomeUnknownException}. */
    VendorHttp.Response send(String body) throws OutcomeUnknownException;

    /** Whether the vendor took the submission (a 2xx; some vendors have more ways of saying yes). */
    default boolean accepted(VendorHttp.Response response) {
        return response.isSuccess();
    }

    /** Reads an answer that {@link #accepted accepted} the submission. */
    SubmissionAnswer read(VendorHttp.Response response, List<VendorJob> jobs);

    /** The history note for an answer that refused the whole submission (credentials, validation). */
    String refusal(VendorHttp.Response response, String customerOrderId);

    /**
     * After an unknown outcome: asks the vendor whether the order got there after all, when its API can tell.
     * Empty when it cannot (the jobs then stay UNKNOWN for an operator).
     */
    default Optional<SubmissionAnswer> confirm(String customerOrderId, List<VendorJob> jobs) {
        return Optional.empty();
    }
}
