package io.printrelay.sandbox.pov;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The simulated POV at {@code /sandbox/pov}: its orders and its endpoint. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PovSimulatorProperties.class)
@Import({PovSimulator.class, SimulatedPovOrdersController.class, PovSimulatorErrorHandler.class})
public class PovSimulatorConfiguration {
}
