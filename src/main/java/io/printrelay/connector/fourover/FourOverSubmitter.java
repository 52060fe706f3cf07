package io.printrelay.connector.fourover;

import io.printrelay.fulfilment.OutcomeUnknownException;
import io.printrelay.fulfilment.SubmissionAnswer;
import io.printrelay.fulfilment.SubmissionRunner;
import io.printrelay.fulfilment.VendorGateway;
import io.printrelay.fulfilment.VendorHttp;
import io.printrelay.fulfilment.VendorJob;
import io.printrelay.fulfilment.VendorSubmission;
import io.printrelay.mapping.MappedOrder;
import io.printrelay.mapping.VendorProfile;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * 4over's side of a submission: one {@code POST /orders} with a job per item unit, its answer read in all the
 * shapes 4over gives. The send-once discipline is {@link SubmissionRunner}'s, shared with every vendor.
 */
@Component("fourOverSubmitter")
public class FourOverSubmitter implements VendorGateway {

    private final SubmissionRunner runner;
    private final FourOverProfile profile;
    private final FourOverOrderBuilder builder;
    private final FourOverClient client;

    public FourOverSubmitter(SubmissionRunner runner, FourOverProfile profile, FourOverOrderBuilder builder,
                             FourOverClient client) {
        this.runner = runner;
        this.profile = profile;
        this.builder = builder;
        this.client = client;
    }

    public void submit(VendorSubmission submission) {
        runner.submit(submission, this);
    }

    @Override
    public VendorProfile profile() {
        return profile;
    }

    @Override
    public String customerOrderId(long orderId) {
        return builder.customerOrderId(orderId);
    }

    @Override
    public String requestBody(MappedOrder order, List<VendorJob> jobs) {
        return builder.build(order, jobs).toString();
    }

    @Override
    public VendorHttp.Response send(String body) throws OutcomeUnknownException {
        return client.createOrder(body);
    }

    @Override
    public SubmissionAnswer read(VendorHttp.Response response, List<VendorJob> jobs) {
        FourOverOrderResponse answer = FourOverOrderResponse.parse(client.json(response),
                jobs.stream().map(VendorJob::jobName).toList());
        return new SubmissionAnswer(answer.orderStatus(), answer.acceptedJobIds(), answer.failures());
    }

    @Override
    public String refusal(VendorHttp.Response response, String customerOrderId) {
        String message = client.messageOf(response);
        return response.status() == 401 || response.status() == 403
                ? "4over refused the credentials (HTTP " + response.status() + ": " + message + "): check"
                + " printrelay.vendors.fourover.public-key and private-key"
                : "4over refused order " + customerOrderId + " (HTTP " + response.status() + "): " + message;
    }
}
