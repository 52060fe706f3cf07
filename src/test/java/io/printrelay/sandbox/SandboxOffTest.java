package io.printrelay.sandbox;

import io.printrelay.PrintRelayTest;
import io.printrelay.api.ApiClient;
import io.printrelay.sandbox.fourover.FourOverSimulator;
import io.printrelay.sandbox.fourover.FourOverSimulatorProperties;
import io.printrelay.sandbox.podos.PodosDemoFeed;
import io.printrelay.sandbox.podos.PodosSimulator;
import io.printrelay.sandbox.podos.PodosSimulatorProperties;
import io.printrelay.sandbox.woocommerce.WooCommerceDemoFeed;
import io.printrelay.sandbox.woocommerce.WooCommerceSimulator;
import io.printrelay.sandbox.pov.PovSimulator;
import io.printrelay.sandbox.pov.PovSimulatorProperties;
import io.printrelay.sandbox.shopify.ShopifyDemoFeed;
import io.printrelay.sandbox.shopify.ShopifySimulator;
import io.printrelay.sandbox.shopify.ShopifySimulatorProperties;
import io.printrelay.connector.podos.PodosRequests;
import io.printrelay.connector.fourover.FourOverEndpoint;
import io.printrelay.connector.pov.PovClient;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code live} profile as shipped, with the settings it asks for: no simulator is served or even created,
 * no demo shop or sandbox inventory runs, the podOS import waits to be configured, and every connector points at
 * the real service.
 */
@PrintRelayTest
@ActiveProfiles("live")
@TestPropertySource(properties = {"printrelay.api.api-key=live-test-key",
        "printrelay.vendors.fourover.public-key=live-4over-public-key",
        "printrelay.vendors.fourover.private-key=live-4over-private-key",
        "printrelay.vendors.pov.base-url=https://pov.example.com/api",
        "printrelay.vendors.pov.customer-id=live-pov-customer"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SandboxOffTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    CamelContext camel;
    @Autowired
    FourOverEndpoint fourOver;
    @Autowired
    PovClient pov;
    @Autowired
    PodosRequests podos;

    @Test
    void noSimulatorIsServedNorCreated() throws Exception {
        for (String path : new String[]{"/sandbox/4over/paymentprofiles", "/sandbox/podos/v1/orders",
                "/sandbox/pov/orders", "/sandbox/shopify/demo/orders/1",
                "/sandbox/woocommerce/wp-json/wc/v3/orders"}) {
            assertThat(get(path)).as(path).isEqualTo(404);
        }
        for (Class<?> simulated : new Class<?>[]{SandboxAutoConfiguration.class, FourOverSimulator.class,
                PodosSimulator.class, PodosDemoFeed.class, PovSimulator.class, SandboxInventory.class,
                SandboxProperties.class, FourOverSimulatorProperties.class, PodosSimulatorProperties.class,
                PovSimulatorProperties.class, ShopifySimulator.class, ShopifyDemoFeed.class,
                ShopifySimulatorProperties.class, WooCommerceSimulator.class, WooCommerceDemoFeed.class}) {
            assertThat(context.getBeanNamesForType(simulated)).as(simulated.getSimpleName()).isEmpty();
        }
    }

    @Test
    void connectorsPointAtTheRealServicesAndThePodosImportWaits() {
        assertThat(fourOver.baseUrl()).isEqualTo("https://sandbox-api.4over.com");
        assertThat(pov.baseUrl()).isEqualTo("https://pov.example.com/api");
        assertThat(podos.baseUrl()).isEqualTo("https://api.podos.io/v1");
        assertThat(camel.getRouteController().getRouteStatus("podos-import-poll")).isEqualTo(ServiceStatus.Stopped);
        assertThat(camel.getRouteController().getRouteStatus("shopify-import-poll")).isEqualTo(ServiceStatus.Stopped);
        assertThat(camel.getRouteController().getRouteStatus("woocommerce-import-poll"))
                .isEqualTo(ServiceStatus.Stopped);
    }

    @Test
    void theShopifyWebhookTakesNothingWhileTheShopifyImportIsOff() throws Exception {
        byte[] body = "{\"id\":1,\"line_items\":[]}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + port + "/webhooks/shopify/orders-create"))
                .header("X-Shopify-Hmac-Sha256", io.printrelay.api.WebhookSignature.of("sandbox-shopify-webhook-secret",
                        body)).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(new ApiClient(port, "1", "live-test-key").get("/orders?source_name=Shopify").body().path("orders"))
                .isEmpty();
    }

    @Test
    void aDisabledWooCommerceImportTakesNoWebhookEvenSignedWithTheSandboxSecret() throws Exception {
        byte[] order = "{\"id\":1,\"status\":\"processing\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> answer = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/webhooks/woocommerce"))
                        .header("Content-Type", "application/json").header("X-WC-Webhook-Signature",
                                io.printrelay.api.WebhookSignature.of("sandbox-woocommerce-webhook-secret", order))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(order)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(404);
    }

    @Test
    void theApiTakesTheLiveKeyAndNotTheSandboxOne() {
        assertThat(new ApiClient(port, "1", "live-test-key").get("/test").status()).isEqualTo(200);
        assertThat(ApiClient.sandbox(port).get("/test").status()).isEqualTo(401);
    }

    @Test
    void artworkOnAPrivateAddressIsRefused() {
        ApiClient.Response refused = new ApiClient(port, "1", "live-test-key").post("/orders",
                io.printrelay.TestOrders.json(io.printrelay.TestOrders.unique(), null, "{\"name\":\"Cards\","
                        + "\"quantity\":1,\"metadata\":{\"print_url\":\"http://localhost/front.pdf\"}}"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.message()).startsWith("order_items[0].metadata.print_url: 'http://localhost/front.pdf'"
                + " points at a loopback");
    }

    private int get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
