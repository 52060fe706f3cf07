package io.printrelay.fulfilment;

import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.springframework.stereotype.Component;

/**
 * Whether a vendor's route file provides a step ({@code direct:<vendor>-<step>}), so the shared routes can dispatch
 * with {@code toD} and say plainly when a vendor has no such route instead of failing on a missing endpoint.
 */
@Component("vendorRoutes")
public class VendorRoutes {

    private final CamelContext camel;

    public VendorRoutes(CamelContext camel) {
        this.camel = camel;
    }

    public boolean has(String vendor, String step) {
        String uri = "direct://" + vendor + "-" + step;
        for (Route route : camel.getRoutes()) {
            if (route.getEndpoint().getEndpointUri().equals(uri)) {
                return true;
            }
        }
        return false;
    }
}
