package org.clinic.handouts.bench;

import java.nio.file.Path;

/**
 * The whole generated library in one new JVM per run, as a clinic would rebuild all its leaflets: JVM start is
 * paid once, so this sits between the cold single article and the warm in-process rate. Peak RSS is measured on
 * the same runs.
 */
final class LibraryBuild {
    private final HandoutsJar jar;
    private final TimedProcess processes;
    private final Path library;
    private final int articles;
    private final Path scratch;
    private final int runs;

    LibraryBuild(HandoutsJar jar, TimedProcess processes, Path library, int articles, Path scratch, int runs) {
        this.jar = jar;
        this.processes = processes;
        this.library = library;
        this.articles = articles;
        this.scratch = scratch;
        this.runs = runs;
    }

    /**
     * Adds the whole-library rows; PDF alone and EPUB alone only when asked (they exist for the ratios against
     * WeasyPrint and Pandoc, and each costs minutes). Returns a folder holding the library's PDFs and EPUBs.
     */
    Path measure(ResultTable table, boolean pdfAlone, boolean epubAlone) {
        table.section("Whole library, one new JVM per run (build FOLDER; " + jar.libraryOptionsNote() + ")");
        ProcessRuns both = build("both");
        table.seconds("ours.library.both", "PDF + EPUB", both.seconds(), perArticle(both));
        table.memory("peak RSS of that build", both.peakRssKb(), TimedProcess.memorySource());
        if (pdfAlone) {
            ProcessRuns pdf = build("pdf");
            table.seconds("ours.library.pdf", "PDF only", pdf.seconds(), perArticle(pdf));
        }
        if (epubAlone) {
            ProcessRuns epub = build("epub");
            table.seconds("ours.library.epub", "EPUB only", epub.seconds(), perArticle(epub));
        }
        return scratch.resolve("both-" + (runs - 1));
    }

    private ProcessRuns build(String format) {
        return ProcessRuns.repeat(runs, i -> processes.run("library-" + format,
                jar.buildLibrary(library, scratch.resolve(format + "-" + i), format)));
    }

    private String perArticle(ProcessRuns runs) {
        return ResultTable.seconds(runs.seconds().median() / articles) + " per article; " + runs.cpuNote();
    }
}
