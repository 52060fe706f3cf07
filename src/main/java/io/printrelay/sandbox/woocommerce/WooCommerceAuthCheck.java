package io.printrelay.sandbox.woocommerce;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * WooCommerce's REST authentication over HTTPS: HTTP Basic with the consumer key as user and the consumer secret as
 * password. A wrong or missing one is answered as Woo does, 401 with {@code {"code","message","data":{"status"}}}
 * and a code naming what was tried ({@code woocommerce_rest_cannot_view} for a read).
 */
final class WooCommerceAuthCheck extends OncePerRequestFilter {

    private final WooCommerceSimulator simulator;
    private final ObjectMapper mapper;

    WooCommerceAuthCheck(WooCommerceSimulator simulator, ObjectMapper mapper) {
        this.simulator = simulator;
        this.mapper = mapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (simulator.accepts(credentials(request.getHeader(HttpHeaders.AUTHORIZATION)))) {
            chain.doFilter(request, response);
            return;
        }
        String code = switch (request.getMethod()) {
            case "POST" -> "woocommerce_rest_cannot_create";
            case "PUT", "PATCH" -> "woocommerce_rest_cannot_edit";
            default -> "woocommerce_rest_cannot_view";
        };
        response.setStatus(401);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        mapper.writeValue(response.getOutputStream(), Map.of("code", code,
                "message", "Sorry, you cannot list resources.", "data", Map.of("status", 401)));
    }

    /** {@code key:secret} from {@code Basic base64(key:secret)}, or null. */
    private static String credentials(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            return new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
