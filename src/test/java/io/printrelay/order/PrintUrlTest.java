package io.printrelay.order;

import com.fasterxml.jackson.databind.JsonNode;
import io.printrelay.PrintRelayTest;
import io.printrelay.TestOrders;
import io.printrelay.api.ApiClient;
import io.printrelay.sandbox.podos.DemoCatalog;
import io.printrelay.sandbox.podos.PodosItem;
import io.printrelay.sandbox.podos.PodosOrderSpec;
import io.printrelay.sandbox.podos.PodosPrint;
import io.printrelay.sandbox.podos.PodosSimulator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Artwork a vendor cannot fetch, with private addresses refused as in {@code live}: the API answers 400 naming the
 * item and the field; a podOS import keeps the order in Errors with a note naming them.
 */
@PrintRelayTest
@TestPropertySource(properties = {"printrelay.print-urls.refuse-private-addresses=true",
        "printrelay.fulfilment.auto-submit=false"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PrintUrlTest {

    @LocalServerPort
    int port;
    @Autowired
    PodosSimulator podos;
    @Autowired
    JdbcTemplate jdbc;
    ApiClient api;

    @BeforeEach
    void clients() {
        podos.reset();
        api = ApiClient.sandbox(port);
    }

    @Test
    void theApiRefusesArtworkThatIsNotHttpOrPointsAtAPrivateAddress() {
        refused("\"metadata\":{\"print_url\":\"file:///etc/passwd\"}", "order_items[1].metadata.print_url:"
                + " 'file:///etc/passwd' must be an http or https URL with a host");
        refused("\"metadata\":{\"print_url_2\":\"http://127.0.0.1:8080/art.pdf\"}",
                "order_items[1].metadata.print_url_2: 'http://127.0.0.1:8080/art.pdf' points at a loopback,"
                        + " link-local or private address");
        refused("\"variation_list\":{\"print_url_1\":\"https://[::1]/a.pdf\"}",
                "order_items[1].variation_list.print_url_1: 'https://[::1]/a.pdf' points at");
        for (String url : List.of("http://localhost/a.pdf", "http://LOCALHOST./a.pdf", "http://10.1.2.3/a.pdf",
                "http://172.16.0.9/a.pdf", "http://192.168.1.1/a.pdf", "http://169.254.169.254/latest/meta-data",
                "http://0.0.0.0/a.pdf", "http://2130706433/a.pdf", "http://0x7f000001/a.pdf",
                "http://[fe80::1]/a.pdf", "http://[fe80::1%25eth0]/a.pdf", "http://[fd00::5]/a.pdf", "http://[::ffff:192.168.0.1]/a.pdf",
                "http://user@127.0.0.1/a.pdf")) {
            refused("\"metadata\":{\"print_url\":\"" + url + "\"}", "order_items[1].metadata.print_url: '" + url
                    + "' points at");
        }
        ApiClient.Response inventory = api.post("/inventory-items",
                "{\"code\":\"" + TestOrders.unique() + "\",\"name\":\"n\",\"metadata\":{\"print_url\":\"http://10.0.0.1/a\"}}");
        assertThat(inventory.status()).isEqualTo(400);
        assertThat(inventory.message()).startsWith("metadata.print_url: 'http://10.0.0.1/a' points at");
    }

    @Test
    void publicArtworkAddressesAreTaken() {
        for (String url : List.of("https://art.example/front.pdf", "http://8.8.8.8/a.pdf", "https://[2001:db8::1]/a",
                "https://172.32.0.1/a.pdf", "https://localhost.example.com/a.pdf")) {
            ApiClient.Response created = api.post("/orders", TestOrders.json(TestOrders.unique(), null,
                    item("\"metadata\":{\"print_url\":\"" + url + "\"}")));
            assertThat(created.status()).as(url + ": " + created.body()).isEqualTo(201);
        }
    }

    @Test
    void aPodosOrderWithArtworkOnAPrivateAddressIsKeptInErrorsWithANoteNamingTheItemAndField() {
        podos.addOrder(PodosOrderSpec.order().id("po_private_art").createdAt(Instant.parse("2026-11-20T10:00:00Z"))
                .item(DemoCatalog.BUSINESS_CARDS, 1, "24.00", PodosPrint.front("https://art.example/f.pdf"),
                        PodosPrint.back("http://192.168.0.10/b.pdf")));

        assertThat(api.post("/sources/podos/import?from=2026-11-01", "").body().path("imported").asInt())
                .isEqualTo(1);

        JsonNode order = onlyPodosOrder("po_private_art");
        assertThat(order.path("folder_id").asInt()).isEqualTo(7);
        assertThat(api.history(order.path("id").asText()).get(0)).contains(
                "order_items[0].metadata.print_url_2: 'http://192.168.0.10/b.pdf' points at a loopback, link-local"
                        + " or private address");
    }

    @Test
    void aPodosOrderWithAnOverLongValueIsKeptInErrorsCutToFitWithANoteNamingTheField() {
        podos.addOrder(PodosOrderSpec.order().id("po_long_name").createdAt(Instant.parse("2026-11-20T10:00:00Z"))
                .item(new PodosItem(null, DemoCatalog.BUSINESS_CARDS, "n".repeat(1500), 1, "24.00",
                        List.of(PodosPrint.front("https://art.example/f.pdf")))));

        assertThat(api.post("/sources/podos/import?from=2026-11-01", "").body().path("imported").asInt())
                .isEqualTo(1);

        JsonNode order = onlyPodosOrder("po_long_name");
        assertThat(order.path("folder_id").asInt()).isEqualTo(7);
        assertThat(order.path("order_items").get(0).path("name").asText()).hasSize(1000);
        assertThat(api.history(order.path("id").asText()).get(0))
                .contains("order_items[0].name: at most 1000 characters");
    }

    private void refused(String itemFields, String message) {
        String sourceId = TestOrders.unique();
        ApiClient.Response response = api.post("/orders", TestOrders.json(sourceId, null,
                item("\"metadata\":{\"print_url\":\"https://art.example/ok.pdf\"}") + "," + item(itemFields)));
        assertThat(response.status()).as(response.body().toString()).isEqualTo(400);
        assertThat(response.message()).startsWith(message);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM orders WHERE source_id = ?", Long.class, sourceId))
                .isZero();
    }

    private JsonNode onlyPodosOrder(String podosId) {
        JsonNode found = api.get("/orders?source_name=podOS&source_id=" + podosId).body();
        assertThat(found.path("total_records").asInt()).isEqualTo(1);
        return found.path("orders").get(0);
    }

    private static String item(String fields) {
        return "{\"name\":\"Business cards\",\"code\":\"bc\",\"quantity\":1," + fields + "}";
    }
}
