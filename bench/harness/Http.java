import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;

/** The harness's HTTP: the JDK client, one per purpose (the API clients each get their own, as 8 clients would). */
final class Http {

    /** An answer: its status and body. */
    record Answer(int status, String body) {
        Object json() {
            return Json.parse(body);
        }

        Answer expect(int... statuses) {
            for (int s : statuses) {
                if (s == status) {
                    return this;
                }
            }
            throw new IllegalStateException("HTTP " + status + ": "
                    + (body.length() > 500 ? body.substring(0, 500) : body));
        }
    }

    static final String STORE_ID = "1";
    static final String API_KEY = "sandbox-api-key";

    private final HttpClient client;

    Http() {
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(2, task -> {
                    Thread thread = new Thread(task, "http");
                    thread.setDaemon(true);
                    return thread;
                })).build();
    }

    Answer get(String url, String... headers) {
        return send(request(url, headers).GET());
    }

    Answer post(String url, String body, String... headers) {
        return send(request(url, headers).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** PrintRelay's Order Desk API: its two headers and JSON. */
    static String[] api() {
        return new String[]{"ORDERDESK-STORE-ID", STORE_ID, "ORDERDESK-API-KEY", API_KEY,
                "Content-Type", "application/json"};
    }

    private static HttpRequest.Builder request(String url, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Null when nothing answers (yet). */
    Answer tryGet(String url) {
        try {
            return get(url);
        } catch (UncheckedIOException e) {
            return null;
        }
    }
}
