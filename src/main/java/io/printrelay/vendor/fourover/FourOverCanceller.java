package io.printrelay.vendor.fourover;

import io.printrelay.fulfilment.FulfilmentStore;
import io.printrelay.fulfilment.JobState;
import io.printrelay.fulfilment.VendorHttp;
import io.printrelay.fulfilment.VendorJob;
import io.printrelay.order.OrderStore;
import org.springframework.stereotype.Component;

/**
 * An order moved to Canceled: its open 4over jobs are canceled at 4over ({@code DELETE /orders/{job}}), and jobs
 * never sent are canceled here. 4over refuses once a job is past Batch Imposition; that goes to history and the
 * job stays tracked, because it will still be printed and shipped.
 */
@Component("fourOverCanceller")
public class FourOverCanceller {

    private final FourOverClient client;
    private final FulfilmentStore fulfilment;
    private final OrderStore store;

    public FourOverCanceller(FourOverClient client, FulfilmentStore fulfilment, OrderStore store) {
        this.client = client;
        this.fulfilment = fulfilment;
        this.store = store;
    }

    public void cancelOrder(long orderId) {
        for (VendorJob job : fulfilment.jobs(orderId, FourOverProfile.ID)) {
            if (JobState.SENDABLE.contains(job.state())) {
                fulfilment.markCanceled(job, "order canceled before it was sent");
            } else if (job.state() == JobState.SUBMITTED) {
                cancelAtFourOver(job);
            }
        }
    }

    private void cancelAtFourOver(VendorJob job) {
        VendorHttp.Response response = client.cancel(job.vendorJobId());
        String body = response.body() == null ? "" : response.body().trim();
        if (response.isSuccess() && body.equalsIgnoreCase("true")) {
            fulfilment.markCanceled(job, "canceled by PrintRelay");
            store.addHistory(job.orderId(), FourOverClient.VENDOR, "4over job " + job.vendorJobId() + " ("
                    + job.jobName() + ") canceled");
            return;
        }
        String message = client.messageOf(response);
        store.addHistory(job.orderId(), FourOverClient.VENDOR, "4over did not cancel job " + job.vendorJobId() + " ("
                + job.jobName() + "): " + message);
    }
}
