import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The invocation's picture (Java2D, headless): on the left the throughput of PrintRelay and of the floor per
 * scenario, with the ratio; on the right the latency from import to vendor submission (p50, p99) and the tracking
 * return (p50) per scenario, on a log scale; below, the other figures of each scenario in words.
 */
final class Chart {

    private static final int WIDTH = 1500;
    private static final int HEIGHT = 860;
    private static final Color PRINTRELAY = new Color(0x1f77b4);
    private static final Color FLOOR = new Color(0x9a9a9a);
    private static final Color P50 = new Color(0xff9f40);
    private static final Color P99 = new Color(0xc0392b);
    private static final Color WARM_P99 = new Color(0x8e44ad);
    private static final Color TRACKING = new Color(0x2ca02c);
    private static final Color TEXT = new Color(0x222222);
    private static final Color GRID = new Color(0xdddddd);

    private Chart() {
    }

    static void write(List<Map<String, Object>> lines, Path file) throws IOException {
        System.setProperty("java.awt.headless", "true");
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(TEXT);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 24));
        int runs = lines.stream().mapToInt(l -> ((Number) l.getOrDefault("runs", 0)).intValue()).max().orElse(0);
        g.drawString("PrintRelay benchmark: " + file.getParent().getFileName() + "   (medians of " + runs
                + (runs == 1 ? " run" : " runs") + ")", 30, 40);

        List<Map<String, Object>> flows = lines.stream().filter(l -> number(l, "orders_per_second") != null).toList();
        throughput(g, flows, 30, 80, 700, 470);
        latency(g, flows, 770, 80, 700, 470);
        footer(g, lines, 30, 600);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    private static void throughput(Graphics2D g, List<Map<String, Object>> flows, int x, int y, int w, int h) {
        title(g, "Throughput, orders/s (import \u2192 submitted to the vendor)", x, y);
        int top = y + 60;
        int bottom = y + h - 50;
        int left = x + 60;
        double max = 1;
        for (Map<String, Object> line : flows) {
            max = Math.max(max, value(line, "orders_per_second"));
            max = Math.max(max, value(line, "floor_orders_per_second"));
        }
        max = niceCeiling(max);
        axisLinear(g, left, top, x + w, bottom, max);
        legend(g, left, y + 14, new String[]{"PrintRelay", "floor (plain Java, same work)"},
                new Color[]{PRINTRELAY, FLOOR});
        int groups = Math.max(1, flows.size());
        double groupWidth = (double) (x + w - left) / groups;
        for (int i = 0; i < flows.size(); i++) {
            Map<String, Object> line = flows.get(i);
            int gx = (int) (left + i * groupWidth);
            int bar = (int) Math.min(90, groupWidth / 3);
            int first = gx + (int) (groupWidth / 2) - bar - 4;
            bar(g, first, bottom, bar, value(line, "orders_per_second") / max * (bottom - top), PRINTRELAY,
                    format(number(line, "orders_per_second")));
            Double floor = number(line, "floor_orders_per_second");
            if (floor != null) {
                bar(g, first + bar + 8, bottom, bar, floor / max * (bottom - top), FLOOR, format(floor));
            } else {
                small(g, "no floor", first + bar + 8, bottom - 6);
            }
            label(g, line.get("scenario") + (Boolean.TRUE.equals(line.get("ok")) ? "" : " (FAILED)"),
                    gx + (int) (groupWidth / 2), bottom + 22, true);
            Double ratio = number(line, "ratio");
            if (ratio != null) {
                label(g, "\u00d7" + String.format(Locale.ROOT, "%.2f", ratio) + " of the floor",
                        gx + (int) (groupWidth / 2), bottom + 42, false);
            }
        }
    }

    private static void latency(Graphics2D g, List<Map<String, Object>> flows, int x, int y, int w, int h) {
        title(g, "Latency, ms (log scale)", x, y);
        int top = y + 60;
        int bottom = y + h - 50;
        int left = x + 70;
        double max = 10;
        for (Map<String, Object> line : flows) {
            for (String key : new String[]{"p99_ms", "p50_ms", "tracking_p50_ms"}) {
                max = Math.max(max, value(line, key));
            }
        }
        double logMax = Math.ceil(Math.log10(max));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        for (int e = 0; e <= logMax; e++) {
            int gy = bottom - (int) (e / logMax * (bottom - top));
            g.setColor(GRID);
            g.drawLine(left, gy, x + w, gy);
            g.setColor(TEXT);
            String tick = e < 3 ? String.valueOf((long) Math.pow(10, e)) : (long) Math.pow(10, e - 3) + " s";
            g.drawString(tick, left - 8 - g.getFontMetrics().stringWidth(tick), gy + 5);
        }
        g.setColor(TEXT);
        g.drawLine(left, bottom, x + w, bottom);
        g.drawLine(left, top, left, bottom);
        legend(g, left, y + 14, new String[]{"p50 import \u2192 vendor", "p99", "p99 after 20 s",
                "p50 shipped \u2192 tracking back"},
                new Color[]{P50, P99, WARM_P99, TRACKING});
        int groups = Math.max(1, flows.size());
        double groupWidth = (double) (x + w - left) / groups;
        for (int i = 0; i < flows.size(); i++) {
            Map<String, Object> line = flows.get(i);
            int gx = (int) (left + i * groupWidth);
            String[] keys = {"p50_ms", "p99_ms", "warm_p99_ms", "tracking_p50_ms"};
            Color[] colors = {P50, P99, WARM_P99, TRACKING};
            int bar = (int) Math.min(60, groupWidth / (keys.length + 1));
            int first = gx + (int) (groupWidth / 2) - (keys.length * bar + 4 * (keys.length - 1)) / 2;
            for (int k = 0; k < keys.length; k++) {
                Double v = number(line, keys[k]);
                int bx = first + k * (bar + 4);
                if (v == null) {
                    continue;
                }
                double height = Math.log10(Math.max(1, v)) / logMax * (bottom - top);
                bar(g, bx, bottom, bar, Math.max(2, height), colors[k], millis(v));
            }
            label(g, String.valueOf(line.get("scenario")), gx + (int) (groupWidth / 2), bottom + 22, true);
        }
    }

    private static void footer(Graphics2D g, List<Map<String, Object>> lines, int x, int y) {
        title(g, "Resources and the rest (medians)", x, y);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
        int row = y + 30;
        for (Map<String, Object> line : lines) {
            List<String> parts = new ArrayList<>();
            add(parts, line, "peak_rss_mb", "peak RSS %s MB");
            add(parts, line, "startup_ms", "startup %s ms");
            add(parts, line, "cpu_seconds_per_1000", "CPU %s s per 1,000 orders");
            add(parts, line, "idle_cpu_percent", "idle CPU %s%% of a core");
            add(parts, line, "error_lines", "%s ERROR lines");
            // the catalog scenario has no orders to chart: its figures are the two syncs' times
            add(parts, line, "full_sync_ms", "full catalog sync %s ms");
            add(parts, line, "full_pages", "%s feed pages");
            add(parts, line, "delta_sync_ms", "delta sync %s ms");
            add(parts, line, "delta_products", "%s products changed");
            for (String kind : new String[]{"list", "folder", "source_id", "email", "deep_offset"}) {
                Double p50 = number(line, kind + "_p50_ms");
                Double p99 = number(line, kind + "_p99_ms");
                if (p50 != null && p99 != null) {
                    parts.add(kind.replace('_', ' ') + " " + format(p50) + "/" + format(p99) + " ms");
                }
            }
            g.setColor(Boolean.TRUE.equals(line.get("ok")) ? TEXT : P99);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
            String name = line.get("scenario") + (Boolean.TRUE.equals(line.get("ok")) ? "" : " (FAILED)")
                    + (line.get("n") != null ? ", N=" + format(number(line, "n")) : "") + ":";
            g.drawString(name, x, row);
            int indent = x + g.getFontMetrics().stringWidth(name) + 10;
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
            g.setColor(TEXT);
            row = wrap(g, String.join(" \u00b7 ", parts), indent, row, WIDTH - 30 - indent);
            row += 30;
            if (row > HEIGHT - 10) {
                break;
            }
        }
        if (lines.stream().anyMatch(l -> l.get("list_p50_ms") != null)) {
            small(g, "API times (store scenario): p50/p99 ms of GET /api/v2/orders listed, by folder, by source_id, "
                    + "by email, and a deep offset page", x, Math.min(row, HEIGHT - 8));
        }
    }

    private static int wrap(Graphics2D g, String text, int x, int y, int width) {
        FontMetrics metrics = g.getFontMetrics();
        StringBuilder row = new StringBuilder();
        for (String word : text.split(" ")) {
            if (metrics.stringWidth(row + " " + word) > width && row.length() > 0) {
                g.drawString(row.toString(), x, y);
                y += 22;
                row.setLength(0);
            }
            row.append(row.length() == 0 ? "" : " ").append(word);
        }
        g.drawString(row.toString(), x, y);
        return y;
    }

    private static void add(List<String> parts, Map<String, Object> line, String key, String pattern) {
        Double v = number(line, key);
        if (v != null) {
            parts.add(String.format(Locale.ROOT, pattern, format(v)));
        }
    }

    private static void axisLinear(Graphics2D g, int left, int top, int right, int bottom, double max) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        for (int i = 0; i <= 5; i++) {
            int gy = bottom - (int) (i / 5.0 * (bottom - top));
            g.setColor(GRID);
            g.drawLine(left, gy, right, gy);
            g.setColor(TEXT);
            String tick = format(max * i / 5);
            g.drawString(tick, left - 8 - g.getFontMetrics().stringWidth(tick), gy + 5);
        }
        g.setColor(TEXT);
        g.setStroke(new BasicStroke(1.5f));
        g.drawLine(left, bottom, right, bottom);
        g.drawLine(left, top, left, bottom);
        g.setStroke(new BasicStroke(1f));
    }

    private static void bar(Graphics2D g, int x, int bottom, int width, double height, Color color, String value) {
        int h = (int) Math.round(height);
        g.setColor(color);
        g.fillRect(x, bottom - h, width, h);
        g.setColor(TEXT);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        FontMetrics metrics = g.getFontMetrics();
        g.drawString(value, x + (width - metrics.stringWidth(value)) / 2, bottom - h - 5);
    }

    /** In one row, left to right. */
    private static void legend(Graphics2D g, int x, int y, String[] names, Color[] colors) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        for (int i = 0; i < names.length; i++) {
            g.setColor(colors[i]);
            g.fillRect(x, y, 16, 16);
            g.setColor(TEXT);
            g.drawString(names[i], x + 22, y + 13);
            x += 22 + g.getFontMetrics().stringWidth(names[i]) + 22;
        }
    }

    private static void title(Graphics2D g, String text, int x, int y) {
        g.setColor(TEXT);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 17));
        g.drawString(text, x, y);
    }

    private static void label(Graphics2D g, String text, int centre, int y, boolean bold) {
        g.setColor(TEXT);
        g.setFont(new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 14));
        g.drawString(text, centre - g.getFontMetrics().stringWidth(text) / 2, y);
    }

    private static void small(Graphics2D g, String text, int x, int y) {
        g.setColor(TEXT);
        g.setFont(new Font(Font.SANS_SERIF, Font.ITALIC, 13));
        g.drawString(text, x, y);
    }

    private static Double number(Map<String, Object> line, String key) {
        Object v = line.get(key);
        return v instanceof Number n && !Double.isNaN(n.doubleValue()) ? n.doubleValue() : null;
    }

    private static double value(Map<String, Object> line, String key) {
        Double v = number(line, key);
        return v == null ? 0 : v;
    }

    private static double niceCeiling(double max) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[]{1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= max) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String format(Double v) {
        if (v == null) {
            return "-";
        }
        if (Math.abs(v) >= 100 || v == Math.rint(v)) {
            return String.format(Locale.ROOT, "%,d", Math.round(v));
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 10 ? "%.1f" : "%.2f", v);
    }

    private static String format(double v) {
        return format(Double.valueOf(v));
    }

    private static String millis(double v) {
        return v >= 10_000 ? String.format(Locale.ROOT, "%.0f s", v / 1000)
                : v >= 1000 ? String.format(Locale.ROOT, "%.1f s", v / 1000) : format(v);
    }
}
