package org.clinic.handouts.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures, collected while measuring and printed together at the end, so progress messages never interleave
 * with the results. Figures given a key are remembered for the ratio rows (ours ÷ theirs).
 */
final class ResultTable {
    private record Row(String label, String value, String runs, String note) {}

    private final List<Row> rows = new ArrayList<>();
    private final Map<String, Double> figures = new HashMap<>();

    void section(String title) {
        rows.add(new Row(title, null, "", ""));
    }

    void seconds(String key, String label, Series s, String note) {
        remember(key, s.median());
        rows.add(new Row(label, seconds(s.median()), runs(s), note));
    }

    void rate(String label, Series perSecond, String note) {
        rows.add(new Row(label, fmt("%.1f art/s", perSecond.median()), runs(perSecond), note));
    }

    void memory(String label, Series kilobytes, String note) {
        rows.add(new Row(label, fmt("%.0f MB", kilobytes.median() / 1024), runs(kilobytes), note));
    }

    void size(String key, String label, Series bytes, String note) {
        remember(key, bytes.median());
        String value = bytes.median() >= 1024 * 1024 ? fmt("%.2f MB", bytes.median() / (1024 * 1024))
                : fmt("%.1f KB", bytes.median() / 1024);
        rows.add(new Row(label, value, bytes.count() == 1 ? "" : bytes.count() + " files", note));
    }

    void text(String label, String value, String note) {
        rows.add(new Row(label, value, "", note));
    }

    /** Ours ÷ theirs, when both were measured; below 1 means ours takes less (time, bytes). */
    void ratio(String label, String ours, String theirs, String less, String more) {
        if (!figures.containsKey(ours) || !figures.containsKey(theirs)) {
            return;
        }
        double r = figures.get(ours) / figures.get(theirs);
        String note = Math.abs(r - 1) < 0.05 ? "about the same"
                : r < 1 ? fmt("ours %.1f× %s", 1 / r, less) : fmt("ours %.1f× %s", r, more);
        rows.add(new Row(label, fmt("%.2f", r), "", note));
    }

    void print(PrintStream out, List<String> header) {
        // Section titles sit on lines of their own, so only the rows decide the columns.
        int label = rows.stream().filter(r -> r.value() != null).mapToInt(r -> r.label().length() + 2).max().orElse(10);
        int value = rows.stream().filter(r -> r.value() != null).mapToInt(r -> r.value().length()).max().orElse(8);
        int runs = Math.max(4, rows.stream().mapToInt(r -> r.runs().length()).max().orElse(4));
        String format = "%-" + label + "s  %" + value + "s  %" + runs + "s  %s%n";
        String rule = "-".repeat(label + value + runs + 6 + 48);
        out.println();
        out.println(rule);
        header.forEach(out::println);
        out.println(rule);
        out.printf(Locale.ROOT, format, "Measure", "Median", "Runs", "Notes");
        for (Row r : rows) {
            if (r.value() == null) {
                out.println();
                out.println(r.label());
            } else {
                out.printf(Locale.ROOT, format, "  " + r.label(), r.value(), r.runs(), r.note()).flush();
            }
        }
        out.println(rule);
    }

    static String seconds(double s) {
        return s >= 100 ? fmt("%.0f s", s) : s >= 10 ? fmt("%.1f s", s) : fmt("%.2f s", s);
    }

    /** Figures always with a decimal point, whatever the machine's locale. */
    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private static String runs(Series s) {
        return Integer.toString(s.count());
    }

    private void remember(String key, double value) {
        if (key != null) {
            figures.put(key, value);
        }
    }
}
