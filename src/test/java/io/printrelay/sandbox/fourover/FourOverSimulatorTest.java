package io.printrelay.sandbox.fourover;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.printrelay.PrintRelayTest;
import io.printrelay.sandbox.fourover.FourOverSandboxClient.Response;
import io.printrelay.sandbox.fourover.SimulatedCatalog.BusinessCards;
import io.printrelay.sandbox.fourover.SimulatedCatalog.Flyers;
import io.printrelay.connector.fourover.FourOverSigner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The simulated 4over over real HTTP, signed as the connector signs. The outer tests run at the shipped pace
 * (3 s per status), so a fresh job is still cancelable when the test asks; {@link WithTwentyMillisecondSteps}
 * lets jobs run to the end.
 */
@PrintRelayTest
class FourOverSimulatorTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String UNAUTHORIZED =
            "{\"status\":\"error\",\"status_code\":401,\"message\":\"Invalid API key or signature\"}";

    @LocalServerPort
    int port;

    @Autowired
    FourOverSimulator simulator;

    FourOverSandboxClient fourOver;

    @BeforeEach
    void startClean() {
        simulator.reset();
        fourOver = FourOverSandboxClient.sandbox(port);
    }

    @Test
    void aWrongOrMissingSignatureIs401ForGetAndPost() {
        FourOverSandboxClient wrongKey = new FourOverSandboxClient(port, FourOverSandboxClient.PUBLIC_KEY, "guess");

        Response get = wrongKey.get("/printproducts/products");
        Response post = wrongKey.post("/orders", order("PR-401", "", businessCards("PR-401-1")));
        Response unsigned = fourOver.send(fourOver.unsigned("/paymentprofiles").GET());

        assertThat(get.status()).isEqualTo(401);
        assertThat(get.body().toString()).isEqualTo(UNAUTHORIZED);
        assertThat(post.status()).isEqualTo(401);
        assertThat(post.body().toString()).isEqualTo(UNAUTHORIZED);
        assertThat(unsigned.status()).isEqualTo(401);
        assertThat(simulator.ordersReceived()).as("a refused signature places nothing").isEmpty();
    }

    @Test
    void eitherTheQueryOrTheHeaderCarriesTheSignatureOfTheRequestsMethod() {
        FourOverSigner signer = new FourOverSigner(FourOverSandboxClient.PUBLIC_KEY, FourOverSandboxClient.PRIVATE_KEY);

        Response queryOnly = fourOver.send(fourOver.unsigned("/paymentprofiles?" + signer.queryParameters("GET")).GET());
        Response headerOnly = fourOver.send(fourOver.unsigned("/orders")
                .header("Authorization", signer.authorizationHeader("POST"))
                .POST(HttpRequest.BodyPublishers.ofString(order("PR-HDR", "", businessCards("PR-HDR-1")).toString())));
        Response getSignatureOnAPost = fourOver.send(fourOver.unsigned("/orders")
                .header("Authorization", signer.authorizationHeader("GET"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(queryOnly.status()).isEqualTo(200);
        assertThat(headerOnly.status()).isEqualTo(200);
        assertThat(headerOnly.body().path("order_status").asText()).isEqualTo("Success");
        assertThat(getSignatureOnAPost.status()).isEqualTo(401);
    }

    @Test
    void theCatalogListsCategoriesAndProductsPageByPage() {
        Response categories = fourOver.get("/printproducts/categories");
        Response products = fourOver.get("/printproducts/products");
        Response secondPage = fourOver.get("/printproducts/products?max=2&offset=2");
        Response businessCards = fourOver.get("/printproducts/categories/" + SimulatedCatalog.BUSINESS_CARDS_CATEGORY
                + "/products");

        assertThat(names(categories.body().path("entities"), "category_name"))
                .containsExactly("Business Cards", "Flyers and Brochures", "Postcards", "Banners",
                        "Stickers and Labels", "Brochures");
        assertThat(products.body().path("totalResults").asInt()).isEqualTo(SimulatedCatalog.PRODUCT_COUNT);
        assertThat(products.body().path("currentPage").asInt()).isEqualTo(1);
        assertThat(products.body().path("maximumPages").asInt()).isEqualTo(103);
        assertThat(products.body().path("entities")).hasSize(20);
        assertThat(names(products.body().path("entities"), "product_code"))
                .startsWith("BC-14PT-3.5X2", "FLY-100GLB-8.5X11", "PC-16PT-4X6");
        assertThat(secondPage.body().path("entities")).hasSize(2);
        assertThat(secondPage.body().path("currentPage").asInt()).isEqualTo(2);
        assertThat(secondPage.body().path("maximumPages").asInt()).isEqualTo(1022);
        JsonNode card = businessCards.body().path("entities").get(0);
        assertThat(businessCards.body().path("totalResults").asInt()).isEqualTo(341);
        assertThat(card.path("product_uuid").asText()).isEqualTo(BusinessCards.PRODUCT);
        assertThat(card.path("product_description").asText()).contains("14PT");
        assertThat(card.path("full_product_path").asText()).startsWith("Business Cards/");
    }

    @Test
    void aProductShowsItsOptionGroupsAndBasePrices() {
        JsonNode product = fourOver.get("/printproducts/products/" + BusinessCards.PRODUCT).body();
        JsonNode groups = fourOver.get("/printproducts/products/" + BusinessCards.PRODUCT + "/optiongroups").body();
        JsonNode prices = fourOver.get("/printproducts/products/" + BusinessCards.PRODUCT + "/baseprices").body();

        assertThat(product.path("product_code").asText()).isEqualTo("BC-14PT-3.5X2");
        assertThat(names(product.path("product_option_groups"), "product_option_group_name"))
                .containsExactly("Runsize", "Colorspec", "Turn Around Time", "Coating");
        assertThat(groups.path("entities")).isEqualTo(product.path("product_option_groups"));
        JsonNode runsizes = groups.path("entities").get(0);
        assertThat(runsizes.path("product_option_group_uuid").asText()).isEqualTo(SimulatedCatalog.RUNSIZE_GROUP);
        assertThat(runsizes.path("minoccurs").asInt()).isEqualTo(1);
        assertThat(names(runsizes.path("options"), "option_name")).containsExactly("250", "500", "1000");
        assertThat(runsizes.path("options").get(1).path("option_uuid").asText()).isEqualTo(BusinessCards.RUNSIZE_500);
        JsonNode coating = groups.path("entities").get(3);
        assertThat(coating.path("minoccurs").asInt()).isZero();
        assertThat(coating.path("maxoccurs").asInt()).isEqualTo(1);
        JsonNode threeDays500Full = StreamSupport.stream(groups.path("entities").get(2).path("options").spliterator(), false)
                .filter(o -> o.path("option_uuid").asText().equals(BusinessCards.THREE_DAYS_500_4_4)).findFirst().orElseThrow();
        assertThat(threeDays500Full.path("option_name").asText()).isEqualTo("3 Business Days");
        assertThat(threeDays500Full.path("runsize_uuid").asText()).isEqualTo(BusinessCards.RUNSIZE_500);
        assertThat(threeDays500Full.path("colorspec_uuid").asText()).isEqualTo(BusinessCards.COLORSPEC_4_4);
        assertThat(groups.path("entities").get(2).path("options")).hasSize(12);
        assertThat(prices.path("entities")).hasSize(6);
        JsonNode price = prices.path("entities").get(0);
        assertThat(price.path("product_baseprice").isTextual()).isTrue();
        assertThat(price.path("product_baseprice").asText()).matches("\\d+\\.\\d\\d");
        assertThat(price.path("base_price_uuid").asText()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(price.path("runsize").asText()).isEqualTo("250");
        assertThat(price.path("colorspec").asText()).isEqualTo("4/0");
    }

    @Test
    void anUnknownProductIs404() {
        Response response = fourOver.get("/printproducts/products/00000000-0000-4000-8000-000000000000");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body().toString()).isEqualTo("{\"status\":\"error\",\"status_code\":404,"
                + "\"message\":\"Product 00000000-0000-4000-8000-000000000000 not found\"}");
    }

    @Test
    void paymentProfilesListTheTwoSavedCards() {
        JsonNode profiles = fourOver.get("/paymentprofiles").body().path("entities");

        assertThat(names(profiles, "profile_token"))
                .containsExactly(SimulatedPaymentProfiles.VISA_TOKEN, SimulatedPaymentProfiles.MASTERCARD_TOKEN);
        assertThat(names(profiles, "type")).containsExactly("Visa", "Mastercard");
        assertThat(profiles.get(0).path("last_four").asText()).isEqualTo("4242");
    }

    @Test
    void anOrderWithTwoGoodJobsSucceedsWithOneOrderNumber() {
        ObjectNode order = order("PR-1001", "", businessCards("PR-1001-1"), businessCards("PR-1001-2"));

        Response response = fourOver.post("/orders", order);

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.body();
        assertThat(body.path("order_status").asText()).isEqualTo("Success");
        assertThat(body.path("customer_order_id").asText()).isEqualTo("PR-1001");
        assertThat(body.path("errors")).isEmpty();
        List<String> jobIds = fieldNames(body.path("job_ids"));
        assertThat(jobIds).hasSize(2);
        assertThat(jobIds.get(0)).matches("Z\\d{11}-001");
        assertThat(jobIds.get(1)).isEqualTo(jobIds.get(0).replace("-001", "-002"));
        assertThat(body.path("job_ids").path(jobIds.get(1)).path("customer_job_id").asText()).isEqualTo("PR-1001-2");
        assertThat(body.path("job_ids").path(jobIds.get(1)).path("status").asInt()).isEqualTo(200);
        assertThat(simulator.ordersReceived()).containsExactly(order);
        SimulatedJob job = simulator.job(jobIds.get(0)).orElseThrow();
        assertThat(job.customerOrderId()).isEqualTo("PR-1001");
        assertThat(job.customerJobId()).isEqualTo("PR-1001-1");
        assertThat(job.request()).isEqualTo(order.path("jobs").get(0));
        assertThat(fourOver.get("/orders/" + jobIds.get(0) + "/status").body().path("entities").get(0)
                .path("status").asText()).isEqualTo("New");
        assertThat(fourOver.get("/orders/" + jobIds.get(0) + "/tracking").body().toString())
                .isEqualTo("{\"tracking\":\"\"}");
    }

    @Test
    void simWarningFailsTheLastJobAndKeepsTheOthers() {
        JsonNode body = fourOver.post("/orders", order("PR-1002", "SIM-WARNING", businessCards("PR-1002-1"),
                businessCards("PR-1002-2"))).body();

        assertThat(body.path("order_status").asText()).isEqualTo("Warning");
        assertThat(fieldNames(body.path("job_ids"))).singleElement().asString().matches("Z\\d{11}-001");
        assertThat(body.path("job_ids").elements().next().path("customer_job_id").asText()).isEqualTo("PR-1002-1");
        assertThat(body.path("errors")).hasSize(1);
        assertThat(body.path("errors").get(0).path("job_name").asText()).isEqualTo("PR-1002-2");
        assertThat(body.path("errors").get(0).path("message").asText())
                .isEqualTo("Simulated failure: press unavailable");
    }

    @Test
    void simFailedFailsEveryJob() {
        JsonNode body = fourOver.post("/orders", order("PR-1003", "sim-failed", businessCards("PR-1003-1"),
                businessCards("PR-1003-2"))).body();

        assertThat(body.path("order_status").asText()).isEqualTo("Failed");
        assertThat(body.path("job_ids")).isEmpty();
        assertThat(names(body.path("errors"), "job_name")).containsExactly("PR-1003-1", "PR-1003-2");
        assertThat(names(body.path("errors"), "message")).containsOnly(MagicCoupons.SIMULATED_FAILURE);
    }

    @Test
    void eachBadJobFailsOnItsOwnWithAMessageNamingTheJobAndTheField() {
        ObjectNode badRunsize = businessCards("PR-1004-2").put("runsize_uuid", Flyers.RUNSIZE_100);
        ObjectNode noFront = businessCards("PR-1004-3");
        ((ObjectNode) noFront.path("files")).remove("fr");
        ObjectNode noCity = businessCards("PR-1004-4");
        ((ObjectNode) noCity.path("ship_to")).put("city", "");
        ObjectNode wrongTurnaround = businessCards("PR-1004-5").put("turnaroundtime_uuid", BusinessCards.NEXT_DAY_250_4_0);

        JsonNode body = fourOver.post("/orders", order("PR-1004", "", businessCards("PR-1004-1"), badRunsize, noFront,
                noCity, wrongTurnaround)).body();

        assertThat(body.path("order_status").asText()).isEqualTo("Warning");
        assertThat(body.path("job_ids")).hasSize(1);
        assertThat(names(body.path("errors"), "job_name")).containsExactly("PR-1004-2", "PR-1004-3", "PR-1004-4",
                "PR-1004-5");
        assertThat(names(body.path("errors"), "message")).containsExactly(
                "PR-1004-2: runsize_uuid '" + Flyers.RUNSIZE_100 + "' is not a runsize of product " + BusinessCards.PRODUCT,
                "PR-1004-3: files.fr is required",
                "PR-1004-4: ship_to.city is required",
                "PR-1004-5: turnaroundtime_uuid '" + BusinessCards.NEXT_DAY_250_4_0 + "' is the turnaround for runsize"
                        + " 250 at 4/0, not for the job's runsize_uuid and colorspec_uuid");
    }

    @Test
    void problemsOfTheWholeOrderAre400AndPlaceNothing() {
        ObjectNode noPayment = order("PR-1005", "", businessCards("PR-1005-1"));
        noPayment.remove("payment");
        ObjectNode unknownCard = order("PR-1006", "", businessCards("PR-1006-1"));
        ((ObjectNode) unknownCard.path("payment")).put("profile_token", "not-a-card");
        ObjectNode noOrderId = order("", "", businessCards("PR-1007-1"));
        ObjectNode noJobs = order("PR-1008", "");

        assertBadRequest(fourOver.post("/orders", noPayment),
                "payment.profile_token is required unless is_test_order is true");
        assertBadRequest(fourOver.post("/orders", unknownCard),
                "payment.profile_token 'not-a-card' is not a payment profile of this account");
        assertBadRequest(fourOver.post("/orders", noOrderId), "order_id is required");
        assertBadRequest(fourOver.post("/orders", noJobs), "jobs: at least one job is required");
        assertBadRequest(fourOver.post("/orders", "{\"order_id\":"), null);
        assertThat(simulator.ordersReceived()).as("refused orders are still recorded as received").hasSize(4);

        noPayment.put("is_test_order", true);
        assertThat(fourOver.post("/orders", noPayment).body().path("order_status").asText())
                .as("a test order needs no payment").isEqualTo("Success");
    }

    @Test
    void anEarlyCancelAnswersTrueAndTheJobStopsAsCanceled() {
        String jobId = placeOneJob("PR-1009", "");

        Response cancel = fourOver.delete("/orders/" + jobId);
        Response again = fourOver.delete("/orders/" + jobId);

        assertThat(cancel.status()).isEqualTo(200);
        assertThat(cancel.body().isBoolean()).isTrue();
        assertThat(cancel.body().booleanValue()).isTrue();
        assertThat(again.body().booleanValue()).as("canceling twice is fine").isTrue();
        JsonNode statuses = fourOver.get("/orders/" + jobId + "/status").body().path("entities");
        assertThat(names(statuses, "status")).startsWith("Canceled").endsWith("New");
        assertThat(statuses.get(0).path("status_code_uuid").asText()).isEqualTo(JobStatus.CANCELED.statusCodeUuid());
        assertThat(statuses.get(0).path("date_set").asText()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
        assertThat(simulator.job(jobId).orElseThrow().canceled()).isTrue();
        assertThat(fourOver.get("/orders/" + jobId + "/tracking").body().path("tracking").asText()).isEmpty();
    }

    @Test
    void anUnknownJobIs404Everywhere() {
        for (Response response : List.of(fourOver.get("/orders/Z00000000000-001/status"),
                fourOver.get("/orders/Z00000000000-001/tracking"), fourOver.delete("/orders/Z00000000000-001"))) {
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.message()).isEqualTo("Job Z00000000000-001 not found");
        }
    }

    @Test
    void simSlowAnswersLateButStillPlacesTheOrder() {
        ObjectNode order = order("PR-1010", "SIM-SLOW", businessCards("PR-1010-1"));

        assertThatThrownBy(() -> fourOver.send(fourOver.signed("POST", "/orders")
                .POST(HttpRequest.BodyPublishers.ofString(order.toString())), Duration.ofMillis(500)))
                .hasCauseInstanceOf(HttpTimeoutException.class);
        await().atMost(Duration.ofSeconds(2)).until(() -> !simulator.ordersReceived().isEmpty());
        assertThat(simulator.ordersReceived()).containsExactly(order);
    }

    /**
     * Jobs that finish in a fraction of a second: 20 ms per status. The context is closed afterwards, so that
     * only the shared one is left to register PrintRelay's MBeans (the Jolokia tests expect a single one).
     */
    @Nested
    @TestPropertySource(properties = "printrelay.sandbox.fourover.step-millis=20")
    @DirtiesContext
    class WithTwentyMillisecondSteps {

        @LocalServerPort
        int port;

        @Autowired
        FourOverSimulator simulator;

        FourOverSandboxClient fourOver;

        @BeforeEach
        void startClean() {
            simulator.reset();
            fourOver = FourOverSandboxClient.sandbox(port);
        }

        @Test
        void aJobMovesThroughProductionToCompleteShippedAndThenHasTracking() {
            String jobId = placeOneJob(fourOver, "PR-2001", "");

            await().atMost(Duration.ofSeconds(5)).until(() -> currentStatus(jobId).equals("Complete: Shipped"));

            assertThat(names(statuses(jobId), "status")).containsExactly("Complete: Shipped", "Delivery Pending",
                    "Packaging", "On Press", "Plated", "Batch Imposition", "Batch Prep", "Pre-Flighting",
                    "Order Pending", "New");
            String tracking = fourOver.get("/orders/" + jobId + "/tracking").body().path("tracking").asText();
            assertThat(tracking).matches("1Z4OVR\\d{12}")
                    .isEqualTo(simulator.job(jobId).orElseThrow().trackingNumber());
        }

        @Test
        void simHoldPassesThroughAnArtworkHoldAfterPreFlighting() {
            String jobId = placeOneJob(fourOver, "PR-2002", "SIM-HOLD");

            await().atMost(Duration.ofSeconds(5)).until(() -> currentStatus(jobId).equals("Complete: Shipped"));

            List<String> statuses = names(statuses(jobId), "status");
            assertThat(statuses).hasSize(11);
            assertThat(statuses.indexOf("On Hold: Artwork needs review"))
                    .isEqualTo(statuses.indexOf("Pre-Flighting") - 1)
                    .isEqualTo(statuses.indexOf("Batch Prep") + 1);
        }

        @Test
        void simPickupEndsPickedUpAndHasNoTracking() {
            String jobId = placeOneJob(fourOver, "PR-2004", "SIM-PICKUP");

            await().atMost(Duration.ofSeconds(5)).until(() -> currentStatus(jobId).equals("Complete: Picked Up"));

            assertThat(names(statuses(jobId), "status")).hasSize(10).doesNotContain("Complete: Shipped");
            assertThat(fourOver.get("/orders/" + jobId + "/tracking").body().path("tracking").asText()).isEmpty();
        }

        @Test
        void aCancelAfterBatchImpositionIs400TooFar() {
            String jobId = placeOneJob(fourOver, "PR-2003", "");
            await().atMost(Duration.ofSeconds(5)).until(() -> names(statuses(jobId), "status").contains("Plated"));

            Response cancel = fourOver.delete("/orders/" + jobId);

            assertThat(cancel.status()).isEqualTo(400);
            assertThat(cancel.body().toString()).isEqualTo("{\"status\":\"error\",\"status_code\":400,"
                    + "\"message\":\"Job has progressed too far for cancellation\"}");
            assertThat(names(statuses(jobId), "status")).doesNotContain("Canceled");
            assertThat(simulator.job(jobId).orElseThrow().canceled()).isFalse();
        }

        private JsonNode statuses(String jobId) {
            return fourOver.get("/orders/" + jobId + "/status").body().path("entities");
        }

        private String currentStatus(String jobId) {
            return statuses(jobId).get(0).path("status").asText();
        }
    }

    private String placeOneJob(String orderId, String coupon) {
        return placeOneJob(fourOver, orderId, coupon);
    }

    private static String placeOneJob(FourOverSandboxClient fourOver, String orderId, String coupon) {
        JsonNode body = fourOver.post("/orders", order(orderId, coupon, businessCards(orderId + "-1"))).body();
        assertThat(body.path("order_status").asText()).isEqualTo("Success");
        return body.path("job_ids").fieldNames().next();
    }

    /** A paid (non-test) order as the connector sends it. */
    static ObjectNode order(String orderId, String coupon, ObjectNode... jobs) {
        ObjectNode order = MAPPER.createObjectNode()
                .put("order_id", orderId)
                .put("is_test_order", false)
                .put("skip_conformation", true)
                .put("skip_confirmation", true)
                .put("coupon_code", coupon);
        ArrayNode jobArray = order.putArray("jobs");
        for (ObjectNode job : jobs) {
            jobArray.add(job);
        }
        ObjectNode payment = order.putObject("payment").put("profile_token", SimulatedPaymentProfiles.VISA_TOKEN);
        payment.putObject("requested_currency").put("currency_code", "USD");
        return order;
    }

    /** 500 business cards, full color both sides, 3 business days, UV coated, drop-shipped. */
    static ObjectNode businessCards(String jobName) {
        ObjectNode job = MAPPER.createObjectNode()
                .put("job_name", jobName)
                .put("product_uuid", BusinessCards.PRODUCT)
                .put("runsize_uuid", BusinessCards.RUNSIZE_500)
                .put("turnaroundtime_uuid", BusinessCards.THREE_DAYS_500_4_4)
                .put("colorspec_uuid", BusinessCards.COLORSPEC_4_4);
        job.putArray("option_uuids").add(BusinessCards.COATING_UV);
        job.put("dropship", true).put("sets", 1);
        job.putObject("files").put("fr", "https://files.example.com/front.pdf")
                .put("bk", "https://files.example.com/back.pdf");
        address(job.putObject("ship_to"), "", "Jimmy", "Dean", "800 Emmet St", "Nashville", "TN", "37203");
        address(job.putObject("ship_from"), "PrintRelay Demo Shop", "", "", "1 Main St", "Austin", "TX", "78701");
        job.putObject("shipper").put("shipping_method", "UPS Ground").put("shipping_code", "03");
        job.put("ship_from_facility", "");
        return job;
    }

    private static void address(ObjectNode node, String company, String firstname, String lastname, String address,
                                String city, String state, String zipcode) {
        node.put("company", company).put("firstname", firstname).put("lastname", lastname)
                .put("email", "jimmy@example.com").put("phone", "615-555-0100").put("address", address)
                .put("address2", "").put("city", city).put("state", state).put("zipcode", zipcode)
                .put("country", "US");
    }

    private static void assertBadRequest(Response response, String message) {
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().path("status").asText()).isEqualTo("error");
        assertThat(response.body().path("status_code").asInt()).isEqualTo(400);
        if (message != null) {
            assertThat(response.message()).isEqualTo(message);
        }
    }

    private static List<String> names(JsonNode entities, String field) {
        List<String> names = new ArrayList<>();
        entities.forEach(entity -> names.add(entity.path(field).asText()));
        return names;
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
