package io.printrelay.sandbox;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Where the simulators answer: this very process, on the port the web server actually got (random in tests).
 * Connectors whose {@code base-url} is not set use these URLs while {@code printrelay.sandbox.enabled} is on.
 */
@Component
public class SandboxUrls {

    private final boolean enabled;
    private volatile int port = -1;

    public SandboxUrls(@Value("${printrelay.sandbox.enabled:true}") boolean enabled) {
        this.enabled = enabled;
    }

    @EventListener
    void onWebServerStarted(WebServerInitializedEvent event) {
        port = event.getWebServer().getPort();
    }

    public boolean enabled() {
        return enabled;
    }

    /** e.g. {@code base("/sandbox/4over")} → {@code http://127.0.0.1:8080/sandbox/4over}. */
    public String base(String path) {
        if (port < 0) {
            throw new IllegalStateException("the web server has not started yet: the simulators are not reachable");
        }
        return "http://127.0.0.1:" + port + path;
    }
}
