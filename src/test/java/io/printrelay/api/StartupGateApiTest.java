package io.printrelay.api;

import io.printrelay.PrintRelayTest;
import io.printrelay.TestOrders;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The window between Tomcat taking requests and Camel starting its routes, held open: Camel starts with its routes
 * stopped ({@code camel.main.auto-startup=false}) and the test starts them.
 */
@PrintRelayTest
@TestPropertySource(properties = {ApiContract.STORE_ONLY, "camel.main.auto-startup=false"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class StartupGateApiTest {

    @LocalServerPort
    int port;
    @Autowired
    CamelContext camel;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void untilEveryRouteHasStartedTheApiAnswers503AndReadinessIsOutOfService() throws Exception {
        ApiClient api = ApiClient.sandbox(port);
        String sourceId = TestOrders.unique();

        ApiClient.Response early = api.post("/orders", TestOrders.json(sourceId, null, null));

        assertThat(early.status()).as(early.body().toString()).isEqualTo(503);
        assertThat(early.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(early.body().path("status").asText()).isEqualTo("error");
        assertThat(early.message()).startsWith("PrintRelay is starting");
        assertThat(readiness().statusCode()).isEqualTo(503);
        assertThat(readiness().body()).contains("OUT_OF_SERVICE", "order-intake");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM orders WHERE source_id = ?", Long.class, sourceId))
                .isZero();

        camel.getRouteController().startAllRoutes();

        await().atMost(Duration.ofSeconds(10)).until(() -> readiness().statusCode() == 200);
        assertThat(readiness().body()).contains("\"status\":\"UP\"");
        assertThat(api.post("/orders", TestOrders.json(sourceId, null, null)).status()).isEqualTo(201);
    }

    private HttpResponse<String> readiness() throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
