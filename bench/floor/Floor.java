import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The floor of the benchmark (issue 11): PrintRelay's per-order work for podOS orders printed by 4over, written as a
 * plain Java program (the JDK and a JDBC driver, nothing else), so that PrintRelay's figures can be read against
 * what the same work costs without a framework. One thread reads podOS's order pages and stores each page;
 * {@code --concurrency} workers each claim an order's jobs, POST it to 4over and record the answer; as many trackers
 * poll the submitted jobs and send each shipment back to podOS. One JSON line on stdout; logs on stderr.
 */
public final class Floor {

    /** SandboxInventory's 4over products: code, name, the print details demo orders find there. */
    private static final List<List<String>> SANDBOX_INVENTORY = List.of(
            inventory("BC-14PT-500", "Business cards 14pt (500)", "ec208ad6-8b9a-4a9f-a879-eff24f52376c",
                    "3713db00-89dd-4ff2-84da-abe3b0dceaa6", "11cdf7a3-5fb3-4afe-b1f2-a1c4f5bc73e6",
                    "aca6239a-94a1-4011-8df2-13cb07247d9c"),
            inventory("FLYER-100-8.5X11", "Flyers 100# gloss 8.5x11 (100)", "060c553c-82f0-4251-a15f-8bf77f47b7cd",
                    "d117c67a-8c8e-4ecf-84cb-be62b3c7b68e", "0b9b80ff-e649-48f7-aa89-d693afaf0b73",
                    "c0b6d634-4876-4049-ac01-fdbf78075933"),
            inventory("POSTCARD-16PT-4X6", "Postcards 16pt 4x6", "275326a4-7f67-44dd-a34c-6a3e9edf4814",
                    "47673fe7-488e-4feb-ad75-36728a9aa0a2", "71942a7d-ffeb-4791-aaa3-b1df2ecf8414",
                    "965dbb3f-7616-41f6-83bb-9be25ae5b5a0"));

    /** Something to do once its time has come: a job's next status poll, a tracking return's next attempt. */
    private record Due(long at, Runnable task) implements Delayed {
        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(at - System.nanoTime(), TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(at, ((Due) other).at);
        }
    }

    private final Podos podos;
    private final FourOver fourOver;
    private final Store store;
    private final int concurrency;
    private final int expect;
    private final int warmup;
    private final Set<String> seen = new HashSet<>();
    private double cpuAtStart;
    private final long pollNanos;
    private final String createdAfter;
    private final BlockingQueue<Podos.Order> intake;
    private final DelayQueue<Due> later = new DelayQueue<>();
    private final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> trackingLatencies = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger submitted = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger returnsOpen = new AtomicInteger();
    private final AtomicInteger returned = new AtomicInteger();
    private final AtomicLong lastSubmission = new AtomicLong();
    private long firstPage;

    private Floor(Podos podos, FourOver fourOver, Store store, int concurrency, int expect, int warmup,
                  long pollMillis, String createdAfter) {
        this.podos = podos;
        this.fourOver = fourOver;
        this.store = store;
        this.concurrency = concurrency;
        this.expect = expect;
        this.warmup = warmup;
        this.pollNanos = TimeUnit.MILLISECONDS.toNanos(pollMillis);
        this.createdAfter = createdAfter;
        this.intake = new ArrayBlockingQueue<>(concurrency);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        int concurrency = Integer.parseInt(required(o, "concurrency"));
        int expect = Integer.parseInt(required(o, "expect"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Long.parseLong(required(o, "timeout-seconds")));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        Store store = new Store(likePrintRelay(required(o, "jdbc-url")), required(o, "jdbc-user"),
                o.getOrDefault("jdbc-password", ""), Integer.parseInt(o.getOrDefault("db-connections", "10")));
        store.migrate(Path.of(o.getOrDefault("migrations", "src/main/resources/db/migration")));
        store.seedInventory(SANDBOX_INVENTORY);
        Floor floor = new Floor(
                new Podos(http, required(o, "podos-url"), required(o, "podos-project"), required(o, "podos-token")),
                new FourOver(http, required(o, "fourover-url"), required(o, "fourover-public-key"),
                        required(o, "fourover-private-key")),
                store, concurrency, expect, Integer.parseInt(o.getOrDefault("warmup", "0")),
                Long.parseLong(o.getOrDefault("status-poll-millis", "10000")),
                o.getOrDefault("created-after", LocalDate.now(ZoneOffset.UTC).minusDays(30).toString()));
        int exit = floor.run(deadline);
        store.close();
        System.exit(exit);
    }

    private int run(long deadline) throws InterruptedException {
        for (int i = 0; i < concurrency; i++) {
            daemon("submit-" + i, () -> submit(intake.take()));
            daemon("track-" + i, () -> later.take().task().run());
        }
        if (warmup > 0) {
            // the warm-up (bench/run --warmup): the same work for the first orders, not counted; its JIT is done
            // when the measured orders come, as PrintRelay's is
            int exit = phase(warmup, deadline);
            if (exit != 0) {
                return exit;
            }
            log("warm-up: " + warmup + " orders submitted and returned, not counted");
            latencies.clear();
            trackingLatencies.clear();
            submitted.set(0);
            returned.set(0);
            lastSubmission.set(0);
        }
        cpuAtStart = cpuSeconds();
        int exit = phase(expect, deadline);
        System.out.println(result());
        System.out.flush();
        return exit;
    }

    /** {@code count} more orders read, submitted and their shipments returned (or the deadline). */
    private int phase(int count, long deadline) throws InterruptedException {
        read(seen.size() + count, deadline);
        while (System.nanoTime() < deadline && (submitted.get() + failed.get() < count || returnsOpen.get() > 0)) {
            Thread.sleep(20);
        }
        boolean allSubmitted = submitted.get() == count;
        boolean allReturned = allSubmitted && returnsOpen.get() == 0;
        if (!allSubmitted) {
            log("FAILED: " + submitted.get() + " of " + count + " orders submitted (" + failed.get() + " in Errors)");
            return 1;
        }
        if (!allReturned) {
            log("FAILED: " + returnsOpen.get() + " shipment(s) not yet returned to podOS");
            return 2;
        }
        return 0;
    }

    /** routes/podos-import.camel.yaml: every page of processing orders, until {@code expect} orders are taken in. */
    private void read(int expect, long deadline) throws InterruptedException {
        firstPage = System.nanoTime();
        while (seen.size() < expect && System.nanoTime() < deadline) {
            int before = seen.size();
            String token = null;
            try {
                do {
                    Podos.Page page = podos.page(createdAfter, token);
                    List<Podos.Order> orders = new ArrayList<>();
                    for (Object listed : page.orders()) {
                        try {
                            Podos.Order order = Podos.read(listed);
                            if (seen.size() + orders.size() < expect && !seen.contains(order.podosId)) {
                                order.pageArrived = page.arrived();
                                orders.add(order);
                            }
                        } catch (RuntimeException malformed) {
                            log("podOS order skipped: " + malformed.getMessage());
                        }
                    }
                    if (!orders.isEmpty()) {
                        List<Podos.Order> stored = store.importPage(orders);
                        orders.forEach(order -> seen.add(order.podosId));
                        for (Podos.Order order : stored) {
                            if (order.problems.isEmpty()) {
                                intake.put(order);
                            } else {
                                fail(order, "is in Errors: " + String.join("; ", order.problems));
                            }
                        }
                    }
                    token = page.nextPageToken();
                } while (token != null && seen.size() < expect);
            } catch (IOException | SQLException | RuntimeException e) {
                log("podOS import failed, reading again: " + e);
            }
            if (seen.size() == before) {
                Thread.sleep(100);
            }
        }
        log(seen.size() + " podOS orders taken in");
    }

    /** fourover-submit for one stored order: claim, build, send, record. */
    private void submit(Podos.Order order) {
        List<FourOver.Job> jobs = order.jobs;
        try {
            if (!store.claim(order)) {
                fail(order, "has jobs another sender claimed");
                return;
            }
            FourOver.Answer answer = send(FourOver.orderBody(order, jobs));
            long answered = System.nanoTime();
            jobs.forEach(job -> job.vendorJobId = answer.accepted().get(job.name));
            String customerOrderId = FourOver.customerOrderId(order.id);
            if (answer.httpStatus() / 100 != 2) {
                boolean refused = answer.httpStatus() / 100 == 4;
                store.problem(order, jobs, refused ? "FAILED" : "UNKNOWN", "4over", (refused ? "4over refused order "
                        : "outcome unknown: 4over answered order ") + customerOrderId + " (HTTP " + answer.httpStatus()
                        + "): " + answer.body());
                fail(order, "was not taken by 4over (HTTP " + answer.httpStatus() + ")");
                return;
            }
            if (jobs.stream().anyMatch(job -> job.vendorJobId == null)) {
                store.problem(order, jobs, "FAILED", "4over", "4over refused jobs of " + customerOrderId + ": "
                        + answer.failures());
                fail(order, "has jobs 4over refused: " + answer.failures());
                return;
            }
            store.submitted(order, jobs, answer.orderStatus());
            latencies.add(answered - order.pageArrived);
            lastSubmission.accumulateAndGet(answered, Math::max);
            order.openJobs = jobs.size();
            returnsOpen.addAndGet(jobs.size());
            submitted.incrementAndGet();
            jobs.forEach(job -> later.add(new Due(System.nanoTime() + pollNanos, () -> poll(job))));
        } catch (Exception e) {
            fail(order, "failed: " + e);
        }
    }

    /** The error policy's "never got it" (connection refused, 429, 503): the same request again, 1 s doubling, 6 times. */
    private FourOver.Answer send(Map<String, Object> body) throws IOException, InterruptedException {
        long delay = 1000;
        for (int attempt = 0; ; attempt++) {
            try {
                FourOver.Answer answer = fourOver.submit(body);
                if ((answer.httpStatus() != 429 && answer.httpStatus() != 503) || attempt == 6) {
                    return answer;
                }
            } catch (ConnectException refused) {
                if (attempt == 6) {
                    throw refused;
                }
            }
            Thread.sleep(delay);
            delay = Math.min(delay * 2, 60_000);
        }
    }

    /** fourover-job-status: the job's status; once complete, its tracking, its shipment, and its return to podOS. */
    private void poll(FourOver.Job job) {
        try {
            String status = fourOver.status(job.vendorJobId);
            if (!status.isBlank() && !status.equals(job.lastStatus)) {
                store.vendorStatus(job, status);
                job.lastStatus = status;
            }
            if (status.equalsIgnoreCase("Complete: Picked Up") || status.startsWith("Cancel")) {
                log("job " + job.name + " " + status + ": no shipment (the floor does not follow this path)");
                returnsOpen.decrementAndGet();
                return;
            }
            if (status.startsWith("Complete")) {
                job.seenShipped = job.seenShipped == 0 ? System.nanoTime() : job.seenShipped;
                job.tracking = fourOver.tracking(job.vendorJobId);
                if (!job.tracking.isEmpty()) {
                    int stillOpen;
                    synchronized (job.order) {
                        stillOpen = --job.order.openJobs;
                    }
                    store.shipped(job, status, stillOpen, job.order.jobs.size());
                    sendBack(job);
                    return;
                }
            }
        } catch (Exception e) {
            log("status of job " + job.name + " failed, asking again later: " + e);
        }
        later.add(new Due(System.nanoTime() + pollNanos, () -> poll(job)));
    }

    /** tracking-return-podos: the shipment as the podOS order's fulfilment; retried with a doubling delay from 5 s. */
    private void sendBack(FourOver.Job job) {
        try {
            if (!store.claimReturn(job)) {
                log("tracking return of job " + job.name + " was claimed by another sender");
                returnsOpen.decrementAndGet();
                return;
            }
            // one job per unit: a shipment carries one unit of its item (PodosTrackingWriter.shippedQuantity)
            podos.fulfil(job.order.podosId, job.tracking, FourOver.carrierOf(job.tracking),
                    FourOver.trackingUrl(job.tracking),
                    List.of(Json.fields("id", job.item.metadata.get("podos_item_id"), "quantity", 1)),
                    job.returnAttempts > 0);
            store.returned(job);
            trackingLatencies.add(System.nanoTime() - job.seenShipped);
            returned.incrementAndGet();
            returnsOpen.decrementAndGet();
        } catch (Exception e) {
            job.returnAttempts++;
            Duration delay = Duration.ofSeconds(5).multipliedBy(1L << Math.min(job.returnAttempts - 1, 20));
            delay = delay.compareTo(Duration.ofMinutes(30)) > 0 ? Duration.ofMinutes(30) : delay;
            log("tracking return of job " + job.name + " failed (attempt " + job.returnAttempts + "), again in "
                    + delay + ": " + e);
            try {
                store.returnFailed(job, e.toString(), Store.now().plus(delay));
            } catch (Exception notRecorded) {
                log("tracking return of job " + job.name + " not recorded as failed: " + notRecorded);
            }
            later.add(new Due(System.nanoTime() + delay.toNanos(), () -> sendBack(job)));
        }
    }

    private void fail(Podos.Order order, String why) {
        failed.incrementAndGet();
        log("order " + order.podosId + (order.id == 0 ? "" : " (" + order.id + ")") + " " + why);
    }

    private String result() {
        double seconds = submitted.get() == 0 ? 0 : (lastSubmission.get() - firstPage) / 1e9;
        return Json.write(Json.fields("orders", submitted.get(), "seconds", round(seconds, 3),
                "orders_per_second", round(seconds == 0 ? 0 : submitted.get() / seconds, 1),
                "p50_ms", round(percentile(latencies, 50), 1), "p99_ms", round(percentile(latencies, 99), 1),
                "tracking_p50_ms", round(percentile(trackingLatencies, 50), 1), "cpu_seconds", round(cpuSeconds() - cpuAtStart, 2),
                "peak_rss_mb", round(peakRssMb(), 1), "failed", failed.get(), "tracking_returns", returned.get()));
    }

    /** Nearest rank, in milliseconds. */
    private static double percentile(List<Long> nanos, int p) {
        List<Long> sorted;
        synchronized (nanos) {
            sorted = new ArrayList<>(nanos);
        }
        if (sorted.isEmpty()) {
            return 0;
        }
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1e6;
    }

    /** utime + stime of this process, /proc/self/stat fields 14 and 15, in clock ticks of 1/100 s. */
    private static double cpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException e) {
            return -1;
        }
    }

    /** VmHWM of /proc/self/status: the peak resident set. */
    private static double peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (IOException ignored) {
            // reported as -1
        }
        return -1;
    }

    private static java.math.BigDecimal round(double value, int places) {
        return java.math.BigDecimal.valueOf(value).setScale(places, java.math.RoundingMode.HALF_UP);
    }

    /**
     * PrintRelay's embedded database settings (application.yaml spring.datasource.url): cached tables, a commit
     * that is durable before it returns, the .data file not memory-mapped. A file URL given without them gets them,
     * so both do the same disk work.
     */
    private static String likePrintRelay(String url) {
        if (url.startsWith("jdbc:hsqldb:file:") && !url.contains("hsqldb.write_delay")) {
            url += ";hsqldb.default_table_type=cached;hsqldb.write_delay=false;hsqldb.tx=mvcc"
                    + ";hsqldb.nio_data_file=false;shutdown=true";
            log("HSQLDB as PrintRelay opens it: " + url);
        }
        return url;
    }

    private interface Loop {
        void once() throws Exception;
    }

    private static void daemon(String name, Loop loop) {
        Thread thread = new Thread(() -> {
            while (true) {
                try {
                    loop.once();
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    log(name + ": " + e);
                }
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static List<String> inventory(String code, String name, String product, String runsize,
                                          String colorspec, String turnaround) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("runsize_uuid", runsize);
        metadata.put("turnaroundtime_uuid", turnaround);
        metadata.put("colorspec_uuid", colorspec);
        metadata.put("product_uuid", product);
        return List.of(code, name, Json.write(metadata));
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value, got " + args[i]);
            }
            options.put(args[i].substring(2).toLowerCase(Locale.ROOT), args[++i]);
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    static void log(String message) {
        System.err.println(Instant.now() + " floor: " + message);
    }
}
