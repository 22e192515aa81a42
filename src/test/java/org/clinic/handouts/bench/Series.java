package org.clinic.handouts.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The values of one measure over several runs. Reports the median, not the mean: one run disturbed by the page
 * cache, a GC or another process on a 2-core machine should not move the figure.
 */
final class Series {
    private final List<Double> values = new ArrayList<>();

    static Series of(double... values) {
        Series s = new Series();
        for (double v : values) {
            s.add(v);
        }
        return s;
    }

    void add(double value) {
        values.add(value);
    }

    int count() {
        return values.size();
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    double median() {
        if (values.isEmpty()) {
            throw new IllegalStateException("no values measured");
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
    }

    double max() {
        return values.stream().mapToDouble(Double::doubleValue).max()
                .orElseThrow(() -> new IllegalStateException("no values measured"));
    }

    /** Run-by-run sums with another series measured in the same runs (e.g. Pandoc then WeasyPrint). */
    Series plus(Series other) {
        if (other.count() != count()) {
            throw new IllegalArgumentException("series of different lengths");
        }
        Series sum = new Series();
        for (int i = 0; i < count(); i++) {
            sum.add(values.get(i) + other.values.get(i));
        }
        return sum;
    }
}
