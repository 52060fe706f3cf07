package io.printrelay.management;

import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.Exchange;
import org.apache.camel.Route;
import org.apache.camel.ServiceStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jmx.export.annotation.ManagedOperation;
import org.springframework.jmx.export.annotation.ManagedOperationParameter;
import org.springframework.jmx.export.annotation.ManagedResource;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * {@code io.printrelay:type=Operations}: what an operator does by hand over JMX (jconsole) or Jolokia, beside
 * Camel's own route MBeans. Its operations grow with the routes.
 */
@Component
@ManagedResource(objectName = "io.printrelay:type=Operations", description = "PrintRelay operations")
public class Operations {

    private static final Logger log = LoggerFactory.getLogger(Operations.class);
    private static final Set<String> SCHEDULED = Set.of("quartz", "timer", "scheduler", "cron");

    private final CamelContext camel;

    public Operations(CamelContext camel) {
        this.camel = camel;
    }

    /**
     * Runs a scheduled route once, now, on the caller's thread, instead of waiting for its next cron firing:
     * "check for new orders now", "poll statuses now".
     */
    @ManagedOperation(description = "Run a quartz-driven route (a poll) once, now")
    @ManagedOperationParameter(name = "routeId", description = "id of a route that starts from quartz:")
    public String pollNow(String routeId) {
        Route route = camel.getRoute(routeId);
        if (route == null) {
            throw new IllegalArgumentException("No route with id '" + routeId + "'");
        }
        String uri = route.getEndpoint().getEndpointUri();
        String scheme = uri.substring(0, uri.indexOf(':'));
        if (!SCHEDULED.contains(scheme)) {
            throw new IllegalArgumentException("Route '" + routeId + "' is not a scheduled poll (it starts from "
                    + scheme + ":)");
        }
        ServiceStatus status = camel.getRouteController().getRouteStatus(routeId);
        if (status != ServiceStatus.Started) {
            throw new IllegalStateException("Route '" + routeId + "' is " + status + ": start it first");
        }
        Consumer consumer = route.getConsumer();
        Exchange exchange = consumer.createExchange(false);
        try {
            consumer.getProcessor().process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        Exception failure = exchange.getException();
        consumer.releaseExchange(exchange, false);
        if (failure != null) {
            log.warn("pollNow({}) failed: {}", routeId, failure.getMessage());
            return "Route '" + routeId + "' ran and failed: " + failure.getMessage();
        }
        log.info("pollNow({}) ran the route once", routeId);
        return "Route '" + routeId + "' ran once";
    }
}
