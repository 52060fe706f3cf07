package io.printrelay.fulfilment;

import io.printrelay.PrintRelayTest;
import io.printrelay.TestOrders;
import io.printrelay.order.FolderStore;
import io.printrelay.order.Order;
import io.printrelay.order.OrderStore;
import io.printrelay.order.OrderStoreFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * {@link FulfilmentStore#plan} records an order's jobs in one transaction (one commit, not one per job). When a job
 * name is already taken (a plan of the same order running at the same moment on another thread or node got there
 * first) that transaction fails; the plan is then recorded again outside one, row by row, keeping the row that is
 * there. On PostgreSQL this needs the first transaction rolled back first: it takes no statement after a failed one.
 */
@PrintRelayTest
class JobPlanTest {

    @Autowired
    OrderStore orders;
    @Autowired
    FolderStore folders;
    @Autowired
    FulfilmentStore jobs;

    @Test
    void aPlanIsRecordedWhole() {
        Order order = stored();
        long item = order.getOrderItems().get(0).getId();

        jobs.plan(order.getId(), "fourover", List.of(new PlannedJob(item, 1, "JP-" + order.getId() + "-1", null),
                new PlannedJob(item, 2, "JP-" + order.getId() + "-2", null)));

        assertThat(jobs.jobs(order.getId())).extracting(VendorJob::jobName, VendorJob::state).containsExactly(
                tuple("JP-" + order.getId() + "-1", JobState.PENDING),
                tuple("JP-" + order.getId() + "-2", JobState.PENDING));
    }

    @Test
    void aJobNameTakenMeanwhileKeepsItsRowAndTheRestOfThePlanIsStillRecorded() {
        Order first = stored();
        Order second = stored();
        String taken = "JP-taken-" + first.getId();
        // the name is in vendor_jobs already, where this order's "which jobs do I have" query does not see it
        jobs.plan(second.getId(), "fourover",
                List.of(new PlannedJob(second.getOrderItems().get(0).getId(), 1, taken, null)));
        long item = first.getOrderItems().get(0).getId();

        jobs.plan(first.getId(), "fourover", List.of(new PlannedJob(item, 1, taken, null),
                new PlannedJob(item, 2, "JP-" + first.getId() + "-2", null)));

        assertThat(jobs.jobs(first.getId())).extracting(VendorJob::jobName)
                .containsExactly("JP-" + first.getId() + "-2");
        assertThat(jobs.jobs(second.getId())).extracting(VendorJob::jobName).containsExactly(taken);
    }

    private Order stored() {
        // a folder fulfilment does not send from: nothing but this test plans these orders
        long folder = folders.ensureFolder("Job plan test").id();
        return orders.importOrder(OrderStoreFixtures.order("API", TestOrders.unique()), folder, "test", "for a plan")
                .order();
    }
}
