package io.printrelay.sandbox;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * A simulator's answer time: every request to it waits {@code millis} before anything else happens (its
 * credential check included), as a far-away or busy service would. Each waiting request holds a web server
 * thread: at 50 ms, Tomcat's 200 threads serve at most 4,000 requests a second, which is why the benchmark's
 * simulator host runs with more.
 */
public final class SimulatedLatency extends OncePerRequestFilter {

    private final long millis;

    private SimulatedLatency(long millis) {
        this.millis = millis;
    }

    /** The simulator's own setting when it has one, else the one all simulators share. */
    public static long millis(Long own, SandboxProperties shared) {
        return own != null ? own : shared.latencyMillis();
    }

    /** The filter in front of {@code urlPattern}, ahead of every other filter there; at 0 ms it is not registered. */
    public static FilterRegistrationBean<SimulatedLatency> in(String name, String urlPattern, long millis) {
        FilterRegistrationBean<SimulatedLatency> registration =
                new FilterRegistrationBean<>(new SimulatedLatency(millis));
        registration.addUrlPatterns(urlPattern);
        registration.setName(name);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setEnabled(millis > 0);
        return registration;
    }

    public long millis() {
        return millis;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServletException("interrupted while simulating latency", e);
        }
        chain.doFilter(request, response);
    }
}
