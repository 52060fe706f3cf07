package io.printrelay.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.printrelay.PrintRelayTest;
import io.printrelay.connector.fourover.FourOverSigner;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import java.net.URI;
import java.net.http.HttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulators' latency: a shared one, overridden per simulator, waited for in front of each simulator's paths
 * (its credential check included). Only lower bounds are asserted: a wait can be longer on a busy machine, never
 * shorter.
 */
@PrintRelayTest
@TestPropertySource(properties = {"printrelay.sandbox.latency-millis=300",
        "printrelay.sandbox.fourover.latency-millis=600", "printrelay.sandbox.pov.latency-millis=0"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SimulatedLatencyTest {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("fourOverLatency")
    FilterRegistrationBean<SimulatedLatency> fourOver;
    @Autowired
    @Qualifier("podosLatency")
    FilterRegistrationBean<SimulatedLatency> podos;
    @Autowired
    @Qualifier("povLatency")
    FilterRegistrationBean<SimulatedLatency> pov;

    private final SimulatorHttp http = new SimulatorHttp();

    @Test
    void eachSimulatorWaitsItsOwnLatencyOrTheSharedOneAndAZeroOneHasNoFilter() {
        assertThat(fourOver.getFilter().millis()).isEqualTo(600);
        assertThat(fourOver.isEnabled()).isTrue();
        assertThat(fourOver.getUrlPatterns()).containsExactly("/sandbox/4over/*");
        assertThat(podos.getFilter().millis()).as("the shared latency").isEqualTo(300);
        assertThat(podos.getUrlPatterns()).as("podOS's API, not the loader").containsExactly("/sandbox/podos/v1/*");
        assertThat(pov.isEnabled()).as("0 ms: no filter at all").isFalse();

        JsonNode latencies = http.send(HttpRequest.newBuilder(URI.create(base() + "/sandbox/stats")).GET())
                .json().path("latency_millis");
        assertThat(latencies.path("podos").asLong()).isEqualTo(300);
        assertThat(latencies.path("fourover").asLong()).isEqualTo(600);
        assertThat(latencies.path("pov").asLong()).isZero();
    }

    @Test
    void aRequestIsAnsweredNoSoonerThanItsSimulatorsLatencyEvenARefusedOne() {
        FourOverSigner signer = new FourOverSigner("sandbox-4over-public-key", "sandbox-4over-private-key");

        long fourOverSigned = millisFor(HttpRequest.newBuilder(
                URI.create(base() + "/sandbox/4over/paymentprofiles?" + signer.queryParameters("GET"))).GET(), 200);
        long fourOverUnsigned = millisFor(HttpRequest.newBuilder(
                URI.create(base() + "/sandbox/4over/paymentprofiles")).GET(), 401);
        long podosListing = millisFor(HttpRequest.newBuilder(
                        URI.create(base() + "/sandbox/podos/v1/orders?project=printrelay-sandbox"))
                .header("Authorization", "Bearer sandbox-podos-token").GET(), 200);

        assertThat(fourOverSigned).isGreaterThanOrEqualTo(600);
        assertThat(fourOverUnsigned).isGreaterThanOrEqualTo(600);
        assertThat(podosListing).isGreaterThanOrEqualTo(300);
    }

    private long millisFor(HttpRequest.Builder request, int expectedStatus) {
        long start = System.nanoTime();
        SimulatorHttp.Response response = http.send(request);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(response.status()).as(response.body()).isEqualTo(expectedStatus);
        return millis;
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
