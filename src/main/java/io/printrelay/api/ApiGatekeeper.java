package io.printrelay.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Every {@code /api/v2} request passes here first: it is metered (leaky bucket, {@code X-Tokens-Remaining} on
 * every answer, 429 with {@code X-Retry-After} when empty) and then authenticated with the Order Desk headers,
 * except the API's own description ({@value #OPENAPI_DOCUMENT}), which says nothing a client may not know.
 */
public class ApiGatekeeper extends OncePerRequestFilter {

    static final String STORE_ID_HEADER = "ORDERDESK-STORE-ID";
    static final String API_KEY_HEADER = "ORDERDESK-API-KEY";
    static final String OPENAPI_DOCUMENT = "/api/v2/openapi.json";

    private final ApiProperties properties;
    private final RateLimiter rateLimiter;
    private final ObjectMapper mapper;

    public ApiGatekeeper(ApiProperties properties, RateLimiter rateLimiter, ObjectMapper mapper) {
        this.properties = properties;
        this.rateLimiter = rateLimiter;
        this.mapper = mapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String storeId = request.getHeader(STORE_ID_HEADER);
        // Buckets are per store; a store id that is not ours gets its client's bucket, so made-up ids cannot grow
        // the limiter's memory or dodge the limit.
        String client = storeId != null && storeId.equals(properties.storeId()) ? storeId
                : "client:" + request.getRemoteAddr();
        LeakyBucket.Take take = rateLimiter.take(client);
        response.setHeader("X-Tokens-Remaining", String.valueOf(take.remaining()));
        if (!take.allowed()) {
            response.setHeader("X-Retry-After", String.valueOf(take.retryAfterSeconds()));
            reject(response, 429, "Rate limit exceeded: retry after " + take.retryAfterSeconds() + " s");
            return;
        }
        boolean document = request.getRequestURI().equals(request.getContextPath() + OPENAPI_DOCUMENT);
        String problem = document ? null : credentialsProblem(storeId, request.getHeader(API_KEY_HEADER));
        if (problem != null) {
            reject(response, 401, problem);
            return;
        }
        chain.doFilter(request, response);
    }

    private String credentialsProblem(String storeId, String apiKey) {
        if (storeId == null || storeId.isBlank()) {
            return "Missing " + STORE_ID_HEADER + " header";
        }
        if (apiKey == null || apiKey.isBlank()) {
            return "Missing " + API_KEY_HEADER + " header";
        }
        if (!constantTimeEquals(storeId, properties.storeId()) || !constantTimeEquals(apiKey, properties.apiKey())) {
            return "Invalid store id or API key";
        }
        return null;
    }

    private static boolean constantTimeEquals(String given, String expected) {
        return expected != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }

    private void reject(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        mapper.writeValue(response.getOutputStream(), Envelope.error(message));
    }
}
