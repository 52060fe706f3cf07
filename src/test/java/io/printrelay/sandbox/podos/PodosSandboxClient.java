package io.printrelay.sandbox.podos;

import io.printrelay.sandbox.SimulatorHttp;
import io.printrelay.sandbox.SimulatorHttp.Response;

import java.net.URI;
import java.net.http.HttpRequest;

/**
 * Talks to the simulated podOS the way a podOS client does: {@code ?project=} on every path and the token as a
 * bearer. {@link #send} leaves both to the caller.
 */
class PodosSandboxClient {

    static final String PROJECT = "printrelay-sandbox";
    static final String TOKEN = "sandbox-podos-token";

    private final SimulatorHttp http = new SimulatorHttp();
    private final String baseUrl;

    PodosSandboxClient(int port) {
        this.baseUrl = "http://127.0.0.1:" + port + "/sandbox/podos/v1";
    }

    Response get(String path) {
        return send(authorized(path).GET());
    }

    Response post(String path, Object json) {
        return send(authorized(path).POST(HttpRequest.BodyPublishers.ofString(json.toString())));
    }

    /** {@code path} with {@code project} added and the bearer token. */
    HttpRequest.Builder authorized(String path) {
        String separator = path.contains("?") ? "&" : "?";
        return unauthorized(path + separator + "project=" + PROJECT).header("Authorization", "Bearer " + TOKEN);
    }

    /** {@code path} exactly as given, no token. */
    HttpRequest.Builder unauthorized(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", "application/json");
    }

    Response send(HttpRequest.Builder request) {
        return http.send(request);
    }
}
