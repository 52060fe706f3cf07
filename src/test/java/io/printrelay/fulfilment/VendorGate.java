package io.printrelay.fulfilment;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

import java.io.IOException;

/**
 * A gate in front of the simulated 4over's {@code POST /orders}: it counts the submissions in flight (and the most
 * at once), and can hold them, either until the test opens it or until a number of them are in flight together.
 * Import {@link Config} to put it in front of the simulator.
 */
public class VendorGate implements Filter {

    private int inFlight;
    private int mostInFlight;
    private int arrived;
    private boolean held;
    private int waveSize;

    /** Forgets what it counted and lets everything through. */
    public synchronized void reset() {
        mostInFlight = inFlight;
        arrived = 0;
        waveSize = 0;
        open();
    }

    /** Hold every submission until {@link #open()}. */
    public synchronized void hold() {
        held = true;
    }

    public synchronized void open() {
        held = false;
        notifyAll();
    }

    /** Let each submission through once {@code size} of them are in flight together (or after 2 s, for the last). */
    public synchronized void inWavesOf(int size) {
        waveSize = size;
    }

    public synchronized int mostInFlight() {
        return mostInFlight;
    }

    public synchronized int arrived() {
        return arrived;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(((HttpServletRequest) request).getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        enter();
        try {
            chain.doFilter(request, response);
        } finally {
            leave();
        }
    }

    private synchronized void enter() {
        inFlight++;
        arrived++;
        mostInFlight = Math.max(mostInFlight, inFlight);
        notifyAll();
        long deadline = System.currentTimeMillis() + 2_000;
        try {
            while (held || (waveSize > 0 && inFlight < waveSize && System.currentTimeMillis() < deadline)) {
                wait(held ? 0 : Math.max(1, deadline - System.currentTimeMillis()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void leave() {
        inFlight--;
    }

    @TestConfiguration
    public static class Config {

        @Bean
        VendorGate vendorGate() {
            return new VendorGate();
        }

        @Bean
        FilterRegistrationBean<VendorGate> vendorGateFilter(VendorGate gate) {
            FilterRegistrationBean<VendorGate> registration = new FilterRegistrationBean<>(gate);
            registration.addUrlPatterns("/sandbox/4over/orders");
            return registration;
        }
    }
}
