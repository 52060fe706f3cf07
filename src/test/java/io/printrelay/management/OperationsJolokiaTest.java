package io.printrelay.management;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.printrelay.PrintRelayTest;
import org.apache.camel.CamelContext;
import org.jolokia.support.spring.SpringJolokiaAgent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.ObjectUtils;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Operators reach Camel's route MBeans and PrintRelay's Operations MBean over Jolokia (JMX over HTTP). */
@PrintRelayTest
class OperationsJolokiaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    SpringJolokiaAgent jolokia;
    @Autowired
    Operations operationsBean;
    @Autowired
    CamelContext camel;
    @Autowired
    io.printrelay.connector.podos.PodosImportOperations podosImport;
    String operations;

    /** Other test contexts in this JVM have their own MBeans: find this context's by its identity and name. */
    @BeforeEach
    void findOperationsMBean() throws Exception {
        String identity = ObjectUtils.getIdentityHexString(operationsBean);
        JsonNode found = get("search/io.printrelay:type=Operations,*").path("value");
        operations = java.util.stream.StreamSupport.stream(found.spliterator(), false).map(JsonNode::asText)
                .filter(name -> name.contains("identity=" + identity)).findFirst().orElseThrow();
    }

    @Test
    void camelRouteMBeansAreVisible() throws Exception {
        JsonNode routes = get("search/org.apache.camel:type=routes,*").path("value");
        assertThat(routes.toString()).contains("order-intake");
    }

    @Test
    void pollNowRunsAQuartzRouteOnce() throws Exception {
        String probe = "org.apache.camel:context=" + camel.getManagementName()
                + ",type=routes,name=\"test-poll-probe\"";
        long before = get("read/" + encode(probe) + "/ExchangesCompleted").path("value").asLong();

        JsonNode result = exec(operations, "pollNow", "test-poll-probe");

        assertThat(result.path("status").asInt()).isEqualTo(200);
        assertThat(result.path("value").asText()).isEqualTo("Route 'test-poll-probe' ran once");
        assertThat(get("read/" + encode(probe) + "/ExchangesCompleted").path("value").asLong()).isEqualTo(before + 1);
    }

    @Test
    void pollNowRefusesRoutesThatAreNotScheduledPolls() throws Exception {
        JsonNode notAPoll = exec(operations, "pollNow", "order-intake");
        JsonNode unknown = exec(operations, "pollNow", "no-such-route");

        assertThat(notAPoll.path("error").asText()).contains("Route 'order-intake' is not a scheduled poll");
        assertThat(unknown.path("error").asText()).contains("No route with id 'no-such-route'");
    }

    @Test
    void theManualPodosImportIsAJmxOperation() throws Exception {
        String identity = ObjectUtils.getIdentityHexString(podosImport);
        JsonNode found = get("search/io.printrelay:type=PodosImport,*").path("value");
        String mbean = java.util.stream.StreamSupport.stream(found.spliterator(), false).map(JsonNode::asText)
                .filter(name -> name.contains("identity=" + identity)).findFirst().orElseThrow();

        JsonNode result = exec(mbean, "importFrom", "2026-11-01");

        assertThat(result.path("value").asText()).matches("\\d+ orders imported from podOS, \\d+ already imported");
    }

    @Test
    void mbeansOutsideCamelAndPrintRelayAreHidden() throws Exception {
        JsonNode spring = get("search/org.springframework.boot:*");
        assertThat(spring.path("value")).isEmpty();
    }

    private JsonNode exec(String mbean, String operation, String argument) throws Exception {
        String body = MAPPER.createObjectNode().put("type", "exec").put("mbean", mbean).put("operation", operation)
                .set("arguments", MAPPER.createArrayNode().add(argument)).toString();
        return send(HttpRequest.newBuilder(URI.create(base()))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private JsonNode get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build());
    }

    private JsonNode send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return MAPPER.readTree(response.body());
    }

    private String base() {
        return jolokia.getUrl().endsWith("/") ? jolokia.getUrl() : jolokia.getUrl() + "/";
    }

    private static String encode(String mbean) {
        return URLEncoder.encode(mbean, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
