package io.printrelay.connector.fourover;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Where the 4over routes send their calls ({@code ${bean:fourOver.baseUrl}}): {@code base-url} when set (the sandbox
 * sets it to its simulator), else 4over's sandbox in test mode or production in live mode.
 */
@Component("fourOver")
public class FourOverEndpoint {

    static final String VENDOR = "4over";
    static final String PRODUCTION = "https://api.4over.com";
    static final String SANDBOX = "https://sandbox-api.4over.com";

    private final FourOverProperties properties;
    private final Environment environment;

    public FourOverEndpoint(FourOverProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    /** Read at each call, not bound once: the sandbox's address is only known once the web server has its port. */
    public String baseUrl() {
        String configured = environment.getProperty("printrelay.vendors.fourover.base-url", "");
        if (!configured.isBlank()) {
            return configured.replaceAll("/+$", "");
        }
        return properties.live() ? PRODUCTION : SANDBOX;
    }

    static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }
}
