package io.printrelay.fulfilment;

import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.core5.util.Timeout;

import java.time.Duration;

/**
 * A connector's {@code request-timeout} on its Camel http endpoints ({@code ?httpClientConfigurer=#...}): no answer in
 * this time is a timeout, which the error policy reads as "it may have acted". Connecting is bounded apart (5 s):
 * a vendor that cannot be reached never got the request. The client itself tries nothing again.
 */
public class RequestTimeout implements HttpClientConfigurer {

    static final Timeout CONNECT = Timeout.ofSeconds(5);

    private final Timeout response;

    public RequestTimeout(Duration response) {
        this.response = Timeout.ofMilliseconds(response.toMillis());
    }

    @Override
    public void configureHttpClient(HttpClientBuilder builder) {
        // what is tried again, and when, is the error policy's (or the tracking outbox's) decision, in sight in the
        // routes: the client's own retry of a 429/503 a second later would hide it
        builder.disableAutomaticRetries();
        builder.setDefaultRequestConfig(RequestConfig.custom().setConnectionRequestTimeout(CONNECT)
                .setResponseTimeout(response).build());
    }

    public Timeout response() {
        return response;
    }

    /** Connect and socket timeouts of the connection itself, for a connection manager of the connector's own. */
    public ConnectionConfig connectionConfig() {
        return ConnectionConfig.custom().setConnectTimeout(CONNECT).setSocketTimeout(response).build();
    }
}
