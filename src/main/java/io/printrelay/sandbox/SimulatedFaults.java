package io.printrelay.sandbox;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The simulated vendors failing a share of their requests ({@code printrelay.sandbox.faults}): turned away (429,
 * 503: nothing was done), an error (500: nothing was done, though the client cannot know), the connection cut in the
 * middle of the answer (drop: the request was carried out) or an answer that comes late (slow: carried out). What was
 * injected is counted, by kind, in {@code GET /sandbox/stats} ({@code faults}).
 */
public final class SimulatedFaults extends OncePerRequestFilter {

    static final List<String> KINDS = List.of("500", "429", "503", "drop", "slow");

    private static final Logger log = LoggerFactory.getLogger(SimulatedFaults.class);

    private final SimulatedFaultsProperties settings;
    private final Random random;
    private final Map<String, AtomicLong> injected = new ConcurrentHashMap<>();

    public SimulatedFaults(SimulatedFaultsProperties settings) {
        this.settings = settings;
        this.random = new Random(settings.seed());
    }

    /** The filter in front of the vendors' simulators, after their latency; at rate 0 it is not registered. */
    public static FilterRegistrationBean<SimulatedFaults> in(SimulatedFaults faults, String... urlPatterns) {
        FilterRegistrationBean<SimulatedFaults> registration = new FilterRegistrationBean<>(faults);
        registration.addUrlPatterns(urlPatterns);
        registration.setName("simulatedFaults");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.setEnabled(faults.settings.rate() > 0);
        return registration;
    }

    /** Faults injected so far, by kind. */
    public Map<String, Long> injected() {
        Map<String, Long> counts = new TreeMap<>();
        injected.forEach((kind, count) -> counts.put(kind, count.get()));
        return counts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String kind = draw();
        if (kind == null) {
            chain.doFilter(request, response);
            return;
        }
        injected.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
        log.debug("Simulated fault {} on {} {}", kind, request.getMethod(), request.getRequestURI());
        switch (kind) {
            case "429", "503", "500" -> {
                response.setStatus(Integer.parseInt(kind));
                response.setHeader("Retry-After", "1");
                response.setContentType("application/json");
                response.getWriter().write("{\"status\":\"error\",\"status_code\":" + kind
                        + ",\"message\":\"Simulated fault\"}");
            }
            case "drop" -> {
                ContentCachingResponseWrapper done = new ContentCachingResponseWrapper(response);
                chain.doFilter(request, done);
                byte[] body = done.getContentAsByteArray();
                // the answer is announced whole and cut short: the client sees the connection end mid-answer
                response.setStatus(done.getStatus());
                response.setContentType(done.getContentType());
                response.setContentLength(body.length + 100);
                response.getOutputStream().write(body, 0, body.length / 2);
                response.flushBuffer();
            }
            case "slow" -> {
                ContentCachingResponseWrapper done = new ContentCachingResponseWrapper(response);
                chain.doFilter(request, done);
                sleep(settings.slowMillis());
                done.copyBodyToResponse();
            }
            default -> throw new IllegalStateException("unknown fault " + kind);
        }
    }

    private synchronized String draw() {
        if (random.nextDouble() >= settings.rate()) {
            return null;
        }
        List<String> kinds = settings.kinds();
        return kinds.get(random.nextInt(kinds.size()));
    }

    private static void sleep(long millis) throws ServletException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServletException("interrupted while answering late", e);
        }
    }
}
