import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The catalog scenario (issue 14): with the simulator host's 50 ms per request, a full sync of the 4over
 * simulator's 2,043 products (target: at most 10 s), then 20 products changed on the simulator
 * ({@code POST /sandbox/4over/demo/catalog/change?count=20}) and a delta sync (target: under 1 s). Each sync is
 * started over the API ({@code POST /api/v2/fourover/catalog/sync?mode=}) and timed twice: by PrintRelay (its
 * progress's {@code millis}, first page to last) and by the harness (the POST to the progress saying it ended).
 */
final class CatalogScenario {

    static final int FULL_TARGET_MS = 10_000;
    static final int DELTA_TARGET_MS = 1_000;
    static final int CHANGED = 20;

    private final Options o;
    private final Http http = new Http();

    CatalogScenario(Options o) {
        this.o = o;
    }

    Map<String, Object> run() throws Exception {
        String pr = o.get("printrelay");
        long startup = Bench.awaitReady(http, pr, Long.parseLong(o.get("pid", "0")),
                o.integer("startup-timeout-seconds", 600));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("scenario", o.get("scenario"));
        result.put("run", o.integer("run", 1));
        result.put("startup_ms", startup);
        Object full = sync(pr, "full");
        long fullProducts = Json.longAt(full, "progress.products");
        result.put("n", fullProducts);
        result.put("full_sync_ms", Json.longAt(full, "progress.millis"));
        result.put("full_sync_wall_ms", Json.longAt(full, "wall_ms"));
        result.put("full_pages", Json.longAt(full, "progress.pages_done"));
        result.put("full_errors", Json.longAt(full, "progress.errors"));
        http.post(o.get("sim") + "/sandbox/4over/demo/catalog/change?count=" + CHANGED, "").expect(200);
        Object delta = sync(pr, "delta");
        long deltaProducts = Json.longAt(delta, "progress.products");
        result.put("delta_products", deltaProducts);
        result.put("delta_sync_ms", Json.longAt(delta, "progress.millis"));
        result.put("delta_sync_wall_ms", Json.longAt(delta, "wall_ms"));
        boolean complete = Boolean.TRUE.equals(Json.at(full, "progress.complete"))
                && Boolean.TRUE.equals(Json.at(delta, "progress.complete"))
                && fullProducts == o.integer("n", 2043) && deltaProducts == CHANGED;
        result.put("full_target_met", Json.longAt(full, "wall_ms") <= FULL_TARGET_MS);
        result.put("delta_target_met", Json.longAt(delta, "wall_ms") < DELTA_TARGET_MS);
        result.put("ok", complete);
        if (!complete) {
            result.put("failure", "a sync was incomplete or its counts are off: full " + Json.at(full, "progress")
                    + ", delta " + Json.at(delta, "progress"));
        }
        return result;
    }

    /** Starts a sync and waits for its end: {@code {progress: …, wall_ms: …}}. */
    private Object sync(String pr, String mode) throws InterruptedException {
        String progressUrl = pr + "/api/v2/fourover/catalog/sync";
        Object before = Json.at(http.get(progressUrl, Http.api()).expect(200).json(), "progress.started_at");
        long start = System.nanoTime();
        http.post(progressUrl + "?mode=" + mode, "", Http.api()).expect(202);
        long deadline = System.currentTimeMillis() + o.integer("timeout-seconds", 300) * 1000L;
        while (true) {
            Object answer = http.get(progressUrl, Http.api()).expect(200).json();
            if (!Objects.equals(Json.at(answer, "progress.started_at"), before)
                    && Boolean.FALSE.equals(Json.at(answer, "progress.running"))) {
                long wall = (System.nanoTime() - start) / 1_000_000;
                Bench.log("catalog %s sync: %d ms (PrintRelay: %s ms), %s products", mode, wall,
                        Json.at(answer, "progress.millis"), Json.at(answer, "progress.products"));
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("progress", Json.at(answer, "progress"));
                result.put("wall_ms", wall);
                return result;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("the " + mode + " sync did not end in time: " + answer);
            }
            Thread.sleep(20);
        }
    }
}
