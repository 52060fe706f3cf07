package io.printrelay.sandbox.pov;

import io.printrelay.sandbox.SimulatorHttp;
import io.printrelay.sandbox.SimulatorHttp.Response;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;

/**
 * Talks to the simulated POV the way a POV client does: JSON bodies, the customer id in the body of a POST and as
 * {@code ?customer_id=} on a GET (left to the caller, so that tests can get it wrong).
 */
class PovSandboxClient {

    static final String CUSTOMER_ID = "pov-sandbox-customer";

    private final SimulatorHttp http = new SimulatorHttp();
    private final String baseUrl;

    PovSandboxClient(int port) {
        this.baseUrl = "http://127.0.0.1:" + port + "/sandbox/pov";
    }

    Response get(String path) {
        return send(request(path).GET(), null);
    }

    Response post(String path, Object json) {
        return post(path, json, null);
    }

    /** With a {@code timeout}, a late answer throws (an {@link UncheckedIOException} around the timeout). */
    Response post(String path, Object json, Duration timeout) {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(json.toString())), timeout);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", "application/json");
    }

    private Response send(HttpRequest.Builder request, Duration timeout) {
        if (timeout != null) {
            request.timeout(timeout);
        }
        return http.send(request);
    }
}
