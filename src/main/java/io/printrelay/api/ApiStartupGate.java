package io.printrelay.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.printrelay.management.CamelReadiness;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Tomcat takes requests before Camel has started its routes: until it has, an order could not enter the intake
 * ("CamelContext is stopped"), so every {@code /api/v2} request is answered 503 with {@code Retry-After}.
 */
public class ApiStartupGate extends OncePerRequestFilter {

    static final int RETRY_AFTER_SECONDS = 5;

    /** Looked up until found: filters are built with the web server, before Camel exists, and must not hurry it. */
    private final ObjectProvider<CamelReadiness> camel;
    private final ObjectMapper mapper;
    /**
     * The readiness once found (it still answers per request: false again while Camel stops). Looking it up at every
     * request resolved the bean's dependency anew each time (2% of PrintRelay's CPU outside the JIT, api-paced).
     */
    private volatile CamelReadiness readiness;

    public ApiStartupGate(ObjectProvider<CamelReadiness> camel, ObjectMapper mapper) {
        this.camel = camel;
        this.mapper = mapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CamelReadiness readiness = readiness();
        if (readiness != null && readiness.ready()) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        mapper.writeValue(response.getOutputStream(), Envelope.error("PrintRelay is starting (its routes are not all"
                + " started yet): retry after " + RETRY_AFTER_SECONDS + " s"));
    }

    private CamelReadiness readiness() {
        CamelReadiness found = readiness;
        if (found == null) {
            found = camel.getIfAvailable();
            readiness = found;
        }
        return found;
    }
}
