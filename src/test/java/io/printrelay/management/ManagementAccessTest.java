package io.printrelay.management;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Actuator's details answer this host only, unless remote access is on; the probes answer anyone. (Over the real HTTP
 * port every test client is on this host: SecretsTest and ActuatorTest read actuator through it.)
 */
class ManagementAccessTest {

    @Test
    void aClientElsewhereGets404ForTheDetailsAndAnAnswerFromTheProbes() throws Exception {
        ManagementAccess access = new ManagementAccess(false);

        assertThat(status(access, "/actuator/metrics", "10.1.2.3")).isEqualTo(404);
        assertThat(status(access, "/actuator/health", "192.168.0.7")).isEqualTo(404);
        assertThat(status(access, "/actuator/prometheus", "2001:db8::1")).isEqualTo(404);
        assertThat(status(access, "/actuator/health/readiness", "10.1.2.3")).isEqualTo(200);
        assertThat(status(access, "/actuator/health/liveness", "10.1.2.3")).isEqualTo(200);
        assertThat(status(access, "/actuator/metrics", "127.0.0.1")).isEqualTo(200);
        assertThat(status(access, "/actuator/metrics", "::1")).isEqualTo(200);
    }

    @Test
    void remoteAccessLetsEveryoneRead() throws Exception {
        assertThat(status(new ManagementAccess(true), "/actuator/prometheus", "10.1.2.3")).isEqualTo(200);
    }

    private static int status(ManagementAccess access, String path, String remoteAddress) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setRemoteAddr(remoteAddress);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        access.doFilter(request, response, chain);
        return chain.getRequest() != null ? 200 : response.getStatus();
    }
}
