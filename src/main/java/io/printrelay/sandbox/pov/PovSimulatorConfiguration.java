package io.printrelay.sandbox.pov;

import io.printrelay.sandbox.SandboxProperties;
import io.printrelay.sandbox.SimulatedLatency;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The simulated POV at {@code /sandbox/pov}: its orders, its endpoint, and its latency in front of every path. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PovSimulatorProperties.class)
@Import({PovSimulator.class, SimulatedPovOrdersController.class, PovSimulatorErrorHandler.class})
public class PovSimulatorConfiguration {

    @Bean
    FilterRegistrationBean<SimulatedLatency> povLatency(PovSimulatorProperties properties, SandboxProperties sandbox) {
        return SimulatedLatency.in("povLatency", PovSimulator.BASE_PATH + "/*",
                SimulatedLatency.millis(properties.latencyMillis(), sandbox));
    }
}
