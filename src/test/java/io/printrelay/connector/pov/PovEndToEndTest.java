package io.printrelay.connector.pov;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.printrelay.PrintRelayTest;
import io.printrelay.TestOrders;
import io.printrelay.api.ApiClient;
import io.printrelay.fulfilment.FulfilmentStore;
import io.printrelay.fulfilment.JobState;
import io.printrelay.fulfilment.VendorJob;
import io.printrelay.management.Operations;
import io.printrelay.sandbox.fourover.FourOverSimulator;
import io.printrelay.sandbox.fourover.JobStatus;
import io.printrelay.sandbox.pov.PovCatalog;
import io.printrelay.sandbox.pov.PovOrder;
import io.printrelay.sandbox.pov.PovOrderLine;
import io.printrelay.sandbox.pov.PovOrderStatus;
import io.printrelay.sandbox.pov.PovSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.util.List;

import static io.printrelay.TestItems.art;
import static io.printrelay.TestItems.cards;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** POV over HTTP against its simulator: the loop, Shipping Class Match, product settings, errors, mixed orders. */
@PrintRelayTest
@TestPropertySource(properties = {
        "printrelay.sandbox.fourover.step-millis=3600000",
        "printrelay.sandbox.pov.step-millis=3600000",
        "printrelay.vendors.pov.shipping-class-match[Express\\ Shipping]=Priority Express",
        "printrelay.vendors.pov.product-settings.code-match[TEE-RED]=POV-TEE-WHT-L",
        "printrelay.vendors.pov.product-settings.code-skip=GIFT-WRAP",
        "printrelay.fulfilment.settle=0s"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PovEndToEndTest {

    static final int PREPARED = 2, SUBMITTED = 3, SHIPPED = 4, CANCELED = 6, ERRORS = 7;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    PovSimulator pov;
    @Autowired
    FourOverSimulator fourOver;
    @Autowired
    FulfilmentStore fulfilment;
    @Autowired
    Operations operations;
    @Autowired
    CamelContext camel;
    ApiClient api;

    @BeforeEach
    void client() {
        api = ApiClient.sandbox(port);
    }

    @Test
    void aPovOrderIsSubmittedShippedAndLandsInTheAfterShipmentFolder() {
        String id = create(null, tee(2));

        await().atMost(Duration.ofSeconds(10)).until(() -> api.folderOf(id) == SUBMITTED);
        JsonNode sent = sentOrder(id);
        assertThat(sent.path("customer_id").asText()).isEqualTo("pov-sandbox-customer");
        assertThat(sent.path("order_mode").asText()).isEqualTo("test");
        assertThat(sent.path("mail_class").asText()).isEqualTo(PovCatalog.GROUND_ADVANTAGE);
        assertThat(sent.path("ship_to").path("name").asText()).isEqualTo("Jimmy Dean");
        assertThat(sent.path("ship_to").path("zip").asText()).isEqualTo("37203");
        JsonNode line = sent.path("items").get(0);
        assertThat(line.path("sku").asText()).isEqualTo(PovCatalog.CLASSIC_TEE_WHITE_L);
        assertThat(line.path("quantity").asInt()).isEqualTo(2);
        assertThat(line.path("print_url").asText()).isEqualTo("https://art.example/tee.png");
        String povOrderId = fulfilment.jobs(Long.parseLong(id)).get(0).vendorJobId();
        assertThat(api.history(id)).anyMatch(n -> n.startsWith("Submitted to POV as PR-" + id + " (received)")
                && n.contains(povOrderId));

        pov.advanceTo(povOrderId, PovOrderStatus.SHIPPED);
        operations.pollNow("pov-status-poll");

        assertThat(api.folderOf(id)).isEqualTo(SHIPPED);
        JsonNode shipment = api.get("/orders/" + id + "/shipments").body().path("shipments").get(0);
        assertThat(shipment.path("tracking_number").asText()).isEqualTo(pov.trackingNumber(povOrderId));
        assertThat(shipment.path("carrier_code").asText()).isEqualTo("USPS");
        operations.pollNow("pov-status-poll");
        assertThat(api.get("/orders/" + id + "/shipments").body().path("shipments")).hasSize(1);
    }

    @Test
    void pollingManyPovOrdersUsesOneHttpEndpointForAllOfThem() {
        String first = create(null, tee(1));
        String second = create(null, tee(1));
        await().atMost(Duration.ofSeconds(10)).until(() -> api.folderOf(first) == SUBMITTED
                && api.folderOf(second) == SUBMITTED);

        operations.pollNow("pov-status-poll");

        // the order's path and the customer id travel as headers: no endpoint per POV order
        assertThat(camel.getEndpoints()).extracting(Endpoint::getEndpointUri)
                .filteredOn(uri -> uri.startsWith("http") && uri.contains("povRequestTimeout"))
                .isNotEmpty().hasSizeLessThanOrEqualTo(2).noneMatch(uri -> uri.contains("/orders/"));
    }

    @Test
    void aPovOrderPovDoesNotKnowDoesNotStopThePollOfTheOthers() {
        String unknown = create(null, tee(1));
        String shipped = create(null, tee(1));
        await().atMost(Duration.ofSeconds(10)).until(() -> api.folderOf(unknown) == SUBMITTED
                && api.folderOf(shipped) == SUBMITTED);
        VendorJob unknownLine = fulfilment.jobs(Long.parseLong(unknown)).get(0);
        fulfilment.markSubmitted(unknownLine, "POV-NOT-THERE", unknownLine.nextCheckAt());
        pov.advanceTo(fulfilment.jobs(Long.parseLong(shipped)).get(0).vendorJobId(), PovOrderStatus.SHIPPED);

        operations.pollNow("pov-status-poll");

        assertThat(api.folderOf(shipped)).isEqualTo(SHIPPED);
        assertThat(api.folderOf(unknown)).isEqualTo(SUBMITTED);
        fulfilment.markCanceled(unknownLine, "not at POV");
    }

    @Test
    void everyArtworkFileGoesToPovWithItsLocation() {
        String id = create(null, "{\"name\":\"Classic tee\",\"code\":\"tee\",\"quantity\":1,\"metadata\":{"
                + "\"print_sku\":\"" + PovCatalog.CLASSIC_TEE_WHITE_L + "\","
                + "\"print_url_1\":\"https://art.example/front.png\",\"print_location_1\":\"front\","
                + "\"print_url_2\":\"https://art.example/back.png\",\"print_location_2\":\"back\","
                + "\"print_url_3\":\"https://art.example/sleeve.png\",\"print_location_3\":\"sleeve\","
                + "\"print_url_4\":\"https://art.example/label.png\"}}");

        await().atMost(Duration.ofSeconds(10)).until(() -> api.folderOf(id) == SUBMITTED);
        String povOrderId = fulfilment.jobs(Long.parseLong(id)).get(0).vendorJobId();
        PovOrderLine line = pov.order(povOrderId).orElseThrow().items().get(0);
        assertThat(line.printUrl()).isEqualTo("https://art.example/front.png");
        assertThat(line.prints()).containsExactly(new PovOrderLine.Print("https://art.example/front.png", "front"),
                new PovOrderLine.Print("https://art.example/back.png", "back"),
                new PovOrderLine.Print("https://art.example/sleeve.png", "sleeve"),
                new PovOrderLine.Print("https://art.example/label.png", null));
    }

    @Test
    void aLineAddedToAnOrderPovHasGoesAsAPovOrderOfItsOwn() {
        String id = create(null, tee(1));
        await().atMost(Duration.ofSeconds(10)).until(() -> api.folderOf(id) == SUBMITTED);
        VendorJob teeLine = fulfilment.jobs(Long.parseLong(id)).get(0);

        assertThat(api.post("/orders/" + id + "/order-items", mug()).status()).isEqualTo(201);
        sendAgain(id);

        await().atMost(Duration.ofSeconds(10)).until(() -> api.folderOf(id) == SUBMITTED);
        List<VendorJob> lines = fulfilment.jobs(Long.parseLong(id));
        assertThat(lines).hasSize(2).allMatch(line -> line.state() == JobState.SUBMITTED);
        VendorJob mugLine = lines.get(1);
        PovOrder added = pov.orderByReference("PR-" + id + "-2").orElseThrow();
        assertThat(added.items()).extracting(PovOrderLine::lineReference).containsExactly(mugLine.jobName());
        assertThat(added.items().get(0).sku()).isEqualTo(PovCatalog.MUG_11OZ);
        assertThat(mugLine.vendorJobId()).isEqualTo(added.orderId()).isNotEqualTo(teeLine.vendorJobId());
        assertThat(pov.order(teeLine.vendorJobId()).orElseThrow().items()).extracting(PovOrderLine::lineReference)
                .containsExactly(teeLine.jobName());
        assertThat(sentOrders(id)).hasSize(1);
        assertThat(api.history(id)).anyMatch(n -> n.startsWith("Submitted to POV as PR-" + id + "-2 (received)"));

        pov.advanceTo(teeLine.vendorJobId(), PovOrderStatus.SHIPPED);
        pov.advanceTo(added.orderId(), PovOrderStatus.SHIPPED);
        operations.pollNow("pov-status-poll");
        assertThat(api.folderOf(id)).isEqualTo(SHIPPED);
        assertThat(api.get("/orders/" + id + "/shipments").body().path("shipments")).hasSize(2);
    }

    @Test
    void aReferencePovHasForOtherLinesIsAnErrorNotASubmission() throws Exception {
        String id = create("\"folder_id\":" + PREPARED, tee(1));
        String others = pov.placeOrder(MAPPER.readTree("{\"customer_id\":\"pov-sandbox-customer\","
                + "\"order_mode\":\"test\",\"reference\":\"PR-" + id + "\",\"mail_class\":\"Priority\","
                + "\"ship_to\":{\"name\":\"Ada Lovelace\",\"address1\":\"1 Main St\",\"city\":\"Austin\","
                + "\"zip\":\"78701\",\"country\":\"US\"},\"items\":[{\"sku\":\"" + PovCatalog.MUG_11OZ + "\","
                + "\"quantity\":1,\"print_url\":\"https://art.example/other.png\",\"line_reference\":\"X-1\"}]}"))
                .orderId();

        sendAgain(id);

        await().atMost(Duration.ofSeconds(10)).until(() -> api.folderOf(id) == ERRORS);
        VendorJob line = fulfilment.jobs(Long.parseLong(id)).get(0);
        assertThat(line.state()).isEqualTo(JobState.FAILED);
        assertThat(line.vendorJobId()).isNull();
        assertThat(api.history(id)).anyMatch(n -> n.contains("POV refused job " + line.jobName() + ": POV order "
                + others + " (reference PR-" + id + ") does not have this line"));
        assertThat(pov.orderByReference("PR-" + id).orElseThrow().items()).extracting(PovOrderLine::lineReference)
                .containsExactly("X-1");
    }

    @Test
    void shippingClassMatchIgnoresCaseAndSpacesAndFallsBackToTheDefault() {
        String matched = create("\"shipping_method\":\"  express SHIPPING \"", tee(1));
        String unmatched = create("\"shipping_method\":\"Carrier pigeon\"", tee(1));

        await().atMost(Duration.ofSeconds(10)).until(() -> api.folderOf(matched) == SUBMITTED
                && api.folderOf(unmatched) == SUBMITTED);
        assertThat(sentOrder(matched).path("mail_class").asText()).isEqualTo(PovCatalog.PRIORITY_EXPRESS);
        assertThat(sentOrder(unmatched).path("mail_class").asText()).isEqualTo(PovCatalog.GROUND_ADVANTAGE);
    }

    @Test
    void productCodeMatchSuppliesPrintSkuAndProductCodeSkipLeavesItemsOut() {
        String id = create(null, "{\"name\":\"Red tee\",\"code\":\"tee-red\",\"quantity\":1,\"metadata\":{"
                + "\"print_url\":\"https://art.example/red.png\"}}",
                "{\"name\":\"Gift wrap\",\"code\":\"gift-wrap\",\"quantity\":1}");

        await().atMost(Duration.ofSeconds(10)).until(() -> api.folderOf(id) == SUBMITTED);
        JsonNode items = sentOrder(id).path("items");
        assertThat(items).hasSize(1);
        assertThat(items.get(0).path("sku").asText()).isEqualTo(PovCatalog.CLASSIC_TEE_WHITE_L);
        assertThat(api.history(id)).contains("Not sent to any vendor (Product Code Skip): gift-wrap");
    }

    @Test
    void aMissingPrintSkuIsAnErrorNamingTheItemAndNothingIsSent() {
        String id = create(null, "{\"name\":\"Tee\",\"code\":\"tee-x\",\"quantity\":1,\"metadata\":{"
                + "\"vendor\":\"pov\",\"print_url\":\"https://art.example/x.png\"}}");

        await().atMost(Duration.ofSeconds(10)).until(() -> api.folderOf(id) == ERRORS);
        String itemId = itemId(id);
        assertThat(api.history(id)).contains("Moved from New to Errors: Order " + id + " item " + itemId
                + " (tee-x): print details are missing: print_sku");
        assertThat(sentOrders(id)).isEmpty();
    }

    @Test
    void aMissingPrintUrlIsAnErrorNamingTheItemAndNothingIsSent() {
        String id = create(null, "{\"name\":\"Mug\",\"code\":\"mug-x\",\"quantity\":1,\"metadata\":{"
                + "\"print_sku\":\"" + PovCatalog.MUG_11OZ + "\"}}");

        await().atMost(Duration.ofSeconds(10)).until(() -> api.folderOf(id) == ERRORS);
        assertThat(api.history(id)).contains("Moved from New to Errors: Order " + id + " item " + itemId(id)
                + " (mug-x): print details are missing: print_url");
        assertThat(sentOrders(id)).isEmpty();
    }

    @Test
    void povsRefusalGoesToErrorsWithItsMessage() {
        String id = create(null, "{\"name\":\"Sock\",\"code\":\"sock\",\"quantity\":1,\"metadata\":{"
                + "\"print_sku\":\"POV-SOCK-NOPE\",\"print_url\":\"https://art.example/s.png\"}}");

        await().atMost(Duration.ofSeconds(10)).until(() -> api.folderOf(id) == ERRORS);
        assertThat(api.history(id)).anyMatch(n -> n.contains("POV refused order PR-" + id
                + " (HTTP 422): Unknown SKU 'POV-SOCK-NOPE' (item 1)"));
        assertThat(fulfilment.jobs(Long.parseLong(id))).allMatch(job -> job.state() == JobState.FAILED);
    }

    @Test
    void aMixedOrderGoesToBothVendorsAndShipsInTwoParts() {
        String id = create(null, cards(1, art()), tee(1));

        await().atMost(Duration.ofSeconds(10)).until(() -> api.folderOf(id) == SUBMITTED);
        assertThat(sentOrders(id)).hasSize(1);
        assertThat(fourOver.ordersReceived().stream().filter(o -> o.path("order_id").asText().equals("PR-" + id)))
                .hasSize(1);
        List<VendorJob> jobs = fulfilment.jobs(Long.parseLong(id));
        VendorJob fourOverJob = jobs.stream().filter(j -> j.vendor().equals("fourover")).findFirst().orElseThrow();
        VendorJob povLine = jobs.stream().filter(j -> j.vendor().equals("pov")).findFirst().orElseThrow();

        pov.advanceTo(povLine.vendorJobId(), PovOrderStatus.SHIPPED);
        operations.pollNow("pov-status-poll");
        assertThat(api.folderOf(id)).isEqualTo(SUBMITTED);
        assertThat(api.history(id)).anyMatch(n -> n.startsWith("Partially shipped: 1 of 2 jobs shipped"));

        fourOver.advanceTo(fourOverJob.vendorJobId(), JobStatus.COMPLETE_SHIPPED);
        operations.pollNow("fourover-status-poll");

        assertThat(api.folderOf(id)).isEqualTo(SHIPPED);
        assertThat(api.get("/orders/" + id + "/shipments").body().path("shipments")).hasSize(2);
    }

    @Test
    void anOrderPovCancelsMovesToCanceledWithANote() {
        String id = create(null, tee(1));
        await().atMost(Duration.ofSeconds(10)).until(() -> api.folderOf(id) == SUBMITTED);
        String povOrderId = fulfilment.jobs(Long.parseLong(id)).get(0).vendorJobId();

        pov.cancel(povOrderId);
        operations.pollNow("pov-status-poll");

        assertThat(api.folderOf(id)).isEqualTo(CANCELED);
        assertThat(api.history(id)).contains("POV canceled order " + povOrderId);
    }

    @Test
    void cancelingAnItemPovAlreadyHasSaysToAskPovAndKeepsItTracked() {
        String id = create(null, tee(1));
        await().atMost(Duration.ofSeconds(10)).until(() -> api.folderOf(id) == SUBMITTED);
        VendorJob line = fulfilment.jobs(Long.parseLong(id)).get(0);

        ApiClient.Response canceled = api.post("/orders/" + id + "/order-items/" + line.itemId() + "/cancel", "{}");

        assertThat(canceled.status()).as(canceled.body().toString()).isEqualTo(200);
        JsonNode answered = canceled.body().path("jobs").get(0);
        assertThat(answered.path("canceled").asBoolean()).isFalse();
        assertThat(answered.path("state").asText()).isEqualTo("SUBMITTED");
        assertThat(answered.path("outcome").asText()).contains("ask POV", "no cancel call");
        assertThat(api.history(id))
                .anyMatch(n -> n.startsWith("POV order " + line.vendorJobId() + " was already sent"));
        assertThat(pov.order(line.vendorJobId()).orElseThrow().status()).isNotEqualTo(PovOrderStatus.CANCELED);
        assertThat(fulfilment.jobs(Long.parseLong(id))).extracting(VendorJob::state)
                .containsExactly(JobState.SUBMITTED);
        assertThat(api.folderOf(id)).isEqualTo(SUBMITTED);
    }

    static String tee(int quantity) {
        return "{\"name\":\"Classic tee\",\"code\":\"tee\",\"quantity\":" + quantity + ",\"metadata\":{"
                + "\"print_sku\":\"" + PovCatalog.CLASSIC_TEE_WHITE_L + "\",\"print_url_1\":\"https://art.example/tee.png\","
                + "\"print_location_1\":\"front\"}}";
    }

    static String mug() {
        return "{\"name\":\"Mug\",\"code\":\"mug\",\"quantity\":1,\"metadata\":{\"print_sku\":\""
                + PovCatalog.MUG_11OZ + "\",\"print_url\":\"https://art.example/mug.png\"}}";
    }

    /** Back to New and through the sweep, as an operator retrying a changed order does. */
    private void sendAgain(String id) {
        api.post("/move-orders", "{\"order_id_list\":[" + id + "],\"destination_folder_name\":\"New\"}");
        operations.pollNow("fulfilment-sweep");
    }

    private String create(String extraFields, String... items) {
        ApiClient.Response created = api.post("/orders", TestOrders.json(TestOrders.unique(), extraFields,
                String.join(",", items)));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.body().path("order").path("id").asText();
    }

    private String itemId(String id) {
        return api.get("/orders/" + id).body().path("order").path("order_items").get(0).path("id").asText();
    }

    private List<JsonNode> sentOrders(String id) {
        return pov.ordersReceived().stream().filter(o -> o.path("reference").asText().equals("PR-" + id)).toList();
    }

    private JsonNode sentOrder(String id) {
        List<JsonNode> sent = sentOrders(id);
        assertThat(sent).hasSize(1);
        return sent.get(0);
    }
}
