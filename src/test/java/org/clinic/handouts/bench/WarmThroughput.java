package org.clinic.handouts.bench;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clinic.handouts.Format;
import org.clinic.handouts.Pipeline;
import org.clinic.handouts.write.OutputFolder;

/**
 * Articles per second in this JVM once it is warm: the cost of the work itself, without JVM start, class loading
 * or JIT compilation, i.e. what a long-running service or a large batch approaches. One pipeline for every pass, as
 * the command line has (fonts are parsed once per pipeline). Files are written, as a user's build writes them.
 */
final class WarmThroughput {
    private static final int WARM_UP_PASSES = 2;
    private static final Set<Format> BOTH = EnumSet.of(Format.PDF, Format.EPUB);

    private final List<Path> articles;
    private final OutputFolder out;
    private Pipeline pipeline;

    WarmThroughput(List<Path> articles, Path outDir) {
        this.articles = articles;
        this.out = new OutputFolder(outDir);
    }

    /** Must run before anything else renders in this JVM: its first rows only mean something once. */
    void measure(ResultTable table, Path sample, int runs) {
        table.section("In this JVM (Pipeline API, no JVM start)");
        // A JVM is cold only once, so these two are single runs: how much of a cold start is setting up, how much
        // is the first article's class loading and interpreted code.
        double construct = Stopwatch.time(() -> pipeline = new Pipeline(Optional.empty()));
        table.seconds(null, "new Pipeline(): layouts and fonts", Series.of(construct), "first in this JVM");
        double first = Stopwatch.time(() -> buildOne(sample, BOTH));
        table.seconds(null, "first article, PDF + EPUB (cold classes, no JIT)", Series.of(first), "the sample");
        // Untimed passes in both formats, so the JIT has compiled the hot paths of both writers.
        for (int i = 0; i < WARM_UP_PASSES; i++) {
            pass(BOTH);
        }
        // Interleaved, so what still drifts (late JIT, heap growth, a neighbour's load) affects the three alike.
        Series pdf = new Series();
        Series epub = new Series();
        Series both = new Series();
        for (int i = 0; i < runs; i++) {
            pdf.add(articlesPerSecond(EnumSet.of(Format.PDF)));
            epub.add(articlesPerSecond(EnumSet.of(Format.EPUB)));
            both.add(articlesPerSecond(BOTH));
        }
        table.rate("warm: PDF only", pdf, "one thread, library, after " + WARM_UP_PASSES + " warm-up passes");
        table.rate("warm: EPUB only", epub, "");
        table.rate("warm: PDF + EPUB", both, "");
    }

    private double articlesPerSecond(Set<Format> formats) {
        return articles.size() / Stopwatch.time(() -> pass(formats));
    }

    private Void pass(Set<Format> formats) {
        for (Path article : articles) {
            buildOne(article, formats);
        }
        return null;
    }

    private Void buildOne(Path article, Set<Format> formats) {
        Pipeline.Outcome outcome = pipeline.build(article, formats, out);
        if (outcome.failed() || outcome.written().size() != formats.size()) {
            throw new IllegalStateException("did not render " + article + ": " + outcome.problems());
        }
        return null;
    }
}
