package io.printrelay.sandbox.fourover;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.printrelay.connector.fourover.FourOverSigner;
import io.printrelay.sandbox.SandboxProperties;
import io.printrelay.sandbox.SimulatedLatency;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The simulated 4over at {@code /sandbox/4over}: its job store, its endpoints, and in front of every path under it,
 * unknown ones included, its latency and the signature check.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FourOverSimulatorProperties.class)
@Import({FourOverSimulator.class, SimulatedFourOverOrdersController.class, SimulatedFourOverCatalogController.class,
        SimulatedFourOverPaymentProfilesController.class, FourOverSimulatorErrorHandler.class,
        SimulatedFourOverFeedController.class})
public class FourOverSimulatorConfiguration {

    public static final String BASE_PATH = "/sandbox/4over";

    @Bean
    SimulatedCatalogChanges simulatedCatalogChanges(java.time.Clock clock) {
        return new SimulatedCatalogChanges(clock);
    }

    @Bean
    FilterRegistrationBean<FourOverSignatureCheck> fourOverSignatureCheck(FourOverSimulatorProperties properties,
                                                                          ObjectMapper mapper) {
        FourOverSigner signer = new FourOverSigner(properties.publicKey(), properties.privateKey());
        FilterRegistrationBean<FourOverSignatureCheck> registration =
                new FilterRegistrationBean<>(new FourOverSignatureCheck(signer, mapper));
        registration.addUrlPatterns(BASE_PATH + "/*");
        registration.setName("fourOverSignatureCheck");
        return registration;
    }

    @Bean
    FilterRegistrationBean<SimulatedLatency> fourOverLatency(FourOverSimulatorProperties properties,
                                                             SandboxProperties sandbox) {
        return SimulatedLatency.in("fourOverLatency", BASE_PATH + "/*",
                SimulatedLatency.millis(properties.latencyMillis(), sandbox));
    }
}
