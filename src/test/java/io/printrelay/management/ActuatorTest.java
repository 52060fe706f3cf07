package io.printrelay.management;

import io.printrelay.PrintRelayTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Actuator serves health, Camel's routes and metrics, and nothing that could show a secret. (Spring Boot's tests
 * switch metrics export off unless asked: this class asks, to see the Prometheus endpoint as it runs.)
 */
@PrintRelayTest
@AutoConfigureObservability(tracing = false)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ActuatorTest {

    @LocalServerPort
    int port;

    @Test
    void healthRoutesAndMetricsAreExposed() throws Exception {
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health").body()).contains("\"status\":\"UP\"");
        assertThat(get("/actuator/camelroutes").body()).contains("order-intake", "fourover-status-poll");
        assertThat(get("/actuator/metrics").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/prometheus").body()).contains("camel");
    }

    @Test
    void endpointsThatShowConfigurationAreNot() throws Exception {
        for (String path : new String[]{"/actuator/env", "/actuator/configprops", "/actuator/beans",
                "/actuator/heapdump"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).doesNotContain("sandbox-4over-private-key", "sandbox-api-key");
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
