package io.printrelay.sandbox;

import io.printrelay.sandbox.fourover.FourOverSimulatorConfiguration;
import io.printrelay.sandbox.podos.PodosSimulatorConfiguration;
import io.printrelay.sandbox.pov.PovSimulatorConfiguration;
import io.printrelay.sandbox.shopify.ShopifySimulatorConfiguration;
import io.printrelay.sandbox.woocommerce.WooCommerceSimulatorConfiguration;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import io.printrelay.sandbox.fourover.FourOverSimulatorConfiguration;
import io.printrelay.sandbox.pov.PovSimulator;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The sandbox, the one way it enters the application: behind {@code printrelay.sandbox.enabled} (on by default,
 * off in the {@code live} profile) it serves the simulated 4over, POV, podOS, Shopify and WooCommerce at {@code /sandbox/**} with what
 * they have seen at {@code /sandbox/stats}, seeds the sandbox inventory (and shows it at
 * {@code /sandbox/inventory-items}), and points every connector whose {@code base-url} is not set at its simulator (and paces its
 * status checks to the simulator's). The
 * application's own scans leave this package alone; a jar built with {@code -Pproduction} has none of it.
 */
@AutoConfiguration
@ConditionalOnProperty(name = "printrelay.sandbox.enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties({SandboxProperties.class, SimulatedFaultsProperties.class})
@Import({FourOverSimulatorConfiguration.class, PovSimulatorConfiguration.class, PodosSimulatorConfiguration.class,
        ShopifySimulatorConfiguration.class, WooCommerceSimulatorConfiguration.class,
        SandboxInventory.class, SandboxInventoryController.class, SimulatorStatsController.class})
public class SandboxAutoConfiguration {

    @Bean
    SimulatedFaults simulatedFaults(SimulatedFaultsProperties settings) {
        return new SimulatedFaults(settings);
    }

    /** Faults on the vendors' simulators only: the sources' (podOS) and the stats stay reliable. */
    @Bean
    FilterRegistrationBean<SimulatedFaults> simulatedFaultsFilter(SimulatedFaults faults) {
        return SimulatedFaults.in(faults, FourOverSimulatorConfiguration.BASE_PATH + "/*", PovSimulator.BASE_PATH + "/*");
    }

    /**
     * Before any bean reads its settings: the connectors' settings are bound with the simulators' URLs and pace
     * (the status polls' waits) in view.
     */
    @Bean
    static BeanFactoryPostProcessor sandboxBaseUrls(ConfigurableEnvironment environment) {
        return beanFactory -> {
            SandboxBaseUrls.addTo(environment);
            SandboxStatusChecks.addTo(environment);
        };
    }
}
