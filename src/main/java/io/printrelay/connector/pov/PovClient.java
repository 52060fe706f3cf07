package io.printrelay.connector.pov;

import io.printrelay.config.MissingSettingException;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where the POV routes' http calls go and how they name the customer (POV's API is not public; see the README):
 * {@code POST /orders} carries the customer id in its body, {@code GET /orders/{id}} and
 * {@code GET /orders?reference=} as {@code ?customer_id=}.
 */
@Component("povClient")
public class PovClient {

    static final String VENDOR = "POV";

    private final PovProperties properties;
    private final Environment environment;

    public PovClient(PovProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    /** Read at each call, not bound once: the sandbox's address is only known once the web server has its port. */
    public String baseUrl() {
        String configured = environment.getProperty("printrelay.vendors.pov.base-url", "");
        if (!configured.isBlank()) {
            return configured.replaceAll("/+$", "");
        }
        throw new MissingSettingException("printrelay.vendors.pov.base-url", "must be set: POV's API address is not"
                + " public, ask POV for it");
    }

    /** The query of a GET: {@code customer_id=…}, encoded. */
    public String customerQuery() {
        return "customer_id=" + encode(properties.customerId());
    }

    /** The query of the lookup by reference: {@code customer_id=…&reference=…}, encoded. */
    public String referenceQuery(String reference) {
        return customerQuery() + "&reference=" + encode(reference);
    }

    static String abbreviate(String text) {
        return text == null ? "" : text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
