package io.printrelay.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.printrelay.PrintRelayTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static io.printrelay.api.OrdersApiTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

@PrintRelayTest
@TestPropertySource(properties = ApiContract.STORE_ONLY)
class StoreAndAuthApiTest {

    @LocalServerPort
    int port;

    @Test
    void testEndpointAnswersConnectionSuccessfulWithTheTime() {
        ApiClient.Response response = ApiClient.sandbox(port).get("/test");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().path("status").asText()).isEqualTo("success");
        assertThat(response.message()).isEqualTo("Connection Successful");
        assertThat(response.body().path("current_date_time").asText()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
    }

    @Test
    void storeListsEveryFolderThatExistsFromTheStart() {
        JsonNode store = ApiClient.sandbox(port).get("/store").body().path("store");

        assertThat(store.path("id").asText()).isEqualTo("1");
        JsonNode folders = store.path("folders");
        assertThat(folders.path("1").asText()).isEqualTo("New");
        assertThat(folders.path("2").asText()).isEqualTo("Prepared");
        assertThat(folders.toString()).contains("\"Submitted\"", "\"Shipped\"", "\"Closed\"", "\"Canceled\"",
                "\"Errors\"");
        assertThat(store.toString()).doesNotContain("sandbox-api-key");
    }

    @Test
    void wrongOrMissingCredentialsAre401WithAnErrorEnvelope() {
        assertError(new ApiClient(port, "1", "wrong-key").get("/test"), 401, "Invalid store id or API key");
        assertError(new ApiClient(port, "2", "sandbox-api-key").get("/orders"), 401, "Invalid store id or API key");
        assertError(new ApiClient(port, "1", null).get("/test"), 401, "Missing ORDERDESK-API-KEY header");
        assertError(new ApiClient(port, null, "sandbox-api-key").get("/store"), 401,
                "Missing ORDERDESK-STORE-ID header");
        assertError(new ApiClient(port, "1", "wrong-key").post("/orders", "{}"), 401, "Invalid store id");
    }

    @Test
    void everyAnswerCarriesTheTokensRemaining() {
        assertThat(ApiClient.sandbox(port).get("/test").headers().firstValue("X-Tokens-Remaining")).isPresent();
        assertThat(new ApiClient(port, "1", "wrong").get("/test").headers().firstValue("X-Tokens-Remaining"))
                .isPresent();
        assertThat(ApiClient.sandbox(port).get("/orders/424242").headers().firstValue("X-Tokens-Remaining"))
                .isPresent();
    }
}
