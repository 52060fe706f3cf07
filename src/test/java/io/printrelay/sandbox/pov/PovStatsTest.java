package io.printrelay.sandbox.pov;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.printrelay.PrintRelayTest;
import io.printrelay.sandbox.SimulatorHttp;
import io.printrelay.sandbox.SimulatorHttp.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpRequest;

import static io.printrelay.sandbox.pov.PovSandboxClient.CUSTOMER_ID;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code GET /sandbox/stats} tells of the simulated POV, over real HTTP: the references it accepted, when it
 * first did, and when each order shipped. The shared context's steps last 4 s: an order ships when the test says.
 */
@PrintRelayTest
class PovStatsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    PovSimulator simulator;

    private final SimulatorHttp http = new SimulatorHttp();
    private PovSandboxClient pov;

    @BeforeEach
    void startClean() {
        simulator.reset();
        pov = new PovSandboxClient(port);
    }

    @Test
    void anAcceptedReferenceIsReceivedOnceAndShipsWhenItsOrderDoes() {
        Response placed = pov.post("/orders", order("PR-3001"));
        Response again = pov.post("/orders", order("PR-3001"));
        Response invalid = pov.post("/orders", order("PR-3002").put("order_mode", "maybe"));
        JsonNode fresh = stats(true);
        simulator.advanceTo(placed.json().path("order_id").asText(), PovOrderStatus.SHIPPED);
        JsonNode shipped = stats(true);

        assertThat(placed.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(409);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(fresh.path("orders").asInt()).isEqualTo(1);
        assertThat(fresh.path("shipped").asInt()).isZero();
        JsonNode received = fresh.path("by_order").path("PR-3001");
        assertThat(received.get(0).asLong()).isPositive();
        assertThat(received.get(1).asLong()).isZero();
        assertThat(shipped.path("shipped").asInt()).isEqualTo(1);
        assertThat(shipped.path("by_order").path("PR-3001").get(0)).isEqualTo(received.get(0));
        assertThat(shipped.path("by_order").path("PR-3001").get(1).asLong()).isPositive();
        assertThat(stats(false).has("by_order")).as("times only when asked for").isFalse();
    }

    private JsonNode stats(boolean withOrders) {
        Response response = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/sandbox/stats" + (withOrders ? "?orders=true" : ""))).GET());
        assertThat(response.status()).isEqualTo(200);
        return response.json().path("pov");
    }

    private static ObjectNode order(String reference) {
        ObjectNode order = MAPPER.createObjectNode()
                .put("customer_id", CUSTOMER_ID)
                .put("order_mode", "test")
                .put("reference", reference)
                .put("mail_class", PovCatalog.PRIORITY);
        order.putObject("ship_to")
                .put("name", "Grace Hopper").put("company", "").put("address1", "1 Harbor Rd").put("address2", "")
                .put("city", "Arlington").put("state", "VA").put("zip", "22202").put("country", "US")
                .put("phone", "555-0101").put("email", "grace@example.com");
        order.putArray("items").addObject().put("sku", PovCatalog.CLASSIC_TEE_WHITE_L).put("quantity", 1)
                .put("print_url", "https://art.example/tee.png");
        return order;
    }
}
