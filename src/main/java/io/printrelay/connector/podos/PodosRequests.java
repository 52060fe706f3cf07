package io.printrelay.connector.podos;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * What every podOS call of the routes carries besides its path: the base URL, the project ({@code ?project=}) and
 * the API token ({@code Authorization: Bearer}). The token goes in a header, never in the URI: Camel's http
 * component logs URIs.
 */
@Component("podosRequests")
public class PodosRequests {

    private final PodosProperties properties;
    private final Environment environment;

    public PodosRequests(PodosProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    /** Read at each call, not bound once: the sandbox's address is only known once the web server has its port. */
    public String baseUrl() {
        String configured = environment.getProperty("printrelay.sources.podos.base-url", "");
        return configured.isBlank() ? PodosApi.PRODUCTION : configured.replaceAll("/+$", "");
    }

    /** The project before any query the route has set ({@code CamelHttpQuery}), the token, JSON asked for. */
    public void authorize(Exchange exchange) {
        Message message = exchange.getMessage();
        String query = message.getHeader(Exchange.HTTP_QUERY, String.class);
        String project = PodosApi.projectQuery(properties.project());
        message.setHeader(Exchange.HTTP_QUERY, query == null || query.isEmpty() ? project : project + "&" + query);
        message.setHeader("Authorization", "Bearer " + properties.apiToken());
        message.setHeader("Accept", "application/json");
    }
}
