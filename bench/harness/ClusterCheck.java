import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/**
 * The crash and takeover check (issue 12), run by .ci/cluster-check: a simulator host and two PrintRelay nodes on one
 * PostgreSQL schema, N podOS orders (4over and POV items) fed, and in the middle of the flow the node that is running
 * a poll right now is killed with SIGKILL (kill -9). Measured: how long until every poll fires on the other node
 * (Quartz's cluster recovery), how long until the jobs the killed node was sending are settled, and, once the killed
 * node is started again and every order has come to rest, the counts against the simulators' own: every order
 * imported once, no job sent twice, none lost, every order in a folder with a note that says where it stands.
 * Prints one JSON line; exits 1 when a check fails.
 */
final class ClusterCheck {

    private static final List<String> POLLS = List.of("podos/import", "fourover/status-poll", "pov/status-poll",
            "tracking/return", "fulfilment/sweep");

    private final Options o;
    private final Path out;
    private final String jar;
    private final int n;
    private final String jdbcUrl;
    private final String schema;
    private final boolean kill;
    private final double faults;
    private final Http http = new Http();
    private final List<Process> started = new ArrayList<>();
    private final Map<String, Object> result = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();
    private String simUrl;

    ClusterCheck(Options o) {
        this.o = o;
        this.out = Path.of(o.get("out")).toAbsolutePath();
        this.jar = o.get("jar");
        this.n = o.integer("orders", 2000);
        this.schema = o.get("schema", "cluster_check");
        this.kill = Boolean.parseBoolean(o.get("kill", "true"));
        this.faults = Double.parseDouble(o.get("faults", "0"));
        this.jdbcUrl = o.get("jdbc-url") + (o.get("jdbc-url").contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** @return true when every check passed */
    boolean run() throws Exception {
        Files.createDirectories(out);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> started.forEach(Process::destroyForcibly)));
        try {
            return check();
        } finally {
            started.forEach(Process::destroyForcibly);
        }
    }

    private boolean check() throws Exception {
        Bench.main(new String[]{"pg-clean", "--jdbc-url", o.get("jdbc-url"), "--user", o.get("user"), "--password",
                o.get("password", ""), "--schema", schema});
        int simPort = port();
        simUrl = "http://127.0.0.1:" + simPort;
        Process sim = start("simulators", List.of("--spring.config.additional-location=file:bench/simulators.properties",
                "--server.port=" + simPort, "--printrelay.store.data-dir=" + out.resolve("simulators-data"),
                "--printrelay.sandbox.latency-millis=0", "--printrelay.sandbox.fourover.step-millis=200",
                "--printrelay.sandbox.pov.step-millis=500", "--printrelay.sandbox.faults.rate=" + faults,
                "--printrelay.sandbox.faults.slow-millis=1500"));
        Bench.awaitReady(http, simUrl, sim.pid(), 600);
        Node a = new Node("node-a");
        Node b = new Node("node-b");
        a.start(1);
        b.start(1);
        a.awaitReady();
        b.awaitReady();
        // the sandbox is off in the nodes: they get the demo shop's inventory, as a store owner would enter it
        for (Object item : (List<?>) http.get(simUrl + "/sandbox/inventory-items").expect(200).json()) {
            http.post(a.url + "/api/v2/inventory-items", Json.write(item), Http.api()).expect(201, 409);
        }
        result.put("orders_fed", n);
        http.post(simUrl + "/sandbox/podos/demo-orders?count=" + n + "&mix=all&project=bench-project", "",
                "Authorization", "Bearer bench-podos-token").expect(201);
        long fedAt = System.currentTimeMillis();
        Bench.log("cluster-check: %d orders in the podOS simulator; two nodes on schema %s", n, schema);

        result.put("vendor_fault_rate", faults);
        Node survivor = kill ? killOneAndStartItAgain(a, b) : b;

        long restedAt = awaitOrNegative(o.integer("timeout-seconds", 900), this::atRest);
        result.put("seconds_to_rest", restedAt < 0 ? -1 : (restedAt - fedAt) / 1000.0);
        expect(restedAt > 0, "every order came to rest (Shipped with its tracking back at podOS, or Errors)");
        counts(survivor);
        result.put("ok", failures.isEmpty());
        result.put("failures", failures);
        Bench.write(out.resolve("cluster-check.json"), result);
        System.out.println(Json.write(result));
        return failures.isEmpty();
    }

    /**
     * In the middle of the flow (a quarter of the orders imported), the node running a poll with jobs in flight is
     * killed with SIGKILL; measured: the takeover of every poll and the settling of its jobs; then it starts again.
     * Returns the node that was not killed.
     */
    private Node killOneAndStartItAgain(Node a, Node b) throws Exception {
        // the middle of the flow: a quarter of the orders imported, and a node running a poll with jobs in flight
        await("a quarter of the orders imported", 600, () -> stat("podos.served") >= n / 4);
        Node victim = null;
        long deadline = System.currentTimeMillis() + 20_000;
        while (victim == null && System.currentTimeMillis() < deadline) {
            for (Node node : List.of(a, b)) {
                if (!node.executing().isEmpty() && node.sending() > 0) {
                    victim = node;
                    break;
                }
            }
            if (victim == null) {
                Thread.sleep(20);
            }
        }
        if (victim == null) {
            victim = a.executing().isEmpty() ? b : a;
        }
        Node survivor = victim == a ? b : a;
        List<String> wasRunning = victim.executing();
        long sendingAtKill = victim.sending();
        long killedPid = victim.process.pid();
        long killedAt = System.currentTimeMillis();
        victim.process.destroyForcibly().waitFor();
        Bench.log("cluster-check: %s (pid %d) killed with SIGKILL while running %s with %d jobs SENDING",
                victim.name, killedPid, wasRunning, sendingAtKill);
        result.put("killed", victim.name);
        result.put("killed_while_running", wasRunning);
        result.put("killed_jobs_sending", sendingAtKill);

        // takeover: every poll fires again, on the survivor (the only node left), within 30 s; meanwhile the jobs the
        // killed node was sending are settled without waiting out the 5-minute sending-timeout
        Map<String, Long> takeover = new TreeMap<>();
        long settledAt = -1;
        long deadlineAfterKill = killedAt + 120_000;
        while ((takeover.size() < POLLS.size() || settledAt < 0) && System.currentTimeMillis() < deadlineAfterKill) {
            for (Map.Entry<String, Long> fired : firesSince(killedAt).entrySet()) {
                takeover.putIfAbsent(fired.getKey(), fired.getValue() - killedAt);
            }
            if (settledAt < 0 && sendingOf(killedPid) == 0) {
                settledAt = System.currentTimeMillis();
            }
            Thread.sleep(50);
        }
        long takeoverMax = takeover.values().stream().mapToLong(Long::longValue).max().orElse(-1);
        result.put("takeover_ms", takeover);
        result.put("takeover_max_ms", takeoverMax);
        expect(takeover.size() == POLLS.size(), "every poll fired again after the kill, on " + survivor.name
                + " (fired: " + takeover.keySet() + ")");
        expect(takeoverMax >= 0 && takeoverMax <= 30_000, "the polls were taken over within 30 s (" + takeoverMax
                + " ms)");
        result.put("killed_jobs_settled_ms", settledAt < 0 ? -1 : settledAt - killedAt);
        expect(settledAt > 0, "the jobs the killed node was sending were settled ("
                + sendingOf(killedPid) + " still SENDING)");

        victim.start(2);
        victim.awaitReady();
        Bench.log("cluster-check: %s started again", victim.name);
        return survivor;

    }

    /** Every order is in Shipped (its tracking back at podOS) or Errors, and no job is in flight. */
    private boolean atRest() {
        try {
            long orders = count("SELECT COUNT(*) FROM orders");
            long shipped = inFolder("Shipped");
            long errors = inFolder("Errors");
            long inFlight = count("SELECT COUNT(*) FROM vendor_jobs WHERE state IN ('PENDING', 'SENDING')");
            return orders == n && shipped + errors == n && inFlight == 0 && stat("podos.tracked") >= shipped;
        } catch (Exception e) {
            return false;
        }
    }

    private void counts(Node survivor) throws Exception {
        long imported = count("SELECT COUNT(*) FROM orders");
        long distinct = count("SELECT COUNT(DISTINCT source_id) FROM orders");
        long shipped = inFolder("Shipped");
        long errors = inFolder("Errors");
        long unknownNoted = count("SELECT COUNT(*) FROM orders o JOIN folders f ON f.id = o.folder_id"
                + " WHERE f.name = 'Errors' AND EXISTS (SELECT 1 FROM order_history h WHERE h.order_id = o.id"
                + " AND h.note LIKE '%outcome unknown%')");
        long withoutNote = count("SELECT COUNT(*) FROM orders o WHERE NOT EXISTS"
                + " (SELECT 1 FROM order_history h WHERE h.order_id = o.id)");
        long fourOverAtVendor = count("SELECT COUNT(*) FROM vendor_jobs WHERE vendor = 'fourover'"
                + " AND state IN ('SUBMITTED', 'SHIPPED')");
        long fourOverUnknown = count("SELECT COUNT(*) FROM vendor_jobs WHERE vendor = 'fourover' AND state = 'UNKNOWN'");
        long povOrders = count("SELECT COUNT(DISTINCT vendor_job_id) FROM vendor_jobs WHERE vendor = 'pov'"
                + " AND state IN ('SUBMITTED', 'SHIPPED')");
        long sending = count("SELECT COUNT(*) FROM vendor_jobs WHERE state = 'SENDING'");
        long simJobs = stat("fourover.jobs");
        long duplicates = stat("fourover.duplicate_jobs");
        long lost = n - shipped - unknownNoted;
        result.put("orders_imported", imported);
        result.put("orders_imported_twice", imported - distinct);
        result.put("orders_shipped_and_tracked", shipped);
        result.put("orders_in_errors_outcome_unknown", unknownNoted);
        result.put("orders_lost", lost);
        result.put("orders_without_history_note", withoutNote);
        result.put("fourover_jobs_at_simulator", simJobs);
        result.put("fourover_jobs_recorded_at_vendor", fourOverAtVendor);
        result.put("fourover_jobs_outcome_unknown", fourOverUnknown);
        result.put("fourover_jobs_sent_twice", duplicates);
        result.put("pov_orders_at_simulator", stat("pov.orders"));
        result.put("pov_orders_recorded", povOrders);
        result.put("podos_tracking_returned", stat("podos.tracked"));
        result.put("faults_injected", Json.at(Json.parse(http.get(simUrl + "/sandbox/stats").expect(200).body()),
                "faults"));
        result.put("retries_" + survivor.name.replace('-', '_'), survivor.metric("printrelay.vendor.retries"));
        result.put("outcome_unknown_" + survivor.name.replace('-', '_'),
                survivor.metric("printrelay.vendor.outcome.unknown"));
        long statusRequests = stat("fourover.status_requests");
        long survivorChecks = survivor.routeExchanges("fourover-job-status");
        result.put("fourover_status_requests", statusRequests);
        result.put("fourover_status_requests_per_job", simJobs == 0 ? 0 : round((double) statusRequests / simJobs));
        result.put("fourover_status_requests_per_job_" + survivor.name.replace('-', '_'),
                simJobs == 0 ? 0 : round((double) survivorChecks / simJobs));
        result.put("podos_listing_requests", stat("podos.listing_requests"));
        result.put("podos_polls_" + survivor.name.replace('-', '_'), survivor.routeExchanges("podos-import"));

        expect(imported == n, "every order imported (" + imported + " of " + n + ")");
        expect(imported == distinct, "no order imported twice (" + (imported - distinct) + ")");
        expect(duplicates == 0, "no 4over job sent twice (" + duplicates + ")");
        expect(simJobs >= fourOverAtVendor && simJobs <= fourOverAtVendor + fourOverUnknown,
                "4over has every job recorded as at 4over, and beyond them at most the jobs of unknown outcome ("
                        + simJobs + " at 4over, " + fourOverAtVendor + " recorded, " + fourOverUnknown + " unknown)");
        expect(stat("pov.orders") == povOrders, "POV has one order per POV order recorded (" + stat("pov.orders")
                + " at POV, " + povOrders + " recorded)");
        expect(lost == 0, "no order lost: each is shipped or in Errors with an outcome-unknown note (" + lost
                + " neither; " + (errors - unknownNoted) + " in Errors without that note)");
        expect(withoutNote == 0, "every order has a history note (" + withoutNote + " without)");
        expect(sending == 0, "no job left SENDING (" + sending + ")");
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private void expect(boolean ok, String what) {
        Bench.log("cluster-check: %s %s", ok ? "ok  " : "FAIL", what);
        if (!ok) {
            failures.add(what);
        }
    }

    /**
     * The polls that have fired since the time (epoch ms), with when. Quartz's own records: a firing running now
     * (qrtz_fired_triggers, stamped with the moment it fired), or one done (qrtz_triggers.prev_fire_time). The
     * latter alone would miss a poll that runs long: a trigger blocked while the killed node ran it keeps its
     * schedule, so its next firings are stamped with fire times from before the kill until the misfire handler
     * catches up.
     */
    private Map<String, Long> firesSince(long since) throws SQLException {
        Map<String, Long> fires = new TreeMap<>();
        try (Connection c = connect()) {
            try (PreparedStatement s = c.prepareStatement("SELECT trigger_group, trigger_name, fired_time"
                    + " FROM qrtz_fired_triggers WHERE fired_time > ?")) {
                s.setLong(1, since);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        fires.merge(rs.getString(1) + "/" + rs.getString(2), rs.getLong(3), Math::min);
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT trigger_group, trigger_name, prev_fire_time"
                    + " FROM qrtz_triggers WHERE prev_fire_time > ?")) {
                s.setLong(1, since);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        fires.merge(rs.getString(1) + "/" + rs.getString(2), rs.getLong(3), Math::min);
                    }
                }
            }
        }
        fires.keySet().retainAll(POLLS);
        return fires;
    }

    private long sendingOf(long pid) {
        try {
            return count("SELECT COUNT(*) FROM vendor_jobs WHERE state = 'SENDING' AND claimed_by LIKE '%/" + pid
                    + "/%'");
        } catch (SQLException e) {
            return -1;
        }
    }

    private long inFolder(String folder) throws SQLException {
        return count("SELECT COUNT(*) FROM orders o JOIN folders f ON f.id = o.folder_id WHERE f.name = '" + folder
                + "'");
    }

    private long count(String sql) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, o.get("user"), o.get("password", ""));
    }

    private long stat(String path) {
        return Json.longAt(Json.parse(http.get(simUrl + "/sandbox/stats").expect(200).body()), path);
    }

    private void await(String what, int seconds, BooleanSupplier condition) throws InterruptedException {
        if (awaitOrNegative(seconds, condition) < 0) {
            throw new IllegalStateException("cluster-check: not within " + seconds + " s: " + what);
        }
    }

    /** @return when the condition held (epoch ms), or -1 when it did not within the time */
    private static long awaitOrNegative(int seconds, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (System.currentTimeMillis() < deadline) {
            if (condition.getAsBoolean()) {
                return System.currentTimeMillis();
            }
            Thread.sleep(100);
        }
        return -1;
    }

    private Process start(String name, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of("java", "-Xmx384m", "-XX:+UseSerialGC", "-jar", jar));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(out.resolve(name + ".log").toFile()).start();
        started.add(process);
        return process;
    }

    private final java.util.Set<Integer> portsGiven = new java.util.HashSet<>();

    /** A free port never given before here: a port is only taken once its process has bound it. */
    private int port() throws IOException {
        while (true) {
            try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
                if (portsGiven.add(socket.getLocalPort())) {
                    return socket.getLocalPort();
                }
            }
        }
    }

    /** One PrintRelay node: the bench settings (polls every second), PostgreSQL, a Quartz instance id of its own. */
    private final class Node {
        final String name;
        Process process;
        String url;

        Node(String name) {
            this.name = name;
        }

        void start(int incarnation) throws IOException {
            int port = port();
            url = "http://127.0.0.1:" + port;
            process = ClusterCheck.this.start(name + "-" + incarnation, List.of(
                    "--spring.config.additional-location=file:bench/printrelay-bench.properties,"
                            + "file:bench/printrelay-bench-pace.properties",
                    "--server.port=" + port, "--printrelay.store.data-dir=" + out.resolve(name + "-data"),
                    "--spring.profiles.active=postgres", "--spring.datasource.url=" + jdbcUrl,
                    "--spring.datasource.username=" + o.get("user"),
                    "--spring.datasource.password=" + o.get("password", ""),
                    "--spring.flyway.default-schema=" + schema,
                    "--spring.quartz.properties.org.quartz.scheduler.instanceId=" + name,
                    "--printrelay.sources.podos.base-url=" + simUrl + "/sandbox/podos/v1",
                    "--printrelay.vendors.fourover.base-url=" + simUrl + "/sandbox/4over",
                    "--printrelay.vendors.pov.base-url=" + simUrl + "/sandbox/pov",
                    // a slow answer (1.5 s) is no answer, a circuit that opens on a bad streak closes again soon, and
                    // each unanswered status check holds up one of 16 checkers
                    "--printrelay.vendors.fourover.request-timeout=1s", "--printrelay.vendors.pov.request-timeout=1s",
                    "--printrelay.circuit-breaker.open-for=5s",
                    "--printrelay.vendors.fourover.status-checks.concurrency=16",
                    "--printrelay.vendors.pov.status-checks.concurrency=16"));
        }

        void awaitReady() throws InterruptedException {
            Bench.awaitReady(http, url, process.pid(), 600);
        }

        /** The polls this node is running right now (Quartz's fired triggers of its instance). */
        List<String> executing() {
            List<String> polls = new ArrayList<>();
            try (Connection c = connect(); PreparedStatement s = c.prepareStatement("SELECT trigger_group,"
                    + " trigger_name FROM qrtz_fired_triggers WHERE instance_name = ? AND state = 'EXECUTING'")) {
                s.setString(1, name);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        polls.add(rs.getString(1) + "/" + rs.getString(2));
                    }
                }
            } catch (SQLException e) {
                return List.of();
            }
            return polls;
        }

        long sending() {
            return sendingOf(process.pid());
        }

        /** A counter's total on this node (actuator's metrics), 0 when it was never counted. */
        double metric(String name) {
            Http.Answer answer = http.tryGet(url + "/actuator/metrics/" + name);
            if (answer == null || answer.status() != 200) {
                return 0;
            }
            Object measurements = Json.at(Json.parse(answer.body()), "measurements");
            if (measurements instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?> first
                    && first.get("value") instanceof Number value) {
                return value.doubleValue();
            }
            return 0;
        }

        /** Exchanges a route of this node has completed (actuator's camelroutes). */
        long routeExchanges(String routeId) {
            Http.Answer answer = http.tryGet(url + "/actuator/camelroutes/" + routeId + "/detail");
            if (answer == null || answer.status() != 200) {
                return -1;
            }
            return Json.longAt(Json.parse(answer.body()), "details.exchangesTotal");
        }
    }
}
