package io.printrelay.fulfilment;

import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Set;

/**
 * The HTTP client every vendor connector shares, and the one place that decides what a failure means:
 * "the vendor did not get it" (retry: {@link VendorUnavailableException}) versus "the vendor may have acted on it"
 * ({@link OutcomeUnknownException}, never retried blindly).
 */
@Component
public class VendorHttp {

    /** Answers that say the request was turned away before anything was done with it. */
    private static final Set<Integer> TURNED_AWAY = Set.of(429, 503);
    /** Answers from a gateway that may or may not have passed the request on. */
    private static final Set<Integer> AMBIGUOUS = Set.of(500, 502, 504);

    public record Response(int status, String body) {
        public boolean isSuccess() {
            return status >= 200 && status < 300;
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * Sends a request that changes something at the vendor (a submission). A timeout or an ambiguous answer is
     * an unknown outcome.
     */
    public Response sendOnce(String vendor, HttpRequest request) throws OutcomeUnknownException {
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException | HttpConnectTimeoutException | UnresolvedAddressException e) {
            throw new VendorUnavailableException(vendor + " is not reachable at " + request.uri().getHost() + ":"
                    + request.uri().getPort() + " (" + describe(e) + ")", e);
        } catch (IOException e) {
            throw new OutcomeUnknownException(vendor + " did not answer (" + describe(e) + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OutcomeUnknownException(vendor + " request interrupted", e);
        }
        if (TURNED_AWAY.contains(response.statusCode())) {
            throw new VendorUnavailableException(vendor + " answered HTTP " + response.statusCode() + ": try later");
        }
        if (AMBIGUOUS.contains(response.statusCode())) {
            throw new OutcomeUnknownException(vendor + " answered HTTP " + response.statusCode(), null);
        }
        return new Response(response.statusCode(), response.body());
    }

    /** Sends a request that is safe to repeat (reads, cancels): every transport fault is worth a retry. */
    public Response send(String vendor, HttpRequest request) {
        try {
            return sendOnce(vendor, request);
        } catch (OutcomeUnknownException e) {
            throw new VendorUnavailableException(e.getMessage(), e);
        }
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": "
                + e.getMessage();
    }
}
