package io.printrelay.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.printrelay.PrintRelayTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The API's contract is published, without credentials, and lists every endpoint the README's API table names. */
@PrintRelayTest
@TestPropertySource(properties = ApiContract.STORE_ONLY)
class OpenApiDocumentTest {

    private static final Pattern ENDPOINT = Pattern.compile("`([A-Z/]+) (/[^`?]*)[^`]*`");

    @LocalServerPort
    int port;

    @Test
    void everyEndpointOfTheReadmesApiTableIsInTheDocument() throws Exception {
        JsonNode paths = document().path("paths");
        List<String> documented = new ArrayList<>();
        paths.fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method ->
                documented.add(method.toUpperCase(Locale.ROOT) + " " + normalized(path.getKey()))));

        List<String> readme = readmeEndpoints();

        assertThat(readme).hasSizeGreaterThan(20).contains("POST /api/v2/orders", "GET /api/v2/orders/{}");
        assertThat(documented).containsAll(readme);
        assertThat(documented).allMatch(endpoint -> endpoint.contains(" /api/v2/"));
    }

    @Test
    void theDocumentUsesOrderDeskFieldNamesAndTheErrorEnvelope() throws Exception {
        JsonNode document = document();
        JsonNode schemas = document.path("components").path("schemas");

        assertThat(fieldNames(schemas.path("Order").path("properties")))
                .contains("source_id", "source_name", "shipping_method", "checkout_data", "order_metadata",
                        "order_items", "order_shipments", "folder_id", "date_added");
        assertThat(fieldNames(schemas.path("OrderItem").path("properties")))
                .contains("name", "code", "quantity", "variation_list", "metadata", "delivery_type");
        assertThat(fieldNames(schemas.path("Shipment").path("properties")))
                .contains("tracking_number", "carrier_code", "shipment_method", "tracking_url");
        assertThat(schemas.path("Order").path("properties").path("date_added").path("example").asText())
                .isEqualTo("2014-10-08 12:10:00");
        assertThat(fieldNames(schemas.path("Error").path("properties"))).containsExactly("status", "message");
        JsonNode create = document.path("paths").path("/api/v2/orders").path("post");
        assertThat(create.path("requestBody").toString()).contains("#/components/schemas/Order");
        for (String status : List.of("400", "401", "413", "429", "503")) {
            assertThat(create.path("responses").path(status).toString()).as(status)
                    .contains("#/components/schemas/Error");
        }
        assertThat(document.path("components").path("securitySchemes").toString())
                .contains("ORDERDESK-STORE-ID", "ORDERDESK-API-KEY");
    }

    private JsonNode document() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/v2/openapi.json")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode document = new ObjectMapper().readTree(response.body());
        assertThat(document.path("openapi").asText()).startsWith("3.");
        return document;
    }

    /** The rows {@code | `GET/PUT /orders/{id}`, `…` | …} of the table in the README's API section. */
    private static List<String> readmeEndpoints() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("\n## The API");
        String section = readme.substring(start, readme.indexOf("\n## ", start + 1));
        List<String> endpoints = new ArrayList<>();
        for (String line : section.split("\n")) {
            if (!line.startsWith("| `")) {
                continue;
            }
            Matcher endpoint = ENDPOINT.matcher(line.substring(0, line.indexOf(" |", 2)));
            while (endpoint.find()) {
                for (String method : endpoint.group(1).split("/")) {
                    endpoints.add(method + " " + normalized("/api/v2" + endpoint.group(2)));
                }
            }
        }
        return endpoints;
    }

    private static String normalized(String path) {
        return path.replaceAll("\\{[^}]*}", "{}");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
