package org.clinic.handouts.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.clinic.handouts.Pipeline;
import org.clinic.handouts.load.LoadedArticle;
import org.clinic.handouts.readability.ArticleReading;
import org.clinic.handouts.readability.Located;
import org.clinic.handouts.readability.Part;
import org.clinic.handouts.readability.Readability;

/**
 * {@code check --report}: a compact table per article on standard output: grade, words, sentences and reading
 * minutes for the article and each part, then its three hardest sentences with file:line:column.
 */
final class ReadingTable {
    static final int HARDEST = 3;
    private static final int QUOTE = 60;
    private final PrintWriter out;

    ReadingTable(PrintWriter out) {
        this.out = out;
    }

    void print(Pipeline.Checked checked) {
        if (checked.article().isEmpty()) {
            return;  // its errors are listed; nothing to measure
        }
        LoadedArticle loaded = checked.article().get();
        Path file = checked.file();
        Optional<ArticleReading> measured = Readability.of(loaded);
        if (measured.isEmpty()) {
            out.println(file + ": no reading grade: no formula for language `" + loaded.article().language()
                    + "` (there are for en, es, fr and de)");
            out.flush();
            return;
        }
        ArticleReading r = measured.get();
        int target = checked.clinic().orElseThrow().readingGrade();
        out.println(file + ": " + r.formula().title() + " grade " + one(r.grade())
                + r.smog().map(s -> ", SMOG " + one(s)).orElse("") + " (target " + target + ")");
        out.printf(Locale.ROOT, "  %-14s %6s %6s %10s%n", "part", "grade", "words", "sentences");
        row("article", r.grade(), r.counts().words(), r.counts().sentences());
        for (Part p : r.parts()) {
            row(p.field(), p.grade(), p.counts().words(), p.counts().sentences());
        }
        out.println("  reading time: " + loaded.article().readingMinutes() + " min");
        List<Located> hardest = r.hardestSentences().stream().limit(HARDEST).toList();
        out.println("  hardest sentences:");
        for (Located s : hardest) {
            out.println("    " + file + ":" + s.at() + ": grade " + one(s.grade()) + ", " + s.sentence().words().size()
                    + " words: " + quote(s.sentence().text()));
        }
        out.flush();
    }

    private void row(String part, double grade, int words, int sentences) {
        out.printf(Locale.ROOT, "  %-14s %6.1f %6d %10d%n", part, grade, words, sentences);
    }

    private static String one(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String quote(String sentence) {
        String flat = sentence.replaceAll("\\s+", " ").strip();
        if (flat.length() <= QUOTE) {
            return "\"" + flat + "\"";
        }
        int cut = flat.lastIndexOf(' ', QUOTE);
        return "\"" + flat.substring(0, cut > 0 ? cut : QUOTE).strip() + "…\"";
    }
}
