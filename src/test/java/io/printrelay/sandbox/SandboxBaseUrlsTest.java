package io.printrelay.sandbox;

import io.printrelay.PrintRelayTest;
import io.printrelay.connector.fourover.FourOverEndpoint;
import io.printrelay.connector.podos.PodosRequests;
import io.printrelay.connector.pov.PovClient;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the sandbox on and no {@code base-url} set, every connector's {@code base-url} is its simulator in this
 * process on the random port, for the clients, for Spring and for Camel placeholders in routes that start with
 * the application.
 */
@PrintRelayTest
@Import(SandboxBaseUrlsTest.ProbeRoute.class)
class SandboxBaseUrlsTest {

    @LocalServerPort
    int port;
    @Autowired
    Environment environment;
    @Autowired
    CamelContext camel;
    @Autowired
    ProducerTemplate producer;
    @Autowired
    FourOverEndpoint fourOver;
    @Autowired
    PovClient pov;
    @Autowired
    PodosRequests podos;

    /** A route whose endpoint URI is resolved when Camel starts its routes, as a vendor route's would be. */
    @TestConfiguration
    static class ProbeRoute {
        @Bean
        RoutesBuilder sandboxProbe() {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:sandbox-probe").routeId("sandbox-probe")
                            .to("{{printrelay.vendors.fourover.base-url}}/paymentprofiles?throwExceptionOnFailure=false");
                }
            };
        }
    }

    @Test
    void everyConnectorsBaseUrlIsItsSimulatorOnTheServersPort() {
        String here = "http://127.0.0.1:" + port;
        assertThat(environment.getProperty("printrelay.vendors.fourover.base-url")).isEqualTo(here + "/sandbox/4over");
        assertThat(environment.getProperty("printrelay.vendors.pov.base-url")).isEqualTo(here + "/sandbox/pov");
        assertThat(environment.getProperty("printrelay.sources.podos.base-url")).isEqualTo(here + "/sandbox/podos/v1");
        assertThat(fourOver.baseUrl()).isEqualTo(here + "/sandbox/4over");
        assertThat(pov.baseUrl()).isEqualTo(here + "/sandbox/pov");
        assertThat(podos.baseUrl()).isEqualTo(here + "/sandbox/podos/v1");
        assertThat(camel.resolvePropertyPlaceholders("{{printrelay.vendors.pov.base-url}}/orders"))
                .isEqualTo(here + "/sandbox/pov/orders");
    }

    @Test
    void aRouteStartedWithTheApplicationReachesTheSimulator() {
        Exchange answer = producer.request("direct:sandbox-probe", exchange -> { });

        assertThat(answer.getException()).isNull();
        // unsigned: the simulated 4over's signature check answers, so the call got there
        assertThat(answer.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class)).isEqualTo(401);
        assertThat(answer.getMessage().getBody(String.class)).contains("message");
    }
}
