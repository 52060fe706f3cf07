import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The invocation's figures: for each scenario (in the order of DIR/scenarios.txt) the medians over its runs of
 * PrintRelay's and the floor's figures, the ratio PrintRelay/floor, and every run's own values; one JSON line a
 * scenario on stdout, the same lines in DIR/results.jsonl, the chart in DIR/chart.png.
 */
final class Report {

    private Report() {
    }

    /** @return whether every scenario completed */
    static boolean print(Path out) throws IOException {
        List<String> scenarios = Files.readAllLines(out.resolve("scenarios.txt")).stream()
                .map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
        List<Map<String, Object>> lines = new ArrayList<>();
        for (String scenario : scenarios) {
            lines.add(summary(scenario, runs(out.resolve("runs").resolve(scenario), "printrelay-"),
                    runs(out.resolve("runs").resolve(scenario), "floor-")));
        }
        StringBuilder jsonl = new StringBuilder();
        for (Map<String, Object> line : lines) {
            String text = Json.write(line);
            System.out.println(text);
            jsonl.append(text).append('\n');
        }
        Files.writeString(out.resolve("results.jsonl"), jsonl, StandardCharsets.UTF_8);
        Chart.write(lines, out.resolve("chart.png"));
        Bench.log("chart: %s", out.resolve("chart.png"));
        return lines.stream().allMatch(line -> Boolean.TRUE.equals(line.get("ok")));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> runs(Path dir, String prefix) throws IOException {
        List<Map<String, Object>> runs = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return runs;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(prefix)
                    && f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                String text = Files.readString(file).trim();
                if (!text.isEmpty()) {
                    runs.add((Map<String, Object>) Json.parse(text));
                }
            }
        }
        return runs;
    }

    private static Map<String, Object> summary(String scenario, List<Map<String, Object>> runs,
                                               List<Map<String, Object>> floor) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("scenario", scenario);
        line.put("runs", runs.size());
        boolean ok = !runs.isEmpty() && runs.stream().allMatch(r -> Boolean.TRUE.equals(r.get("ok")));
        line.put("ok", ok);
        List<String> failures = new ArrayList<>();
        runs.stream().filter(r -> r.get("failure") != null).forEach(r -> failures.add(
                "run " + ((Number) r.get("run")).intValue() + ": " + r.get("failure")));
        if (!failures.isEmpty()) {
            line.put("failures", failures);
        }
        if (!runs.isEmpty() && runs.get(0).get("n") != null) {
            line.put("n", runs.get(0).get("n"));
        }
        for (String key : numericKeys(runs)) {
            line.put(key, median(runs, key));
        }
        List<Map<String, Object>> floorRuns = floor.stream().filter(f -> f.get("orders_per_second") != null).toList();
        if (!floorRuns.isEmpty()) {
            line.put("floor_orders_per_second", median(floorRuns, "orders_per_second"));
            line.put("floor_p50_ms", median(floorRuns, "p50_ms"));
            line.put("floor_p99_ms", median(floorRuns, "p99_ms"));
            Object ours = line.get("orders_per_second");
            Object theirs = line.get("floor_orders_per_second");
            if (ours instanceof Number a && theirs instanceof Number b && b.doubleValue() > 0) {
                line.put("ratio", Figures.round(a.doubleValue() / b.doubleValue(), 3));
            }
        } else if (!floor.isEmpty() && floor.get(0).get("skipped") != null) {
            line.put("floor", "skipped: " + floor.get(0).get("skipped"));
        }
        line.put("per_run", runs);
        if (!floor.isEmpty()) {
            line.put("floor_per_run", floor);
        }
        return line;
    }

    private static Set<String> numericKeys(List<Map<String, Object>> runs) {
        Set<String> keys = new LinkedHashSet<>();
        for (Map<String, Object> run : runs) {
            run.forEach((key, value) -> {
                if (value instanceof Number && !key.equals("run") && !key.equals("n")) {
                    keys.add(key);
                }
            });
        }
        return keys;
    }

    private static Double median(List<Map<String, Object>> runs, String key) {
        List<Object> values = new ArrayList<>();
        for (Map<String, Object> run : runs) {
            values.add(run.get(key));
        }
        Double median = Figures.median(values);
        return median == null ? null : Figures.round(median, 3);
    }
}
