package io.printrelay.management;

import io.printrelay.PrintRelayTest;
import io.printrelay.TestItems;
import io.printrelay.TestOrders;
import io.printrelay.api.ApiClient;
import io.printrelay.sandbox.podos.PodosSimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import javax.management.MBeanAttributeInfo;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * No configured secret leaves the process (issue 12): with every credential set to a value of its own, orders are
 * taken, refused, imported and sent to 4over and POV (the signer uses the private key, podOS the token), and then the
 * captured log, the API's answers (good key, wrong key, errors), every actuator endpoint that is exposed, every
 * attribute of every MBean in the JVM's platform server (Camel's, PrintRelay's, Spring's, the JVM's own) and Jolokia
 * are searched for each secret. The API key is compared in constant time (ApiGatekeeper: MessageDigest.isEqual).
 */
@PrintRelayTest
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = {
        "printrelay.api.api-key=" + SecretsTest.API_KEY,
        "printrelay.vendors.fourover.private-key=" + SecretsTest.FOUROVER_PRIVATE_KEY,
        "printrelay.sandbox.fourover.private-key=" + SecretsTest.FOUROVER_PRIVATE_KEY,
        "printrelay.sources.podos.api-token=" + SecretsTest.PODOS_TOKEN,
        "printrelay.sandbox.podos.api-token=" + SecretsTest.PODOS_TOKEN,
        "printrelay.sources.podos.enabled=true",
        "printrelay.sources.shopify.access-token=" + SecretsTest.SHOPIFY_TOKEN,
        "printrelay.sandbox.shopify.access-token=" + SecretsTest.SHOPIFY_TOKEN,
        "printrelay.sources.shopify.webhook-secret=" + SecretsTest.SHOPIFY_WEBHOOK_SECRET,
        "printrelay.sandbox.shopify.webhook-secret=" + SecretsTest.SHOPIFY_WEBHOOK_SECRET,
        "printrelay.sources.woocommerce.consumer-secret=" + SecretsTest.WOO_CONSUMER_SECRET,
        "printrelay.sandbox.woocommerce.consumer-secret=" + SecretsTest.WOO_CONSUMER_SECRET,
        "printrelay.sources.woocommerce.webhook-secret=" + SecretsTest.WOO_WEBHOOK_SECRET,
        "printrelay.sandbox.woocommerce.webhook-secret=" + SecretsTest.WOO_WEBHOOK_SECRET,
        "printrelay.fulfilment.settle=0s"})
class SecretsTest {

    static final String API_KEY = "S3cr3t-api-key-7f1d";
    static final String FOUROVER_PRIVATE_KEY = "S3cr3t-4over-private-9b2c";
    static final String PODOS_TOKEN = "S3cr3t-podos-token-4e8a";
    static final String SHOPIFY_TOKEN = "S3cr3t-shopify-token-2d7f";
    static final String SHOPIFY_WEBHOOK_SECRET = "S3cr3t-shopify-webhook-8c1a";
    static final String WOO_CONSUMER_SECRET = "S3cr3t-woo-consumer-5c1e";
    static final String WOO_WEBHOOK_SECRET = "S3cr3t-woo-webhook-8d3a";
    static final List<String> SECRETS = List.of(API_KEY, FOUROVER_PRIVATE_KEY, PODOS_TOKEN, SHOPIFY_TOKEN,
            SHOPIFY_WEBHOOK_SECRET, WOO_CONSUMER_SECRET, WOO_WEBHOOK_SECRET);

    @LocalServerPort
    int port;
    @Autowired
    org.jolokia.support.spring.SpringJolokiaAgent jolokia;
    @Autowired
    Operations operations;
    @Autowired
    PodosSimulator podos;
    @Autowired
    io.printrelay.sandbox.woocommerce.WooCommerceDemoShop woo;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void noSecretIsInTheLogTheApiActuatorJmxOrJolokia(CapturedOutput output) throws Exception {
        ApiClient api = new ApiClient(port, "1", API_KEY);
        // work that uses every secret: API calls, a refused order, 4over (signed) and POV submissions, a podOS import
        ApiClient.Response card = api.post("/orders", TestOrders.json(TestOrders.unique(), null,
                TestItems.cards(1, TestItems.art())));
        assertThat(card.status()).isEqualTo(201);
        assertThat(api.post("/orders", "{\"order_items\":\"x\"}").status()).isEqualTo(400);
        podos.loadDemoOrders(2, io.printrelay.sandbox.podos.DemoOrderMix.ALL);
        operations.pollNow("podos-import-poll");
        // Shopify: a signed webhook and a poll (the access token)
        assertThat(send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/sandbox/shopify/demo/orders?count=2&webhook=true")).POST(HttpRequest.BodyPublishers.noBody())
                .build()).body()).contains("\"webhook_status\":200");
        operations.pollNow("shopify-import-poll");
        // WooCommerce: a signed webhook (the webhook secret) and a poll (Basic with the consumer secret)
        assertThat(woo.place(1, true).get(0).webhook().status()).isEqualTo(200);
        woo.place(1, false);
        operations.pollNow("woocommerce-import-poll");
        String cardId = card.body().path("order").path("id").asText();
        await().atMost(Duration.ofSeconds(20)).until(() -> api.folderOf(cardId) == 3);

        List<String> leaks = new ArrayList<>();
        // the API: answers with the right key, a wrong key (the 401 must not echo what it expected)
        leaks(leaks, "GET /api/v2/store", get("/api/v2/store", API_KEY));
        leaks(leaks, "GET /api/v2/orders", get("/api/v2/orders?limit=50", API_KEY));
        leaks(leaks, "GET /api/v2/orders/" + cardId, get("/api/v2/orders/" + cardId, API_KEY));
        HttpResponse<String> wrongKey = send(request("/api/v2/store").header("ORDERDESK-STORE-ID", "1")
                .header("ORDERDESK-API-KEY", API_KEY.substring(0, API_KEY.length() - 1) + "x").build());
        assertThat(wrongKey.statusCode()).isEqualTo(401);
        leaks(leaks, "the 401 for a wrong key", wrongKey.body());
        // actuator: what is exposed, and that env and configprops are not
        // (prometheus: the same meters as metrics, its export is off in tests)
        for (String path : List.of("/actuator/health", "/actuator/metrics", "/actuator/camelroutes",
                "/actuator/health/readiness", "/actuator/metrics/printrelay.vendor.retries")) {
            HttpResponse<String> answer = send(request(path).build());
            assertThat(answer.statusCode()).as(path).isIn(200, 404);
            leaks(leaks, path, answer.body());
        }
        for (String path : List.of("/actuator/env", "/actuator/configprops", "/actuator/beans", "/actuator/heapdump",
                "/actuator/threaddump", "/actuator/jolokia")) {
            assertThat(send(request(path).build()).statusCode()).as(path + " is not exposed").isEqualTo(404);
        }
        // every attribute of every MBean of this JVM: what JMX and Jolokia could be asked for
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        int attributesRead = 0;
        for (ObjectName name : server.queryNames(null, null)) {
            for (MBeanAttributeInfo attribute : server.getMBeanInfo(name).getAttributes()) {
                if (!attribute.isReadable()) {
                    continue;
                }
                Object value;
                try {
                    value = server.getAttribute(name, attribute.getName());
                } catch (Exception | Error unreadable) {
                    continue;
                }
                attributesRead++;
                String text = value instanceof Object[] array ? Arrays.deepToString(array) : String.valueOf(value);
                leaks(leaks, "JMX " + name + " " + attribute.getName(), text);
            }
        }
        assertThat(attributesRead).as("MBean attributes read").isGreaterThan(500);
        // Jolokia answers for Camel and PrintRelay only: the JVM's own MBeans (sun.java.command holds the command
        // line, where a secret may have been given) are refused
        String agent = jolokia.getUrl().endsWith("/") ? jolokia.getUrl() : jolokia.getUrl() + "/";
        String runtime = send(HttpRequest.newBuilder(URI.create(agent + "read/java.lang:type=Runtime/SystemProperties"))
                .build()).body();
        assertThat(runtime).as("Jolokia's answer for the JVM's Runtime MBean").doesNotContain("sun.java.command")
                .contains("\"status\":403");
        for (String attribute : List.of("InputArguments", "ClassPath")) {
            assertThat(send(HttpRequest.newBuilder(URI.create(agent + "read/java.lang:type=Runtime/" + attribute))
                    .build()).body()).as(attribute).contains("\"status\":403");
        }
        String wholeRuntime = send(HttpRequest.newBuilder(URI.create(agent + "read/java.lang:type=Runtime")).build())
                .body();
        assertThat(wholeRuntime).as("all of Runtime at once").doesNotContain("sun.java.command")
                .doesNotContain("InputArguments\":[");
        assertThat(send(HttpRequest.newBuilder(URI.create(agent + "read/java.lang:type=Runtime/Uptime")).build())
                .body()).as("the rest of Runtime stays readable").contains("\"status\":200");
        leaks(leaks, "Jolokia's list of MBeans", send(HttpRequest.newBuilder(URI.create(agent + "list")).build())
                .body());
        // and the log of all of it
        leaks(leaks, "the log", output.getAll());

        System.out.printf("secrets: %d secrets searched for in the log, %d API answers, 5 actuator endpoints and %d"
                + " MBean attributes: %d found%n", SECRETS.size(), 4, attributesRead, leaks.size());
        assertThat(leaks).as("where a configured secret was found").isEmpty();
    }

    private static void leaks(List<String> leaks, String where, String text) {
        for (String secret : SECRETS) {
            if (text != null && text.contains(secret)) {
                leaks.add(where + " holds " + secret);
            }
        }
    }

    private String get(String path, String apiKey) throws Exception {
        return send(request(path).header("ORDERDESK-STORE-ID", "1").header("ORDERDESK-API-KEY", apiKey).build())
                .body();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
