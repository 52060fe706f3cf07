package io.printrelay.sandbox;

import io.printrelay.sandbox.podos.PodosSimulatorConfiguration;
import io.printrelay.sandbox.pov.PovSimulator;
import io.printrelay.sandbox.shopify.ShopifySimulatorConfiguration;
import io.printrelay.sandbox.woocommerce.WooCommerceSimulatorConfiguration;
import org.springframework.core.env.ConfigurableEnvironment;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The connectors' {@code base-url} settings while the sandbox is on: the simulators in this very process, on the
 * port the web server actually got (random in tests), e.g. {@code http://127.0.0.1:8080/sandbox/4over}. The
 * connectors only ever read their setting. Decided at every read, not once: a {@code base-url} set anywhere else
 * (application.yaml, the environment, the command line, a test's dynamic property added after this source) always
 * wins, and the port is only known once the web server has started ({@code local.server.port}); read before that,
 * the value still names the placeholder, so an early reader fails loudly instead of calling a wrong address.
 */
final class SandboxBaseUrls extends SandboxSettings {

    static final String NAME = "printrelaySandboxBaseUrls";
    static final String FOUR_OVER = "printrelay.vendors.fourover.base-url";
    static final String POV = "printrelay.vendors.pov.base-url";
    private static final String PORT = "local.server.port";
    private static final Map<String, String> SIMULATOR_PATHS = new LinkedHashMap<>();

    static {
        SIMULATOR_PATHS.put(FOUR_OVER, "/sandbox/4over");
        SIMULATOR_PATHS.put(POV, PovSimulator.BASE_PATH);
        SIMULATOR_PATHS.put("printrelay.sources.podos.base-url", PodosSimulatorConfiguration.BASE_PATH + "/v1");
        SIMULATOR_PATHS.put("printrelay.sources.shopify.shop-url", ShopifySimulatorConfiguration.BASE_PATH);
        SIMULATOR_PATHS.put("printrelay.sources.woocommerce.base-url", WooCommerceSimulatorConfiguration.BASE_PATH);
    }

    private SandboxBaseUrls(ConfigurableEnvironment environment) {
        super(NAME, SIMULATOR_PATHS, environment);
    }

    static void addTo(ConfigurableEnvironment environment) {
        addFirst(environment, new SandboxBaseUrls(environment));
    }

    @Override
    Object sandboxValue(String name, String path) {
        String port = environment().getProperty(PORT);
        return "http://127.0.0.1:" + (port != null ? port : "${" + PORT + "}") + path;
    }
}
