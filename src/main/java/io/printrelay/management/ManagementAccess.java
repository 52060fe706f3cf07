package io.printrelay.management;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.InetAddress;
import java.util.Set;

/**
 * Actuator shares the API's HTTP port, which the world reaches; its details (health details, metrics, routes,
 * Prometheus) answer only clients on this host unless {@code printrelay.management.remote-access} says otherwise.
 * The liveness and readiness probes answer anyone: Kubernetes asks them from outside the pod, and they say only UP or
 * DOWN. Others get a 404, as for a path that is not there. (Jolokia listens on 127.0.0.1 itself.)
 */
public class ManagementAccess extends OncePerRequestFilter {

    static final Set<String> PROBES = Set.of("/actuator/health/liveness", "/actuator/health/readiness");

    private final boolean remoteAccess;

    public ManagementAccess(boolean remoteAccess) {
        this.remoteAccess = remoteAccess;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (remoteAccess || PROBES.contains(request.getRequestURI()) || fromThisHost(request.getRemoteAddr())) {
            chain.doFilter(request, response);
            return;
        }
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    static boolean fromThisHost(String address) {
        try {
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (IOException unparsable) {
            return false;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<ManagementAccess> managementAccess(ManagementAccessProperties settings) {
            FilterRegistrationBean<ManagementAccess> registration =
                    new FilterRegistrationBean<>(new ManagementAccess(settings.remoteAccess()));
            registration.addUrlPatterns("/actuator/*");
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }
}
