package io.printrelay.connector.fourover;

import com.fasterxml.jackson.databind.JsonNode;
import io.printrelay.PrintRelayApplication;
import io.printrelay.PrintRelayTest;
import io.printrelay.TestOrders;
import io.printrelay.api.ApiClient;
import io.printrelay.fulfilment.FulfilmentStore;
import io.printrelay.fulfilment.JobState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;

import static io.printrelay.config.BoundSettings.refusedKeys;
import static io.printrelay.connector.fourover.FourOverEndToEndTest.art;
import static io.printrelay.connector.fourover.FourOverEndToEndTest.cards;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** A wrong private key: the simulator checks the signature as 4over does, and the order says what to fix. */
@PrintRelayTest
@TestPropertySource(properties = "printrelay.vendors.fourover.private-key=not-the-right-key")
class FourOverCredentialsTest {

    @LocalServerPort
    int port;
    @Autowired
    FulfilmentStore fulfilment;

    @Test
    void aWrongPrivateKeyEndsInErrorsWithAClearCredentialsNote() {
        ApiClient api = ApiClient.sandbox(port);
        String id = api.post("/orders", TestOrders.json(TestOrders.unique(), null, cards(1, art()))).body()
                .path("order").path("id").asText();

        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/orders/" + id).body().path("order")
                .path("folder_id").asInt() == 7);
        JsonNode history = api.get("/orders/" + id + "?get_order_history=1").body().path("order").path("order_history");
        assertThat(history.toString()).contains("4over refused the credentials (HTTP 401: Invalid API key or signature):"
                + " check printrelay.vendors.fourover.public-key and private-key");
        assertThat(history.toString()).doesNotContain("not-the-right-key");
        assertThat(fulfilment.jobs(Long.parseLong(id))).allMatch(job -> job.state() == JobState.FAILED);
    }

    @Test
    void liveModeRefusesToStartWithoutAPaymentProfileToken() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(PrintRelayApplication.class).run(
                "--printrelay.vendors.fourover.mode=live", "--printrelay.vendors.fourover.payment-profile-token=",
                "--spring.datasource.url=jdbc:hsqldb:mem:live-4over", "--server.port=0",
                "--camel.component.jolokia.server-config.port=0", "--spring.jmx.enabled=false").close())
                .satisfies(failure -> assertThat(refusedKeys(failure))
                        .contains("printrelay.vendors.fourover.payment-profile-token"));
    }
}
