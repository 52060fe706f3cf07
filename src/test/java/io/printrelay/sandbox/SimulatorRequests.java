package io.printrelay.sandbox;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the connectors asked the simulators, as the simulators' HTTP server saw it: every request under
 * {@code /sandbox/}, in arrival order, with the time it arrived. A test imports it ({@code @Import}) and Spring
 * Boot puts it in front of the simulators like any filter bean; the simulators know nothing of it.
 */
public class SimulatorRequests extends OncePerRequestFilter {

    /** One request: {@code GET}, the path without the query ({@code /sandbox/4over/orders/X-001/status}), nanoTime. */
    public record Request(String method, String path, long nanoTime) {
    }

    private final List<Request> requests = new CopyOnWriteArrayList<>();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getRequestURI().startsWith("/sandbox/")) {
            requests.add(new Request(request.getMethod(), request.getRequestURI(), System.nanoTime()));
        }
        chain.doFilter(request, response);
    }

    /** The GETs whose path ends with this ({@code /status}) or, for POV, is under this ({@code /sandbox/pov/orders/}). */
    public List<Request> gets(String pathPart) {
        return requests.stream().filter(r -> r.method().equals("GET") && r.path().contains(pathPart)).toList();
    }

    public void clear() {
        requests.clear();
    }
}
