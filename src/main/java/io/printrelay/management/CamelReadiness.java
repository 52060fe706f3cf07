package io.printrelay.management;

import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Whether Camel has started every route that starts with it. The web server takes requests before that (Spring
 * starts Camel once the context is refreshed, after Tomcat), and until then an order cannot enter the intake:
 * the API answers 503 and readiness ({@code /actuator/health/readiness}) says OUT_OF_SERVICE.
 * Once every route has started this stays true while Camel runs: a route an operator stops later (JMX) is his
 * choice, not a startup in progress.
 */
@Component("camelRoutes")
public class CamelReadiness implements HealthIndicator {

    private final CamelContext camel;
    private volatile boolean routesStarted;

    public CamelReadiness(CamelContext camel) {
        this.camel = camel;
    }

    public boolean ready() {
        if (!camel.getStatus().isStarted()) {
            return false;
        }
        if (!routesStarted) {
            routesStarted = notStarted().isEmpty();
        }
        return routesStarted;
    }

    @Override
    public Health health() {
        if (ready()) {
            return Health.up().withDetail("routes", camel.getRoutes().size()).build();
        }
        return Health.outOfService().withDetail("camel", camel.getStatus().name())
                .withDetail("notStarted", notStarted()).build();
    }

    /** Routes meant to start with Camel (a route switched off by its setting, autoStartup false, is not). */
    private List<String> notStarted() {
        return camel.getRoutes().stream()
                .filter(route -> !Boolean.FALSE.equals(route.isAutoStartup()))
                .map(Route::getRouteId)
                .filter(id -> !camel.getRouteController().getRouteStatus(id).isStarted())
                .toList();
    }
}
