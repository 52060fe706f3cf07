package io.printrelay.sandbox.podos;

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
import java.security.MessageDigest;

/**
 * Every podOS request names its project ({@code ?project=…}) and carries the project's API token in the
 * {@code Authorization} header, as {@code Bearer <token>} or bare (podOS clients are seen sending both).
 * The token is checked first, so a caller without it cannot find out which project names exist.
 */
final class PodosAuthCheck extends OncePerRequestFilter {

    static final String INVALID_TOKEN = "Invalid API token";

    private static final String BEARER = "Bearer ";

    private final String project;
    private final byte[] apiToken;
    private final ObjectMapper mapper;

    PodosAuthCheck(String project, String apiToken, ObjectMapper mapper) {
        this.project = project;
        this.apiToken = apiToken.getBytes(StandardCharsets.UTF_8);
        this.mapper = mapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!tokenAccepted(request.getHeader(HttpHeaders.AUTHORIZATION))) {
            refuse(response, 401, INVALID_TOKEN);
            return;
        }
        String requested = request.getParameter("project");
        if (!project.equals(requested)) {
            refuse(response, 404, projectNotFound(requested));
            return;
        }
        chain.doFilter(request, response);
    }

    static String projectNotFound(String requested) {
        return requested == null || requested.isEmpty() ? "Project not found" : "Project " + requested + " not found";
    }

    private boolean tokenAccepted(String header) {
        if (header == null) {
            return false;
        }
        String token = header.trim();
        if (token.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            token = token.substring(BEARER.length()).trim();
        }
        // Constant time, so that timing does not tell how much of a guessed token was right.
        return MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), apiToken);
    }

    private void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        mapper.writeValue(response.getOutputStream(), PodosApiException.body(message));
    }
}
