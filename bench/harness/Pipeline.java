import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One run of a flow scenario against a started PrintRelay and its simulator host: wait until PrintRelay is ready
 * (its startup time), give it the demo shop's inventory, feed N orders (into the podOS simulator, or POSTed through
 * the API by concurrent clients), wait until every order is at its vendor and, unless {@code idle}, every
 * shipment is back at its source, then read the figures: from the simulators' times (import → vendor receipt,
 * vendor shipped → tracking at the source) and from /proc (CPU, peak RSS).
 */
final class Pipeline {

    /** {@code warm_p50_ms}/{@code warm_p99_ms} are of the orders imported this long after the first. */
    static final long WARM_AFTER_MILLIS = 20_000;

    private final Options o;
    private final String printrelay;
    private final String sim;
    private final long pid;
    private final int n;
    private final String feed;
    private final boolean idle;
    private final int warmup;
    private final Http http = new Http();
    /** The highest PrintRelay order id of the warm-up: the figures are of the orders after it. */
    private long lastWarmupId;

    Pipeline(Options options) {
        this.o = options;
        this.printrelay = options.get("printrelay");
        this.sim = options.get("sim");
        this.pid = Long.parseLong(options.get("pid"));
        this.n = options.integer("n");
        this.feed = options.get("feed");
        this.idle = options.integer("idle-seconds", 0) > 0;
        this.warmup = feed.equals("podos") ? options.integer("warmup", 0) : 0;
    }

    Map<String, Object> run() throws Exception {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("scenario", o.get("scenario"));
        result.put("run", o.integer("run", 1));
        result.put("n", n);
        result.put("feed", feed);
        if (o.integer("rate", 0) > 0) {
            result.put("offered_per_second", o.integer("rate", 0));
        }
        int timeout = o.integer("timeout-seconds", 600);
        long readyMillis = Bench.awaitReady(http, printrelay, pid, o.integer("startup-timeout-seconds", 600));
        result.put("startup_ms", readyMillis);
        giveInventory();
        long[] warm = {0, 0};
        if (warmup > 0) {
            warm = warmUp(timeout);
            if (warm == null) {
                result.put("ok", false);
                result.put("failure", "the warm-up of " + warmup + " orders did not finish in " + timeout + " s");
                return result;
            }
        }
        result.put("warmup", warmup);
        double cpuAtReady = Proc.cpuSeconds(pid);

        NotifyReceiver receiver = feed.equals("api") && !idle ? new NotifyReceiver(o.integer("notify-port")) : null;
        ApiFeeder feeder = null;
        long feedStart = System.currentTimeMillis();
        if (feed.equals("podos")) {
            String query = "count=" + n + "&mix=fourover&project=" + enc(o.get("podos-project"));
            http.post(sim + "/sandbox/podos/demo-orders?" + query, "",
                    "Authorization", "Bearer " + o.get("podos-token")).expect(201);
        } else {
            feeder = new ApiFeeder(printrelay, o.get("tag", "run"), n, o.integer("clients", 8), i -> null,
                    o.integer("rate", 0)).start();
        }
        Bench.log("%s run %d: %d orders fed through %s", o.get("scenario"), o.integer("run", 1), n, feed);

        long deadline = feedStart + timeout * 1000L;
        String failure = null;
        Object stats = null;
        long lastReport = 0;
        long lastErrorCheck = 0;
        while (true) {
            stats = http.get(sim + "/sandbox/stats").expect(200).json();
            long submitted = Json.longAt(stats, "fourover.orders") + Json.longAt(stats, "pov.orders") - warm[0];
            long returned = receiver != null ? receiver.count() : Json.longAt(stats, "podos.tracked") - warm[1];
            boolean fed = feeder == null || feeder.join(System.currentTimeMillis());
            if (submitted >= n && (idle || returned >= n) && fed) {
                break;
            }
            if (feeder != null && fed && feeder.failures() > 0) {
                failure = feeder.failures() + " API POSTs failed, the first: " + feeder.firstFailure();
                break;
            }
            if (!Proc.alive(pid)) {
                failure = "PrintRelay stopped";
                break;
            }
            if (System.currentTimeMillis() - lastErrorCheck > 2_000) {
                lastErrorCheck = System.currentTimeMillis();
                failure = inErrors();
                if (failure != null) {
                    break;
                }
            }
            if (System.currentTimeMillis() > deadline) {
                failure = "timeout after " + timeout + " s: " + (feeder == null ? ""
                        : feeder.sentAt().size() + " of " + n + " POSTed, ") + submitted + " of " + n + " submitted"
                        + (idle ? "" : ", " + returned + " tracking returns");
                break;
            }
            if (System.currentTimeMillis() - lastReport > 10_000) {
                lastReport = System.currentTimeMillis();
                Bench.log("  %ds: %d of %d submitted%s", (lastReport - feedStart) / 1000, submitted, n,
                        idle ? "" : ", " + returned + " tracking returns");
            }
            Thread.sleep(200);
        }
        long doneAt = System.currentTimeMillis();
        double cpuAtDone = Proc.cpuSeconds(pid);
        result.put("ok", failure == null);
        if (failure != null) {
            result.put("failure", failure);
            Bench.log("  FAILED: %s", failure);
        }
        result.put("wall_seconds", Figures.round((doneAt - feedStart) / 1000.0, 2));
        result.put("cpu_seconds_per_1000", Figures.round((cpuAtDone - cpuAtReady) / n * 1000, 3));
        if (idle && failure == null) {
            int seconds = o.integer("idle-seconds");
            Thread.sleep(2_000);
            double before = Proc.cpuSeconds(pid);
            long from = System.nanoTime();
            Thread.sleep(seconds * 1000L);
            double used = Proc.cpuSeconds(pid) - before;
            double elapsed = (System.nanoTime() - from) / 1e9;
            result.put("idle_seconds", seconds);
            result.put("idle_cpu_percent", Figures.round(used / elapsed * 100, 2));
        }
        result.put("peak_rss_mb", Figures.round(Proc.peakRssMb(pid), 1));
        result.put("error_lines", errorLines(Path.of(o.get("log"))));
        try {
            // also for a run that did not finish: the figures of the orders that made it (matched says how many)
            latencies(result, feeder, receiver);
        } catch (RuntimeException e) {
            result.put("latency_failure", String.valueOf(e.getMessage()));
        }
        if (receiver != null) {
            receiver.close();
        }
        if (feeder != null) {
            result.put("api_retries", feeder.retries());
        }
        return result;
    }

    /**
     * The warm-up (bench/run --warmup): {@code warmup} podOS orders through the whole flow, submitted and their
     * shipments back, before the measured ones are loaded; a JVM compiles its hot code in its first minutes, which
     * a PrintRelay that has been running for a while has done. Gives the simulators' counts after it (submitted,
     * returned), or null when it did not finish in time.
     */
    private long[] warmUp(int timeout) throws InterruptedException {
        http.post(sim + "/sandbox/podos/demo-orders?count=" + warmup + "&mix=fourover&project="
                + enc(o.get("podos-project")), "", "Authorization", "Bearer " + o.get("podos-token")).expect(201);
        long deadline = System.currentTimeMillis() + timeout * 1000L;
        while (System.currentTimeMillis() < deadline && Proc.alive(pid)) {
            Object stats = http.get(sim + "/sandbox/stats").expect(200).json();
            long submitted = Json.longAt(stats, "fourover.orders") + Json.longAt(stats, "pov.orders");
            long returned = Json.longAt(stats, "podos.tracked");
            if (submitted >= warmup && returned >= warmup) {
                lastWarmupId = podosOrders().keySet().stream().mapToLong(Long::longValue).max().orElse(0);
                Bench.log("%s run %d: warm-up of %d orders done (not counted)", o.get("scenario"),
                        o.integer("run", 1), warmup);
                return new long[] {submitted, returned};
            }
            Thread.sleep(200);
        }
        return null;
    }

    /** Every order of the benchmark is sound: one in Errors ends the run at once, saying why it is there. */
    @SuppressWarnings("unchecked")
    private String inErrors() {
        Object page = http.get(printrelay + "/api/v2/orders?folder_name=Errors&limit=1&get_order_history=1",
                Http.api()).expect(200).json();
        long count = Json.longAt(page, "total_records");
        if (count == 0) {
            return null;
        }
        Object order = ((List<Object>) Json.at(page, "orders")).get(0);
        List<Object> history = (List<Object>) Json.at(order, "order_history");
        Object note = history == null || history.isEmpty() ? "" : Json.at(history.get(history.size() - 1), "note");
        return count + " orders in Errors, e.g. order " + Json.at(order, "id") + ": " + note;
    }

    /** Sandbox off, PrintRelay has no inventory: it gets the demo shop's, as a store owner would enter it. */
    private void giveInventory() {
        Object items = http.get(sim + "/sandbox/inventory-items").expect(200).json();
        for (Object item : (List<?>) items) {
            http.post(printrelay + "/api/v2/inventory-items", Json.write(item), Http.api()).expect(201, 409);
        }
    }

    @SuppressWarnings("unchecked")
    private void latencies(Map<String, Object> result, ApiFeeder feeder, NotifyReceiver receiver) {
        Object detail = http.get(sim + "/sandbox/stats?orders=true").expect(200).json();
        Map<String, Object> podos = byOrder(detail, "podos");
        Map<String, Object> vendor = new HashMap<>(byOrder(detail, "fourover"));
        vendor.putAll(byOrder(detail, "pov"));
        Map<Long, Long> importedAt = new HashMap<>();
        Map<Long, Long> trackedAt = new HashMap<>();
        if (feeder != null) {
            importedAt.putAll(feeder.sentAt());
            if (receiver != null) {
                trackedAt.putAll(receiver.heardAt());
            }
        } else {
            for (Map.Entry<Long, String> order : podosOrders().entrySet()) {
                List<Object> times = (List<Object>) podos.get(order.getValue());
                if (times != null) {
                    importedAt.put(order.getKey(), ((Number) times.get(1)).longValue());
                    trackedAt.put(order.getKey(), ((Number) times.get(2)).longValue());
                }
            }
        }
        List<Long> latency = new ArrayList<>();
        List<long[]> importAndLatency = new ArrayList<>();
        List<Long> tracking = new ArrayList<>();
        long firstImport = Long.MAX_VALUE;
        long lastReceipt = 0;
        for (Map.Entry<Long, Long> imported : importedAt.entrySet()) {
            if (imported.getKey() <= lastWarmupId) {
                continue;
            }
            List<Object> times = (List<Object>) vendor.get(o.get("order-prefix", "PR-") + imported.getKey());
            if (times == null || imported.getValue() == 0) {
                continue;
            }
            long received = ((Number) times.get(0)).longValue();
            long shipped = ((Number) times.get(1)).longValue();
            latency.add(received - imported.getValue());
            importAndLatency.add(new long[]{imported.getValue(), received - imported.getValue()});
            firstImport = Math.min(firstImport, imported.getValue());
            lastReceipt = Math.max(lastReceipt, received);
            Long tracked = trackedAt.get(imported.getKey());
            if (tracked != null && tracked != 0 && shipped != 0) {
                tracking.add(tracked - shipped);
            }
        }
        result.put("matched", latency.size());
        if (latency.isEmpty()) {
            return;
        }
        double seconds = (lastReceipt - firstImport) / 1000.0;
        result.put("seconds", Figures.round(seconds, 3));
        result.put("orders_per_second", Figures.round(latency.size() / Math.max(seconds, 0.001), 1));
        result.put("p50_ms", Figures.percentile(latency, 50));
        result.put("p99_ms", Figures.percentile(latency, 99));
        // the orders imported once the JVM has compiled its hot code: in a cold start the first 15-20 s of orders
        // wait seconds behind the C1/C2 compilers (measured 2026-12-04: api-paced p99 3.4 s, 0.19 s after 20 s)
        long warmFrom = firstImport + WARM_AFTER_MILLIS;
        List<Long> warm = importAndLatency.stream().filter(t -> t[0] >= warmFrom).map(t -> t[1]).toList();
        if (!warm.isEmpty()) {
            result.put("warm_p50_ms", Figures.percentile(warm, 50));
            result.put("warm_p99_ms", Figures.percentile(warm, 99));
        }
        if (!idle) {
            result.put("tracking_p50_ms", Figures.percentile(tracking, 50));
            result.put("tracking_p99_ms", Figures.percentile(tracking, 99));
        }
        // what the status polling cost: 4over's GETs per job it holds (a job that ships needs one status GET at
        // the least, and one tracking GET)
        long jobs = Json.longAt(detail, "fourover.jobs");
        if (jobs > 0) {
            result.put("fourover_status_gets_per_job", Figures.round(
                    (double) Json.longAt(detail, "fourover.status_requests") / jobs, 2));
            result.put("fourover_tracking_gets_per_job", Figures.round(
                    (double) Json.longAt(detail, "fourover.tracking_requests") / jobs, 2));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> byOrder(Object stats, String simulator) {
        Object map = Json.at(stats, simulator + ".by_order");
        return map == null ? Map.of() : (Map<String, Object>) map;
    }

    /** PrintRelay's id → the podOS order id (its source id), read through the API. */
    @SuppressWarnings("unchecked")
    private Map<Long, String> podosOrders() {
        Map<Long, String> ids = new HashMap<>();
        int pageSize = 500;
        for (int offset = 0; ; offset += pageSize) {
            Object page = http.get(printrelay + "/api/v2/orders?source_name=podOS&order_by=id&order=asc&limit="
                    + pageSize + "&offset=" + offset, Http.api()).expect(200).json();
            List<Object> orders = (List<Object>) Json.at(page, "orders");
            for (Object order : orders) {
                ids.put(Json.longAt(order, "id"), String.valueOf(Json.at(order, "source_id")));
            }
            if (orders.size() < pageSize) {
                return ids;
            }
        }
    }

    static long errorLines(Path log) throws IOException {
        if (!Files.exists(log)) {
            return -1;
        }
        try (var lines = Files.lines(log, StandardCharsets.ISO_8859_1)) {
            return lines.filter(line -> line.contains(" ERROR ")).count();
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
