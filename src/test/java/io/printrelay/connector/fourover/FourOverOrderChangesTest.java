package io.printrelay.connector.fourover;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.printrelay.PrintRelayTest;
import io.printrelay.TestOrders;
import io.printrelay.api.ApiClient;
import io.printrelay.fulfilment.FulfilmentStore;
import io.printrelay.fulfilment.JobState;
import io.printrelay.fulfilment.PlannedJob;
import io.printrelay.fulfilment.VendorJob;
import io.printrelay.management.Operations;
import io.printrelay.sandbox.fourover.FourOverSimulator;
import io.printrelay.sandbox.fourover.JobStatus;
import io.printrelay.sandbox.fourover.MagicCoupons;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.printrelay.TestItems.art;
import static io.printrelay.TestItems.cards;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What users do to an order after it reached 4over (edit it, delete it, cancel it or one item), over HTTP against
 * the 4over simulator, whose own record shows that nothing is printed twice and that cancels reach it.
 */
@PrintRelayTest
@TestPropertySource(properties = "printrelay.sandbox.fourover.step-millis=3600000")
class FourOverOrderChangesTest {

    static final int SUBMITTED = 3, CANCELED = 6, ERRORS = 7;

    @LocalServerPort
    int port;
    @Autowired
    FourOverSimulator simulator;
    @Autowired
    FulfilmentStore fulfilment;
    @Autowired
    Operations operations;
    ApiClient api;

    @BeforeEach
    void client() {
        api = ApiClient.sandbox(port);
    }

    // ---------------------------------------------------------------- edits

    @Test
    void aPutWithoutItemIdsKeepsTheItemsSoAcceptedJobsAreNotSentAgain() {
        String id = create("\"checkout_data\":{\"coupon_code\":\"" + MagicCoupons.SIM_WARNING + "\"}",
                cards(1, art()), cards(1, art()));
        await().atMost(Duration.ofSeconds(10)).until(() -> api.folderOf(id) == ERRORS);
        List<VendorJob> jobs = fulfilment.jobs(Long.parseLong(id));
        assertThat(jobs).extracting(VendorJob::state).containsExactly(JobState.SUBMITTED, JobState.FAILED);
        ObjectNode fixed = order(id);
        List<String> itemIds = itemIds(fixed);
        fixed.putObject("checkout_data");
        fixed.withArray("order_items").forEach(item -> ((ObjectNode) item).remove("id"));

        ApiClient.Response updated = api.put("/orders/" + id, fixed.toString());
        operations.retryErrors();

        assertThat(updated.status()).as(updated.body().toString()).isEqualTo(200);
        assertThat(itemIds(order(id))).isEqualTo(itemIds);
        await().atMost(Duration.ofSeconds(10)).until(() -> api.folderOf(id) == SUBMITTED);
        List<JsonNode> sent = sentOrders(id);
        assertThat(sent).hasSize(2);
        assertThat(sent.get(1).path("jobs")).hasSize(1);
        assertThat(sent.get(1).path("jobs").get(0).path("job_name").asText()).isEqualTo(jobs.get(1).jobName());
        assertThat(fulfilment.jobs(Long.parseLong(id))).extracting(VendorJob::jobName)
                .containsExactly(jobs.get(0).jobName(), jobs.get(1).jobName());
    }

    @Test
    void anEditThatWouldChangeOrRemoveAnItemAtFourOverIsRefusedWhileAddressAndNotesMayChange() {
        String id = create(null, cards(2, art()));
        await().atMost(Duration.ofSeconds(10)).until(() -> api.folderOf(id) == SUBMITTED);
        ObjectNode order = order(id);
        String itemId = itemIds(order).get(0);
        VendorJob job = fulfilment.jobs(Long.parseLong(id)).get(0);
        String names = "item " + itemId + " (bc-1000)";

        ObjectNode moreCards = order.deepCopy();
        item(moreCards).put("quantity", 3);
        assertConflict(api.put("/orders/" + id, moreCards.toString()), names, job);
        ObjectNode otherArt = order.deepCopy();
        ((ObjectNode) item(otherArt).path("metadata")).put("print_url", "https://art.example/other.pdf");
        assertConflict(api.put("/orders/" + id, otherArt.toString()), names, job);
        ObjectNode otherItem = order.deepCopy();
        otherItem.putArray("order_items").addObject().put("name", "Flyer").put("code", "fly-1").put("quantity", 1);
        assertConflict(api.put("/orders/" + id, otherItem.toString()), names, job);
        ObjectNode itemWithMoreCards = item(order).deepCopy().put("quantity", 3);
        assertConflict(api.put("/orders/" + id + "/order-items/" + itemId, itemWithMoreCards.toString()), names, job);
        assertConflict(api.delete("/orders/" + id + "/order-items/" + itemId), names, job);

        ObjectNode newAddress = order.deepCopy();
        ((ObjectNode) newAddress.path("shipping")).put("address1", "1 New Street");
        newAddress.put("order_notes", "Leave it at the back door");
        item(newAddress).remove("id");
        ApiClient.Response addressChanged = api.put("/orders/" + id, newAddress.toString());
        ApiClient.Response renamed = api.put("/orders/" + id + "/order-items/" + itemId,
                item(order).deepCopy().put("name", "Business cards (rush)").put("price", 12).toString());

        assertThat(addressChanged.status()).as(addressChanged.body().toString()).isEqualTo(200);
        assertThat(renamed.status()).as(renamed.body().toString()).isEqualTo(200);
        ObjectNode read = order(id);
        assertThat(read.path("shipping").path("address1").asText()).isEqualTo("1 New Street");
        assertThat(read.path("order_notes").path(0).path("content").asText()).isEqualTo("Leave it at the back door");
        assertThat(itemIds(read)).containsExactly(itemId);
        assertThat(item(read).path("quantity").asInt()).isEqualTo(2);
        assertThat(item(read).path("name").asText()).isEqualTo("Business cards (rush)");
        assertThat(sentOrders(id)).hasSize(1);
        assertThat(fulfilment.jobs(Long.parseLong(id))).allMatch(j -> j.state() == JobState.SUBMITTED).hasSize(2);

        api.post("/move-orders", "{\"order_id_list\":[" + id + "],\"destination_folder_name\":\"Errors\"}");
        ApiClient.Response corrected = api.put("/orders/" + id + "/order-items/" + itemId,
                itemWithMoreCards.toString());
        assertThat(corrected.status()).as(corrected.body().toString()).isEqualTo(200);
    }

    // ---------------------------------------------------------------- delete and cancel

    @Test
    void deletingAnOrderWithOpenJobsIsRefusedUntilTheyAreCanceled() {
        String id = create(null, cards(1, art()));
        await().atMost(Duration.ofSeconds(10)).until(() -> api.folderOf(id) == SUBMITTED);
        VendorJob job = fulfilment.jobs(Long.parseLong(id)).get(0);

        ApiClient.Response refused = api.delete("/orders/" + id);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.message()).contains("Order " + id, job.jobName(), job.vendorJobId(), "cancel");
        assertThat(api.get("/orders/" + id).status()).isEqualTo(200);
        assertThat(simulator.job(job.vendorJobId()).orElseThrow().canceled()).isFalse();

        api.post("/move-orders", "{\"order_id_list\":[" + id + "],\"destination_folder_name\":\"Canceled\"}");
        assertThat(simulator.job(job.vendorJobId()).orElseThrow().canceled()).isTrue();
        assertThat(api.delete("/orders/" + id).message()).isEqualTo("Order Deleted");
    }

    @Test
    void aPutThatMovesAnOrderToCanceledCancelsItsJobsAtFourOver() {
        String id = create(null, cards(2, art()));
        await().atMost(Duration.ofSeconds(10)).until(() -> api.folderOf(id) == SUBMITTED);
        List<VendorJob> jobs = fulfilment.jobs(Long.parseLong(id));

        ApiClient.Response updated = api.put("/orders/" + id, order(id).put("folder_id", CANCELED).toString());

        assertThat(updated.status()).as(updated.body().toString()).isEqualTo(200);
        assertThat(api.folderOf(id)).isEqualTo(CANCELED);
        assertThat(jobs).allMatch(job -> simulator.job(job.vendorJobId()).orElseThrow().canceled());
        assertThat(fulfilment.jobs(Long.parseLong(id))).allMatch(job -> job.state() == JobState.CANCELED);
        assertThat(api.history(id)).contains("4over job " + jobs.get(0).vendorJobId() + " (" + jobs.get(0).jobName()
                + ") canceled");
    }

    @Test
    void cancelingOneItemCancelsItsJobsAtFourOverAndAnswersWhatHappenedToEach() {
        String id = create(null, cards(2, art()), cards(1, art()));
        await().atMost(Duration.ofSeconds(10)).until(() -> api.folderOf(id) == SUBMITTED);
        List<VendorJob> jobs = fulfilment.jobs(Long.parseLong(id));
        String itemId = String.valueOf(jobs.get(0).itemId());
        simulator.advanceTo(jobs.get(1).vendorJobId(), JobStatus.PLATED);

        ApiClient.Response canceled = api.post("/orders/" + id + "/order-items/" + itemId + "/cancel", "{}");

        assertThat(canceled.status()).as(canceled.body().toString()).isEqualTo(200);
        JsonNode answered = canceled.body().path("jobs");
        assertThat(answered).hasSize(2);
        assertThat(answered.get(0).path("job_name").asText()).isEqualTo(jobs.get(0).jobName());
        assertThat(answered.get(0).path("vendor_job_id").asText()).isEqualTo(jobs.get(0).vendorJobId());
        assertThat(answered.get(0).path("canceled").asBoolean()).isTrue();
        assertThat(answered.get(0).path("state").asText()).isEqualTo("CANCELED");
        assertThat(answered.get(1).path("canceled").asBoolean()).isFalse();
        assertThat(answered.get(1).path("state").asText()).isEqualTo("SUBMITTED");
        assertThat(answered.get(1).path("outcome").asText()).contains(FourOverSimulator.TOO_FAR_FOR_CANCELLATION);
        assertThat(simulator.job(jobs.get(0).vendorJobId()).orElseThrow().canceled()).isTrue();
        assertThat(simulator.job(jobs.get(1).vendorJobId()).orElseThrow().canceled()).isFalse();
        assertThat(simulator.job(jobs.get(2).vendorJobId()).orElseThrow().canceled()).isFalse();
        assertThat(fulfilment.jobs(Long.parseLong(id))).extracting(VendorJob::state)
                .containsExactly(JobState.CANCELED, JobState.SUBMITTED, JobState.SUBMITTED);
        assertThat(api.history(id)).contains("4over job " + jobs.get(0).vendorJobId() + " (" + jobs.get(0).jobName()
                + ") canceled");
        assertThat(api.history(id)).anyMatch(n -> n.startsWith("Cancel of item " + itemId + " (bc-1000): 1 of 2"));
        assertThat(api.folderOf(id)).isEqualTo(SUBMITTED);
        assertThat(api.post("/orders/" + id + "/order-items/999999/cancel", "{}").status()).isEqualTo(404);
    }

    @Test
    void cancelingTheOnlyItemCancelsTheOrder() {
        String id = create(null, cards(1, art()));
        await().atMost(Duration.ofSeconds(10)).until(() -> api.folderOf(id) == SUBMITTED);
        VendorJob job = fulfilment.jobs(Long.parseLong(id)).get(0);

        api.post("/orders/" + id + "/order-items/" + job.itemId() + "/cancel", "{}");

        assertThat(simulator.job(job.vendorJobId()).orElseThrow().canceled()).isTrue();
        assertThat(api.folderOf(id)).isEqualTo(CANCELED);
    }

    @Test
    void jobsAtAVendorTheCancelRoutesDoNotKnowPutTheOrderInErrorsNamingTheVendor() {
        String wholeOrder = create(null, cards(1, art()));
        String oneItem = create(null, cards(1, art()));
        await().atMost(Duration.ofSeconds(10)).until(() -> api.folderOf(wholeOrder) == SUBMITTED
                && api.folderOf(oneItem) == SUBMITTED);
        VendorJob fourOverJob = fulfilment.jobs(Long.parseLong(wholeOrder)).get(0);
        String oneItemId = String.valueOf(fulfilment.jobs(Long.parseLong(oneItem)).get(0).itemId());
        placeByHandAtAcme(wholeOrder, fourOverJob.itemId());
        placeByHandAtAcme(oneItem, Long.parseLong(oneItemId));

        api.post("/move-orders", "{\"order_id_list\":[" + wholeOrder + "],\"destination_folder_name\":\"Canceled\"}");
        ApiClient.Response itemCanceled = api.post("/orders/" + oneItem + "/order-items/" + oneItemId + "/cancel",
                "{}");

        assertThat(simulator.job(fourOverJob.vendorJobId()).orElseThrow().canceled()).isTrue();
        assertThat(api.folderOf(wholeOrder)).isEqualTo(ERRORS);
        assertThat(api.history(wholeOrder))
                .anyMatch(n -> n.contains("vendor 'acme'") && n.contains("ACME-" + wholeOrder));
        assertThat(api.folderOf(oneItem)).isEqualTo(ERRORS);
        assertThat(api.history(oneItem)).anyMatch(n -> n.contains("vendor 'acme'") && n.contains("ACME-" + oneItem));
        JsonNode acmeJob = itemCanceled.body().path("jobs").get(1);
        assertThat(acmeJob.path("job_name").asText()).isEqualTo("ACME-" + oneItem);
        assertThat(acmeJob.path("canceled").asBoolean()).isFalse();
        assertThat(acmeJob.path("outcome").asText()).contains("vendor 'acme'");
    }

    // ---------------------------------------------------------------- helpers

    /** A job at a vendor PrintRelay has a connector for but whose cancel the routes were not told about. */
    private void placeByHandAtAcme(String orderId, long itemId) {
        fulfilment.plan(Long.parseLong(orderId), "acme",
                List.of(new PlannedJob(itemId, 1, "ACME-" + orderId, "acme-" + orderId)));
    }

    private static void assertConflict(ApiClient.Response response, String names, VendorJob job) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(409);
        assertThat(response.message()).contains(names, job.jobName(), "4over");
    }

    private String create(String extraFields, String... items) {
        ApiClient.Response created = api.post("/orders", TestOrders.json(TestOrders.unique(), extraFields,
                String.join(",", items)));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.body().path("order").path("id").asText();
    }

    private ObjectNode order(String id) {
        return (ObjectNode) api.get("/orders/" + id).body().path("order");
    }

    private static ObjectNode item(ObjectNode order) {
        return (ObjectNode) order.path("order_items").get(0);
    }

    private static List<String> itemIds(JsonNode order) {
        List<String> ids = new ArrayList<>();
        order.path("order_items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    private List<JsonNode> sentOrders(String id) {
        return simulator.ordersReceived().stream()
                .filter(order -> order.path("order_id").asText().equals("PR-" + id)).toList();
    }
}
