package io.printrelay.routes;

import io.printrelay.PrintRelayTest;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.apache.camel.model.ModelCamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every file in routes/ loads, every route in it has an explicit id, uses the error policy (or says it has no error
 * handler at all) and is started (or stopped, when its autoStartup setting says so).
 */
@PrintRelayTest
class RoutesLoadTest {

    static final String ERROR_POLICY = "printrelay-error-policy";

    @Autowired
    CamelContext camel;

    @Test
    void everyShippedRouteFileLoadsAndItsRoutesStart() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(Path.of("routes"))) {
            files = listing.filter(p -> p.toString().endsWith(".camel.yaml")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        List<String> routeIds = new ArrayList<>();
        for (Path file : files) {
            for (Map<String, Object> entry : entries(file)) {
                if (entry.containsKey("route")) {
                    Map<?, ?> route = (Map<?, ?>) entry.get("route");
                    String id = (String) route.get("id");
                    assertThat(id).as("route without an explicit id in " + file).isNotBlank();
                    if (route.get("errorHandler") instanceof Map<?, ?> handler
                            && handler.containsKey("noErrorHandler")) {
                        // a tracking writer: what fails there goes back to the doCatch of the route that called it
                        assertThat(route.get("routeConfigurationId")).as(id + " has no error handler").isNull();
                    } else {
                        assertThat(route.get("routeConfigurationId")).as(id + " uses the shared error policy")
                                .isEqualTo(ERROR_POLICY);
                    }
                    boolean autoStartup = route.get("autoStartup") == null || Boolean.parseBoolean(
                            camel.resolvePropertyPlaceholders(String.valueOf(route.get("autoStartup"))));
                    assertThat(camel.getRouteController().getRouteStatus(id)).as(id + " in " + file)
                            .isEqualTo(autoStartup ? ServiceStatus.Started : ServiceStatus.Stopped);
                    routeIds.add(id);
                } else if (entry.containsKey("routeConfiguration")) {
                    String id = (String) ((Map<?, ?>) entry.get("routeConfiguration")).get("id");
                    assertThat(((ModelCamelContext) camel).getRouteConfigurationDefinition(id)).as(id).isNotNull();
                }
            }
        }
        assertThat(routeIds).contains("order-intake").doesNotHaveDuplicates();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> entries(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return (List<Map<String, Object>>) new Yaml().load(reader);
        }
    }
}
