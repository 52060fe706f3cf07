package io.printrelay.tracking;

import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.springframework.stereotype.Component;

/**
 * Whether a source's connector brings a tracking writer, the route {@code direct:tracking-return-<source key>} in its
 * route file, so the tracking-return route dispatches with {@code toD} and names no source.
 */
@Component("trackingWriters")
public class TrackingWriters {

    static final String ROUTE_PREFIX = "direct://tracking-return-";

    private final CamelContext camel;

    public TrackingWriters(CamelContext camel) {
        this.camel = camel;
    }

    public boolean has(String sourceKey) {
        String uri = ROUTE_PREFIX + sourceKey;
        for (Route route : camel.getRoutes()) {
            if (route.getEndpoint().getEndpointUri().equals(uri)) {
                return true;
            }
        }
        return false;
    }
}
