package io.printrelay.sandbox.podos;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.printrelay.sandbox.SandboxProperties;
import io.printrelay.sandbox.SimulatedLatency;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The simulated podOS at {@code /sandbox/podos}: its orders, its endpoint, the demo shop (while
 * {@code printrelay.sandbox.demo-orders} is on), the loader of many demo orders at once, and the project and token
 * check in front of every path under it, unknown ones included. Its latency is podOS's own: the API's paths
 * ({@code /v1/*}) wait, the loader does not.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PodosSimulatorProperties.class)
@Import({PodosSimulator.class, SimulatedPodosOrdersController.class, PodosDemoOrdersController.class,
        PodosSimulatorErrorHandler.class, PodosDemoFeed.class})
public class PodosSimulatorConfiguration {

    /** podOS clients are given {@code <this>/v1} as their base URL, where the real service has {@code https://api.podos.io/v1}. */
    public static final String BASE_PATH = "/sandbox/podos";

    @Bean
    FilterRegistrationBean<PodosAuthCheck> podosAuthCheck(PodosSimulatorProperties properties, ObjectMapper mapper) {
        FilterRegistrationBean<PodosAuthCheck> registration =
                new FilterRegistrationBean<>(new PodosAuthCheck(properties.project(), properties.apiToken(), mapper));
        registration.addUrlPatterns(BASE_PATH + "/*");
        registration.setName("podosAuthCheck");
        return registration;
    }

    @Bean
    FilterRegistrationBean<SimulatedLatency> podosLatency(PodosSimulatorProperties properties,
                                                          SandboxProperties sandbox) {
        return SimulatedLatency.in("podosLatency", BASE_PATH + "/v1/*",
                SimulatedLatency.millis(properties.latencyMillis(), sandbox));
    }
}
