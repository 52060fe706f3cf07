import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The part of bench/run that bash is clumsy at, JDK only (compiled by bench/run with javac). Commands:
 * <pre>
 * ports K                                   K free TCP ports, one a line
 * ready --url U [--pid P] --timeout-seconds S    wait for /actuator/health/readiness UP
 * load-podos --sim U --n N --project P --token T   put N demo orders into the podOS simulator (the floor's feed)
 * pipeline --scenario … --out FILE …        one run of a flow scenario (see Pipeline)
 * store-load --printrelay U --pid P --n N   put N orders into PrintRelay's store through the API (see StoreScenario)
 * store-measure --printrelay U --pid P …    startup, peak RSS and API list/filter times (see StoreScenario)
 * catalog --printrelay U --sim U --pid P …   a full and a delta 4over catalog sync, timed (see CatalogScenario)
 * pg-clean --jdbc-url J --user U --schema S [--password W]   drop and create a PostgreSQL schema
 * report --out DIR                          the JSON line of each scenario (medians) and DIR/chart.png
 * cluster-check --jar J --jdbc-url U --user U --out DIR [--orders N]   two nodes, kill -9, counts (see ClusterCheck)
 * </pre>
 * Progress goes to stderr; stdout carries only what a command answers.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("a command is required: ports, ready, pipeline, store-load, "
                    + "store-measure, pg-clean, report");
        }
        switch (args[0]) {
            case "ports" -> ports(Integer.parseInt(args[1]));
            case "ready" -> {
                Options o = new Options(args, 1);
                long pid = Long.parseLong(o.get("pid", "0"));
                long millis = awaitReady(new Http(), o.get("url"), pid, o.integer("timeout-seconds", 600));
                System.out.println(millis);
            }
            case "load-podos" -> {
                Options o = new Options(args, 1);
                new Http().post(o.get("sim") + "/sandbox/podos/demo-orders?count=" + o.integer("n")
                                + "&mix=fourover&project=" + java.net.URLEncoder.encode(o.get("project"),
                                StandardCharsets.UTF_8), "", "Authorization", "Bearer " + o.get("token"))
                        .expect(201);
            }
            case "pipeline" -> {
                Options o = new Options(args, 1);
                write(Path.of(o.get("out")), new Pipeline(o).run());
            }
            case "store-load" -> {
                Options o = new Options(args, 1);
                write(Path.of(o.get("out")), new StoreScenario(o).load());
            }
            case "store-measure" -> {
                Options o = new Options(args, 1);
                write(Path.of(o.get("out")), new StoreScenario(o).measure());
            }
            case "catalog" -> {
                Options o = new Options(args, 1);
                write(Path.of(o.get("out")), new CatalogScenario(o).run());
            }
            case "pg-clean" -> pgClean(new Options(args, 1));
            case "cluster-check" -> {
                if (!new ClusterCheck(new Options(args, 1)).run()) {
                    System.exit(1);
                }
            }
            case "report" -> {
                if (!Report.print(Path.of(new Options(args, 1).get("out")))) {
                    System.exit(1);
                }
            }
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    static void log(String format, Object... args) {
        System.err.println("bench: " + String.format(format, args));
    }

    private static void ports(int count) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0);
                sockets.add(socket);
                System.out.println(socket.getLocalPort());
            }
        } finally {
            for (ServerSocket socket : sockets) {
                socket.close();
            }
        }
    }

    /**
     * Waits until the readiness probe answers UP; with a pid, answers the time since that process started and
     * fails as soon as it has stopped.
     */
    static long awaitReady(Http http, String url, long pid, int timeoutSeconds) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutSeconds * 1000L;
        long started = System.currentTimeMillis();
        java.time.Instant processStart = pid > 0 ? Proc.started(pid) : null;
        while (true) {
            Http.Answer answer = http.tryGet(url + "/actuator/health/readiness");
            if (answer != null && answer.status() == 200 && answer.body().contains("\"UP\"")) {
                return processStart != null ? Proc.millisSince(processStart) : System.currentTimeMillis() - started;
            }
            if (pid > 0 && !Proc.alive(pid)) {
                throw new IllegalStateException(url + ": the process stopped before it was ready");
            }
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException(url + " not ready after " + timeoutSeconds + " s");
            }
            Thread.sleep(50);
        }
    }

    private static void pgClean(Options o) throws Exception {
        String schema = o.get("schema");
        if (!schema.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain schema name: " + schema);
        }
        try (Connection connection = DriverManager.getConnection(o.get("jdbc-url"), o.get("user"),
                o.get("password", ""));
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            statement.execute("CREATE SCHEMA " + schema);
        }
    }

    static void write(Path file, Map<String, Object> result) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, Json.write(result) + "\n", StandardCharsets.UTF_8);
        log("%s", Json.write(result));
    }
}
