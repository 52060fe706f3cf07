package io.printrelay.vendor.pov;

import io.printrelay.PrintRelayApplication;
import io.printrelay.PrintRelayTest;
import io.printrelay.TestOrders;
import io.printrelay.api.ApiClient;
import io.printrelay.config.MissingSettingException;
import io.printrelay.fulfilment.FulfilmentStore;
import io.printrelay.fulfilment.JobState;
import io.printrelay.sandbox.pov.PovSimulator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * POV misbehaving: the same retry policy as 4over (shared), and an answer lost to a timeout confirmed by POV's
 * reference instead of being flagged. The simulator answers 3 s late to references containing SIM-SLOW.
 */
@PrintRelayTest
@TestPropertySource(properties = {"printrelay.vendors.pov.order-prefix=SIM-SLOW-",
        "printrelay.vendors.pov.request-timeout=500ms", "printrelay.sandbox.pov.step-millis=3600000"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PovFaultsTest {

    @LocalServerPort
    int port;
    @Autowired
    PovSimulator pov;
    @Autowired
    FulfilmentStore fulfilment;
    ApiClient api;

    @BeforeEach
    void client() {
        api = ApiClient.sandbox(port);
    }

    @Test
    void aSendWhoseAnswerWasLostIsConfirmedByItsReference() {
        String id = create();

        await().atMost(Duration.ofSeconds(10)).until(() -> api.folderOf(id) == 3);
        assertThat(fulfilment.jobs(Long.parseLong(id))).allMatch(job -> job.state() == JobState.SUBMITTED
                && pov.orderByReference("SIM-SLOW-" + id).orElseThrow().orderId().equals(job.vendorJobId()));
        assertThat(api.history(id)).anyMatch(n -> n.contains("Submitted to POV as SIM-SLOW-" + id + " (confirmed"));
        assertThat(pov.ordersReceived().stream().filter(o -> o.path("reference").asText().equals("SIM-SLOW-" + id)))
                .hasSize(1);
    }

    @Test
    void turnedAwayRequestsAreRetriedAndTheOrderIsCreatedOnce() {
        pov.failNextOrders(2, 503);

        String id = create();

        await().atMost(Duration.ofSeconds(15)).until(() -> api.folderOf(id) == 3);
        assertThat(pov.ordersReceived().stream().filter(o -> o.path("reference").asText().equals("SIM-SLOW-" + id)))
                .hasSize(3);
        assertThat(pov.orderByReference("SIM-SLOW-" + id)).isPresent();
    }

    @Test
    void liveModeRefusesToStartWithoutACustomerId() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(PrintRelayApplication.class).run(
                "--printrelay.vendors.pov.mode=live", "--printrelay.vendors.pov.customer-id=",
                "--spring.datasource.url=jdbc:hsqldb:mem:live-pov", "--server.port=0",
                "--camel.component.jolokia.server-config.port=0", "--spring.jmx.enabled=false").close())
                .hasRootCauseInstanceOf(MissingSettingException.class)
                .rootCause().hasMessageContaining("printrelay.vendors.pov.customer-id");
    }

    private String create() {
        ApiClient.Response created = api.post("/orders", TestOrders.json(TestOrders.unique(), null,
                PovEndToEndTest.tee(1)));
        assertThat(created.status()).isEqualTo(201);
        return created.body().path("order").path("id").asText();
    }

}
