package io.printrelay.connector.podos;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.printrelay.PrintRelayTest;
import io.printrelay.TestClock;
import io.printrelay.api.ApiClient;
import io.printrelay.order.Order;
import io.printrelay.order.OrderIntake;
import io.printrelay.sandbox.SimulatorHttp;
import io.printrelay.sandbox.podos.BrokenPage;
import io.printrelay.sandbox.podos.DemoCatalog;
import io.printrelay.sandbox.podos.PodosOrder;
import io.printrelay.sandbox.podos.PodosOrderSpec;
import io.printrelay.sandbox.podos.PodosOrderStatus;
import io.printrelay.sandbox.podos.PodosPrint;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The podOS import against the podOS simulator over HTTP. Filters are checked with importers built on other
 * settings, reading the simulator's pages as the route does; the shipped route runs through the manual import.
 */
@PrintRelayTest
@TestPropertySource(properties = {"printrelay.sandbox.podos.page-size=2", "printrelay.sources.podos.order-prefix=POD-",
        "printrelay.fulfilment.auto-submit=false"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PodosImportTest {

    static final LocalDate SINCE = LocalDate.parse("2026-01-01");
    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    io.printrelay.sandbox.podos.PodosSimulator podos;
    @Autowired
    PodosRequests requests;
    @Autowired
    PodosProperties shipped;
    @Autowired
    Clock clock;
    @Autowired
    OrderIntake intake;
    @Autowired
    ProducerTemplate camel;
    ApiClient api;

    @BeforeEach
    void emptyPodos() {
        podos.reset();
        api = ApiClient.sandbox(port);
    }

    @Test
    void theStatusFilterTakesSeveralStatusesOrNone() {
        add("po_proc", PodosOrderStatus.PROCESSING, "US", "2026-11-20T10:00:00Z");
        add("po_pend", PodosOrderStatus.PENDING, "US", "2026-11-20T11:00:00Z");
        add("po_done", PodosOrderStatus.COMPLETE, "US", "2026-11-20T12:00:00Z");

        assertThat(ids(importer(List.of("processing"), "standard", List.of(), null))).containsExactly("po_proc");
        assertThat(ids(importer(List.of("processing", "pending"), "standard", List.of(), null)))
                .containsExactly("po_proc", "po_pend");
        assertThat(ids(importer(List.of(), "standard", List.of(), null)))
                .containsExactly("po_proc", "po_pend", "po_done");
    }

    @Test
    void theCountryFilterIsStandardInvertedOrAll() {
        add("po_us", PodosOrderStatus.PROCESSING, "US", "2026-11-20T10:00:00Z");
        add("po_ca", PodosOrderStatus.PROCESSING, "CA", "2026-11-20T11:00:00Z");
        add("po_gb", PodosOrderStatus.PROCESSING, "GB", "2026-11-20T12:00:00Z");

        assertThat(ids(importer(List.of(), "standard", List.of("us", "CA"), null))).containsExactly("po_us", "po_ca");
        assertThat(ids(importer(List.of(), "inverted", List.of("US"), null))).containsExactly("po_ca", "po_gb");
        assertThat(ids(importer(List.of(), "inverted", List.of(), null))).containsExactly("po_us", "po_ca", "po_gb");
    }

    @Test
    void ordersBeforeTheFirstImportDateAreLeftAlone() {
        add("po_old", PodosOrderStatus.PROCESSING, "US", "2026-10-01T10:00:00Z");
        add("po_new", PodosOrderStatus.PROCESSING, "US", "2026-11-20T10:00:00Z");

        PodosImporter importer = importer(List.of(), "standard", List.of(), LocalDate.parse("2026-11-01"));

        assertThat(newOrders(importer, null)).extracting(Order::getSourceId).containsExactly("po_new");
    }

    @Test
    void aPollReadsOnlyTheOrdersCreatedAfterTheNewestOneItSawUntilAFullReadIsDue() {
        TestClock time = new TestClock();
        PodosImporter importer = pollingImporter(time);
        add("po_a", PodosOrderStatus.PROCESSING, "US", "2026-11-20T10:00:00Z");
        add("po_b", PodosOrderStatus.PROCESSING, "US", "2026-11-20T11:00:00Z");

        assertThat(newOrders(importer, null)).extracting(Order::getSourceId).containsExactly("po_a", "po_b");

        add("po_c", PodosOrderStatus.PROCESSING, "US", "2026-11-20T12:00:00Z");
        // created before the newest seen, listed only now: left for the next full read
        add("po_late", PodosOrderStatus.PROCESSING, "US", "2026-11-20T10:30:00Z");
        PodosListing next = importer.start(null);
        assertThat(next.createdAfter()).isEqualTo(Instant.parse("2026-11-20T11:00:00Z"));
        assertThat(importer.pageQuery(next)).contains("createdAfter=2026-11-20T11%3A00%3A00Z");
        assertThat(newOrders(importer, null)).extracting(Order::getSourceId).containsExactly("po_c");
        assertThat(importer.start(null).createdAfter()).isEqualTo(Instant.parse("2026-11-20T12:00:00Z"));

        time.advance(Duration.ofMinutes(15));
        PodosListing full = importer.start(null);
        assertThat(full.createdAfter()).isNull();
        assertThat(importer.pageQuery(full)).contains("createdAfter=" + SINCE);
        assertThat(newOrders(importer, null)).extracting(Order::getSourceId)
                .containsExactlyInAnyOrder("po_a", "po_b", "po_c", "po_late");
        assertThat(importer.start(null).createdAfter()).isEqualTo(Instant.parse("2026-11-20T12:00:00Z"));
    }

    @Test
    void anOrderListedJustAfterAReadIsFoundByTheNextPollNotLeftForTheFullRead() {
        TestClock time = new TestClock();
        PodosImporter importer = pollingImporter(time);
        Instant created = time.instant().truncatedTo(ChronoUnit.MILLIS);
        podos.addOrder(PodosOrderSpec.order().id("po_tie1").createdAt(created));

        assertThat(newOrders(importer, null)).extracting(Order::getSourceId).containsExactly("po_tie1");

        // listed after that read: one of the same millisecond, one created a moment before the newest seen
        podos.addOrder(PodosOrderSpec.order().id("po_tie2").createdAt(created));
        podos.addOrder(PodosOrderSpec.order().id("po_before").createdAt(created.minusSeconds(5)));
        PodosListing next = importer.start(null);
        assertThat(next.createdAfter()).as("still an incremental read").isNotNull().isBefore(created.minusSeconds(5));
        assertThat(newOrders(importer, null)).extracting(Order::getSourceId)
                .containsExactlyInAnyOrder("po_before", "po_tie1", "po_tie2");

        // once a read began the overlap after the newest order, the mark is that order again: nothing is read twice
        time.advance(shipped.incrementalOverlap().plusSeconds(1));
        newOrders(importer, null);
        assertThat(importer.start(null).createdAfter()).isEqualTo(created);
        assertThat(newOrders(importer, null)).isEmpty();
    }

    @Test
    void withoutAnOverlapAnOrderOfTheSameMillisecondListedLateWaitsForTheFullRead() {
        TestClock time = new TestClock();
        PodosImporter importer = pollingImporter(time, Duration.ZERO);
        Instant created = time.instant().truncatedTo(ChronoUnit.MILLIS);
        podos.addOrder(PodosOrderSpec.order().id("po_tie1").createdAt(created));
        newOrders(importer, null);

        podos.addOrder(PodosOrderSpec.order().id("po_tie2").createdAt(created));

        assertThat(importer.start(null).createdAfter()).isEqualTo(created);
        assertThat(newOrders(importer, null)).isEmpty();
        time.advance(Duration.ofMinutes(15));
        assertThat(newOrders(importer, null)).extracting(Order::getSourceId).contains("po_tie2");
    }

    @Test
    void theShippedPollStoresAnOrderOfTheSameMillisecondListedAfterItsRead() {
        Instant created = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        podos.addOrder(PodosOrderSpec.order().id("po_route_tie1").createdAt(created));
        camel.sendBody("direct:podos-import", null);
        assertThat(onlyOrder("po_route_tie1").path("source_id").asText()).isEqualTo("po_route_tie1");

        podos.addOrder(PodosOrderSpec.order().id("po_route_tie2").createdAt(created));
        camel.sendBody("direct:podos-import", null);

        assertThat(onlyOrder("po_route_tie2").path("source_id").asText()).isEqualTo("po_route_tie2");
        assertThat(onlyOrder("po_route_tie1").path("source_id").asText()).as("read again, stored once")
                .isEqualTo("po_route_tie1");
    }

    @Test
    void aReadThatEndsOnAnUnreadablePageDoesNotMoveTheMark() {
        PodosImporter importer = pollingImporter(new TestClock());
        add("po_first", PodosOrderStatus.PROCESSING, "US", "2026-11-20T10:00:00Z");
        podos.breakNextPage(BrokenPage.BAD_JSON);

        newOrders(importer, null);

        assertThat(importer.start(null).createdAfter()).as("the next poll reads from the First Import Date").isNull();
        assertThat(newOrders(importer, null)).extracting(Order::getSourceId).containsExactly("po_first");
        assertThat(importer.start(null).createdAfter()).isEqualTo(Instant.parse("2026-11-20T10:00:00Z"));
    }

    @Test
    void aManualImportReadsFromItsDateAndLeavesThePollsMarkAlone() {
        PodosImporter importer = pollingImporter(new TestClock());
        add("po_m", PodosOrderStatus.PROCESSING, "US", "2026-11-20T10:00:00Z");

        assertThat(newOrders(importer, LocalDate.parse("2026-11-01"))).extracting(Order::getSourceId)
                .containsExactly("po_m");

        assertThat(importer.start(null).createdAfter()).isNull();
    }

    @Test
    void aPollOfOrdersStoredBeforeLeavesThemOutBeforeTheIntake() {
        add("po_kept", PodosOrderStatus.PROCESSING, "US", "2026-11-20T10:00:00Z");
        api.post("/sources/podos/import?from=2026-11-01", "");
        add("po_fresh", PodosOrderStatus.PROCESSING, "US", "2026-11-20T11:00:00Z");
        List<Order> read = newOrders(importer(List.of(), "standard", List.of(), SINCE), null);
        assertThat(read).extracting(Order::getSourceId).containsExactly("po_kept", "po_fresh");

        assertThat(intake.notStoredYet(read)).extracting(Order::getSourceId).containsExactly("po_fresh");

        ApiClient.Response again = api.post("/sources/podos/import?from=2026-11-01", "");
        assertThat(again.body().path("imported").asInt()).isEqualTo(1);
        assertThat(again.body().path("already_imported").asInt()).isEqualTo(1);
    }

    @Test
    void everyPageIsReadUntilTheLastOne() {
        for (int i = 1; i <= 5; i++) {
            add("po_page" + i, PodosOrderStatus.PROCESSING, "US", "2026-11-2" + i + "T10:00:00Z");
        }
        int before = podos.listingRequests();

        ApiClient.Response imported = api.post("/sources/podos/import?from=" + SINCE, "");

        assertThat(imported.body().path("imported").asInt()).isEqualTo(5);
        for (int i = 1; i <= 5; i++) {
            assertThat(onlyOrder("po_page" + i).path("order_number").asText()).startsWith("POD-");
        }
        assertThat(podos.listingRequests() - before).isEqualTo(3);
    }

    @Test
    void aManualImportBringsOrdersInOnceWithPrefixArtworkAndTotals() {
        podos.addOrder(PodosOrderSpec.order().id("po_manual").ref("TM-10077")
                .createdAt(Instant.parse("2026-11-20T10:00:00Z")).shippingTotal("5.00")
                .item(DemoCatalog.BUSINESS_CARDS, 1, "24.00",
                        PodosPrint.front("https://art.example/f.pdf"), PodosPrint.back("https://art.example/b.pdf")));

        ApiClient.Response first = api.post("/sources/podos/import?from=2026-11-01", "");
        ApiClient.Response again = api.post("/sources/podos/import?from=2026-11-01", "");

        assertThat(first.body().path("imported").asInt()).isEqualTo(1);
        assertThat(again.body().path("imported").asInt()).isZero();
        assertThat(again.body().path("already_imported").asInt()).isEqualTo(1);
        JsonNode order = onlyOrder("po_manual");
        assertThat(order.path("source_name").asText()).isEqualTo("podOS");
        assertThat(order.path("order_number").asText()).isEqualTo("POD-TM-10077");
        assertThat(order.path("email").asText()).isEqualTo("grace.hopper@printrelay.example");
        assertThat(order.path("shipping").path("first_name").asText()).isEqualTo("Grace");
        assertThat(order.path("shipping").path("last_name").asText()).isEqualTo("Hopper");
        assertThat(order.path("shipping").path("city").asText()).isEqualTo("Arlington");
        assertThat(order.path("shipping_method").asText()).isEqualTo("Standard");
        assertThat(order.path("shipping_total").decimalValue()).isEqualByComparingTo("5");
        assertThat(order.path("order_total").decimalValue()).isEqualByComparingTo("29");
        assertThat(order.path("date_added").asText()).isEqualTo("2026-11-20 10:00:00");
        JsonNode item = order.path("order_items").get(0);
        assertThat(item.path("code").asText()).isEqualTo(DemoCatalog.BUSINESS_CARDS);
        assertThat(item.path("metadata").path("print_url_1").asText()).isEqualTo("https://art.example/f.pdf");
        assertThat(item.path("metadata").path("print_location_1").asText()).isEqualTo("front");
        assertThat(item.path("metadata").path("print_url_2").asText()).isEqualTo("https://art.example/b.pdf");
        assertThat(item.path("metadata").path("print_location_2").asText()).isEqualTo("back");
        assertThat(item.path("metadata").path("podos_item_id").asText()).isNotBlank();
    }

    @Test
    void aRepollChangesNothingAUserChangedSince() {
        podos.addOrder(PodosOrderSpec.order().id("po_edited").createdAt(Instant.parse("2026-11-20T10:00:00Z")));
        api.post("/sources/podos/import?from=2026-11-01", "");
        ObjectNode order = (ObjectNode) onlyOrder("po_edited");
        order.put("email", "changed.by.user@example.com");
        api.put("/orders/" + order.path("id").asText(), order.toString());

        api.post("/sources/podos/import?from=2026-11-01", "");

        assertThat(onlyOrder("po_edited").path("email").asText()).isEqualTo("changed.by.user@example.com");
    }

    @Test
    void aMalformedOrderIsSkippedAndTheOthersAreImported() {
        add("po_ok1", PodosOrderStatus.PROCESSING, "US", "2026-11-20T10:00:00Z");
        add("po_ok2", PodosOrderStatus.PROCESSING, "US", "2026-11-20T11:00:00Z");
        podos.breakNextPage(BrokenPage.MISSING_ID);

        ApiClient.Response imported = api.post("/sources/podos/import?from=2026-11-01", "");

        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.body().path("imported").asInt()).isEqualTo(2);
    }

    @Test
    void aPageThatIsNotJsonIsReportedAndTheNextImportReadsIt() {
        add("po_later", PodosOrderStatus.PROCESSING, "US", "2026-11-20T10:00:00Z");
        podos.breakNextPage(BrokenPage.BAD_JSON);

        ApiClient.Response broken = api.post("/sources/podos/import?from=2026-11-01", "");
        ApiClient.Response next = api.post("/sources/podos/import?from=2026-11-01", "");

        assertThat(broken.status()).isEqualTo(200);
        assertThat(broken.body().path("imported").asInt()).isZero();
        assertThat(next.body().path("imported").asInt()).isEqualTo(1);
    }

    @Test
    void aReadThatFailsOnALaterPageHasTakenInThePagesBeforeIt() {
        add("po_p1a", PodosOrderStatus.PROCESSING, "US", "2026-11-20T10:00:00Z");
        add("po_p1b", PodosOrderStatus.PROCESSING, "US", "2026-11-20T11:00:00Z");
        add("po_p2", PodosOrderStatus.PROCESSING, "US", "2026-11-20T12:00:00Z");
        podos.breakNextPage(BrokenPage.INTACT);
        podos.breakNextPage(BrokenPage.SERVER_ERROR);

        ApiClient.Response failed = api.post("/sources/podos/import?from=2026-11-01", "");

        // page 1 (two orders) was taken in before page 2 was asked for; page 2 waits for the next read
        assertThat(failed.body().path("imported").asInt()).as(failed.body().toString()).isEqualTo(2);
        assertThat(onlyOrder("po_p1a").path("source_id").asText()).isEqualTo("po_p1a");
        assertThat(onlyOrder("po_p1b").path("source_id").asText()).isEqualTo("po_p1b");
        ApiClient.Response next = api.post("/sources/podos/import?from=2026-11-01", "");
        assertThat(next.body().path("imported").asInt()).isEqualTo(1);
    }

    @Test
    void aBadDateIsRefusedNamingTheParameter() {
        ApiClient.Response refused = api.post("/sources/podos/import?from=yesterday", "");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.message()).isEqualTo("from: 'yesterday' is not a date (YYYY-MM-DD)");
    }

    private PodosImporter importer(List<String> statuses, String mode, List<String> countries, LocalDate first) {
        return importer(statuses, mode, countries, first, clock, shipped.fullReadEvery(),
                shipped.incrementalOverlap());
    }

    /**
     * No filters, First Import Date {@link #SINCE}, a full read every 15 minutes of {@code time}, the shipped overlap.
     */
    private PodosImporter pollingImporter(Clock time) {
        return pollingImporter(time, shipped.incrementalOverlap());
    }

    private PodosImporter pollingImporter(Clock time, Duration overlap) {
        return importer(List.of(), "standard", List.of(), SINCE, time, Duration.ofMinutes(15), overlap);
    }

    private PodosImporter importer(List<String> statuses, String mode, List<String> countries, LocalDate first,
                                   Clock time, Duration fullReadEvery, Duration overlap) {
        PodosProperties settings = new PodosProperties(true, shipped.baseUrl(), shipped.project(), shipped.apiToken(),
                shipped.poll(), statuses, "", new PodosProperties.CountryFilter(mode, countries), first, "New", true,
                shipped.requestTimeout(), fullReadEvery, overlap);
        return new PodosImporter(settings, new PodosOrderReader(settings), time);
    }

    private List<String> ids(PodosImporter importer) {
        return newOrders(importer, SINCE).stream().map(Order::getSourceId).toList();
    }

    /**
     * The podos-import route's loop, with another importer: GET a page, admit its orders (or report a page that is
     * not JSON, ending the read), until the last page; then the read is done (the route's last step). Returns the
     * orders admitted on every page.
     */
    private List<Order> newOrders(PodosImporter importer, LocalDate from) {
        PodosListing listing = importer.start(from);
        List<Order> admitted = new ArrayList<>();
        while (listing.morePages()) {
            SimulatorHttp.Response page = new SimulatorHttp().send(HttpRequest.newBuilder(URI.create(
                    requests.baseUrl() + "/orders?project=" + shipped.project() + "&" + importer.pageQuery(listing)))
                    .header("Authorization", "Bearer " + shipped.apiToken()).GET());
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            JsonNode json;
            try {
                json = JSON.readTree(page.body());
            } catch (JsonProcessingException notJson) {
                importer.unreadablePage(listing, notJson, page.body());
                continue;
            }
            admitted.addAll(importer.admit(listing, json));
        }
        importer.readDone(listing);
        return admitted;
    }

    private PodosOrder add(String id, PodosOrderStatus status, String country, String createdAt) {
        return podos.addOrder(PodosOrderSpec.order().id(id).status(status).country(country)
                .createdAt(Instant.parse(createdAt)));
    }

    private JsonNode onlyOrder(String podosId) {
        JsonNode found = api.get("/orders?source_name=podOS&source_id=" + podosId).body();
        assertThat(found.path("total_records").asInt()).isEqualTo(1);
        return found.path("orders").get(0);
    }
}
