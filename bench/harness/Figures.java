import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Percentiles and medians, nearest-rank. */
final class Figures {

    private Figures() {
    }

    /** The p-th percentile (0..100) by nearest rank; NaN for none. */
    static double percentile(List<? extends Number> values, double p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>();
        for (Number n : values) {
            sorted.add(n.doubleValue());
        }
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    /** The median of the numbers among {@code values}, skipping nulls and NaN; null for none. */
    static Double median(List<Object> values) {
        List<Double> numbers = new ArrayList<>();
        for (Object v : values) {
            if (v instanceof Number n && !Double.isNaN(n.doubleValue())) {
                numbers.add(n.doubleValue());
            }
        }
        if (numbers.isEmpty()) {
            return null;
        }
        Collections.sort(numbers);
        int size = numbers.size();
        return size % 2 == 1 ? numbers.get(size / 2) : (numbers.get(size / 2 - 1) + numbers.get(size / 2)) / 2;
    }

    static double round(double value, int places) {
        double scale = Math.pow(10, places);
        return Math.round(value * scale) / scale;
    }
}
