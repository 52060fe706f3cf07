package io.printrelay.fulfilment;

import io.printrelay.order.HistoryStore;
import io.printrelay.order.OrderDates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Settles the jobs left SENDING by a sender that is gone: a node killed mid-request ({@code kill -9}, a crash, a
 * pod evicted), found at the next start of any node or at the next sweep, or a send stuck past
 * {@code printrelay.fulfilment.sending-timeout}. The vendor may have such a job. A vendor that recognises what it
 * has ({@link VendorConnector#resendIsSafe()}: POV, by the order's reference) is simply sent it again; any other
 * (4over has no lookup by our job name) gets the job UNKNOWN and the order in Errors with what to check, at once.
 */
@Component("lostSenders")
public class LostSenders {

    private static final Logger log = LoggerFactory.getLogger(LostSenders.class);

    private final FulfilmentStore jobs;
    private final Nodes nodes;
    private final Submissions submissions;
    private final OrderErrors errors;
    private final HistoryStore history;
    private final Clock clock;
    private final Duration sendingTimeout;

    public LostSenders(FulfilmentStore jobs, Nodes nodes, Submissions submissions, OrderErrors errors,
                       HistoryStore history, Clock clock, FulfilmentProperties settings) {
        this.jobs = jobs;
        this.nodes = nodes;
        this.submissions = submissions;
        this.errors = errors;
        this.history = history;
        this.clock = clock;
        this.sendingTimeout = settings.sendingTimeout();
    }

    /**
     * Settles every job whose sender is gone, order by order; returns the orders to hand to fulfilment again (each
     * of whose lost jobs may simply be sent again). Orders with a job of unknown outcome go to Errors instead.
     */
    public List<Long> settle() {
        List<String> goneOnThisHost = nodes.goneOnThisHost();
        LocalDateTime stuckSince = OrderDates.now(clock).minus(sendingTimeout);
        List<VendorJob> lost = jobs.sendingWithoutSender(nodes.aliveSince(), goneOnThisHost, nodes.ofThisJvm(),
                stuckSince);
        Map<Long, List<VendorJob>> byOrder = lost.stream()
                .collect(Collectors.groupingBy(VendorJob::orderId, LinkedHashMap::new, Collectors.toList()));
        List<Long> sendAgain = new ArrayList<>();
        byOrder.forEach((orderId, orderJobs) -> {
            if (settle(orderId, orderJobs)) {
                sendAgain.add(orderId);
            }
        });
        nodes.forget(goneOnThisHost);
        if (!lost.isEmpty()) {
            log.warn("{} jobs of {} orders had lost their sender: {} orders are sent again, the others are in Errors"
                    + " with an \"outcome unknown\" note", lost.size(), byOrder.size(), sendAgain.size());
        }
        return sendAgain;
    }

    /** @return true when the order is to be sent again (no job of it became unknown here) */
    private boolean settle(long orderId, List<VendorJob> lost) {
        List<String> unknown = new ArrayList<>();
        List<String> again = new ArrayList<>();
        for (VendorJob job : lost) {
            VendorConnector connector = submissions.connector(job.vendor());
            String vendorName = connector.profile().displayName();
            String why = "its sender stopped before the answer came";
            if (connector.resendIsSafe()) {
                if (jobs.senderLostSendAgain(job, why + "; sent again")) {
                    again.add(job.jobName() + " (" + vendorName + ")");
                }
            } else if (jobs.senderLost(job, "outcome unknown: " + why)) {
                unknown.add(connector.unknownOutcomeAdvice(job));
            }
        }
        if (!unknown.isEmpty()) {
            errors.moveToErrors(orderId, Submissions.SOURCE, "outcome unknown: PrintRelay stopped while sending"
                    + " (its sender is gone, the vendor may have the job): " + String.join("; ", unknown)
                    + (again.isEmpty() ? "" : "; sent again on retry, as the vendor recognises them: "
                    + String.join(", ", again)));
            return false;
        }
        if (again.isEmpty()) {
            return false;
        }
        history.add(orderId, Submissions.SOURCE, "PrintRelay stopped while sending " + String.join(", ", again)
                + ": sent again, the vendor recognises what it has already");
        return true;
    }
}
