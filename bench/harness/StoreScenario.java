import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The store scenario: {@link #load} puts N orders into PrintRelay's store through the API (auto-submit off, so
 * they stay there; every tenth in Prepared so that a folder filter has something to choose), once per
 * invocation; {@link #measure} starts on (a copy of) that store and reads the startup time, the API's list and
 * filter times and the peak RSS.
 */
final class StoreScenario {

    /** Every tenth order goes to Prepared (folder 2): the folder filter's answer is a tenth of the store. */
    static final int PREPARED_EVERY = 10;

    private final Options o;
    private final String printrelay;
    private final long pid;
    private final int n;
    private final Http http = new Http();

    StoreScenario(Options options) {
        this.o = options;
        this.printrelay = options.get("printrelay");
        this.pid = Long.parseLong(options.get("pid"));
        this.n = options.integer("n");
    }

    Map<String, Object> load() throws Exception {
        Bench.awaitReady(http, printrelay, pid, o.integer("startup-timeout-seconds", 600));
        long start = System.currentTimeMillis();
        ApiFeeder feeder = new ApiFeeder(printrelay, o.get("tag"), n, o.integer("clients", 8),
                i -> i % PREPARED_EVERY == 0 ? 2 : null).start();
        long deadline = start + o.integer("timeout-seconds", 3600) * 1000L;
        long lastReport = start;
        while (!feeder.join(Math.min(deadline, System.currentTimeMillis() + 10_000))) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("store load: " + feeder.sentAt().size() + " of " + n
                        + " orders after " + o.get("timeout-seconds", "3600") + " s");
            }
            if (System.currentTimeMillis() - lastReport >= 10_000) {
                lastReport = System.currentTimeMillis();
                Bench.log("  store load: %d of %d orders stored", feeder.sentAt().size(), n);
            }
        }
        if (feeder.failures() > 0) {
            throw new IllegalStateException(feeder.failures() + " orders not stored, the first: "
                    + feeder.firstFailure());
        }
        double seconds = (System.currentTimeMillis() - start) / 1000.0;
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("loaded", feeder.sentAt().size());
        result.put("load_seconds", Figures.round(seconds, 1));
        result.put("load_orders_per_second", Figures.round(n / seconds, 1));
        return result;
    }

    Map<String, Object> measure() throws Exception {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("scenario", o.get("scenario"));
        result.put("run", o.integer("run", 1));
        result.put("n", n);
        long startup = Bench.awaitReady(http, printrelay, pid, o.integer("startup-timeout-seconds", 600));
        result.put("startup_ms", startup);
        long total = Json.longAt(http.get(printrelay + "/api/v2/orders?limit=1", Http.api()).expect(200).json(),
                "total_records");
        result.put("orders_in_store", total);
        result.put("ok", total >= n);
        if (total < n) {
            result.put("failure", "the store has " + total + " orders, not " + n);
        }
        int requests = o.integer("requests", 50);
        Random random = new Random(11);
        String tag = o.get("tag");
        time(result, "list", requests, i -> "limit=50");
        time(result, "folder", requests, i -> "folder_name=Prepared&limit=50");
        time(result, "source_id", requests,
                i -> "source_id=" + ApiOrders.sourceId(tag, 1 + random.nextInt(n)));
        time(result, "email", requests, i -> "email=grace.hopper%2B" + random.nextInt(1000)
                + "%40printrelay.example&limit=50");
        time(result, "deep_offset", requests,
                i -> "limit=50&offset=" + (n - 50 - random.nextInt(Math.max(1, n / 100))));
        result.put("peak_rss_mb", Figures.round(Proc.peakRssMb(pid), 1));
        result.put("error_lines", Pipeline.errorLines(java.nio.file.Path.of(o.get("log"))));
        return result;
    }

    /** {@code requests} GETs of the order list with the query {@code kind} makes, after 5 not counted. */
    private void time(Map<String, Object> result, String kind, int requests,
                      java.util.function.IntFunction<String> query) {
        List<Double> millis = new ArrayList<>();
        for (int i = -5; i < requests; i++) {
            long start = System.nanoTime();
            Http.Answer answer = http.get(printrelay + "/api/v2/orders?" + query.apply(i), Http.api()).expect(200);
            double took = (System.nanoTime() - start) / 1e6;
            if (i >= 0) {
                millis.add(took);
            }
            if (i == 0 && !answer.body().contains("\"orders\"")) {
                throw new IllegalStateException(kind + ": not an order list: " + answer.body());
            }
        }
        result.put(kind + "_p50_ms", Figures.round(Figures.percentile(millis, 50), 1));
        result.put(kind + "_p99_ms", Figures.round(Figures.percentile(millis, 99), 1));
    }
}
