import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/**
 * Order Desk clients at once: {@code clients} threads, each with its own HTTP client, POST orders 1..n to
 * PrintRelay's {@code /api/v2/orders} (thread k takes k, k + clients, …). A 429 or 503 is tried again (as an Order
 * Desk client would after {@code X-Retry-After}); the moment of the first attempt is the order's import moment.
 * With a {@code rate} (orders a second), order i is not sent before {@code (i - 1) / rate} seconds after the start: a
 * shop sending orders at a steady pace rather than all at once; without one, each client sends its next order as
 * soon as the last is answered.
 */
final class ApiFeeder {

    private final String ordersUrl;
    private final String tag;
    private final int n;
    private final int clients;
    private final IntFunction<Integer> folderOf;
    private final double rate;
    private long startMillis;
    private final Map<Long, Long> sentAt = new ConcurrentHashMap<>();
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicInteger retries = new AtomicInteger();
    private final AtomicReference<String> firstFailure = new AtomicReference<>();
    private final List<Thread> threads = new ArrayList<>();

    ApiFeeder(String printrelay, String tag, int n, int clients, IntFunction<Integer> folderOf) {
        this(printrelay, tag, n, clients, folderOf, 0);
    }

    /** @param rate orders a second, all clients together; 0: as fast as PrintRelay answers */
    ApiFeeder(String printrelay, String tag, int n, int clients, IntFunction<Integer> folderOf, double rate) {
        this.ordersUrl = printrelay + "/api/v2/orders";
        this.tag = tag;
        this.n = n;
        this.clients = clients;
        this.folderOf = folderOf;
        this.rate = rate;
    }

    ApiFeeder start() {
        startMillis = System.currentTimeMillis();
        for (int k = 1; k <= clients; k++) {
            int first = k;
            Thread thread = new Thread(() -> feed(first), "api-client-" + k);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        return this;
    }

    /**
     * Waits for the clients until the deadline at most (none when it has passed: the pipeline asks with "now" at each
     * round), then says whether every one has finished.
     */
    boolean join(long deadlineMillis) throws InterruptedException {
        for (Thread thread : threads) {
            long left = deadlineMillis - System.currentTimeMillis();
            if (left > 0) {
                thread.join(left);
            }
        }
        return threads.stream().noneMatch(Thread::isAlive);
    }

    /** PrintRelay's order id → when its POST was first sent (epoch ms). */
    Map<Long, Long> sentAt() {
        return sentAt;
    }

    int failures() {
        return failures.get();
    }

    int retries() {
        return retries.get();
    }

    String firstFailure() {
        return firstFailure.get();
    }

    private void feed(int first) {
        Http http = new Http();
        for (int i = first; i <= n; i += clients) {
            if (rate > 0) {
                long wait = startMillis + (long) ((i - 1) * 1000 / rate) - System.currentTimeMillis();
                if (wait > 0) {
                    sleep(wait);
                }
            }
            String body = ApiOrders.body(tag, i, folderOf.apply(i));
            long firstAttempt = System.currentTimeMillis();
            for (int attempt = 1; ; attempt++) {
                Http.Answer answer;
                try {
                    answer = http.post(ordersUrl, body, Http.api());
                } catch (UncheckedIOException e) {
                    answer = new Http.Answer(-1, String.valueOf(e.getCause()));
                }
                if (answer.status() == 201 || answer.status() == 200) {
                    long id = Json.longAt(answer.json(), "order.id");
                    sentAt.putIfAbsent(id, firstAttempt);
                    break;
                }
                boolean again = answer.status() == 429 || answer.status() == 503 || answer.status() == -1;
                if (!again || attempt >= 100) {
                    failures.incrementAndGet();
                    firstFailure.compareAndSet(null, "order " + i + ": HTTP " + answer.status() + " "
                            + (answer.body().length() > 300 ? answer.body().substring(0, 300) : answer.body()));
                    break;
                }
                retries.incrementAndGet();
                sleep(answer.status() == 429 ? 1000 : 200);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
