package org.clinic.handouts.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Our figures next to Pandoc (EPUB) and WeasyPrint (PDF) on the same articles in the same run, so the machine's
 * state is the same for both sides: the sample article cold, and the whole library. "Pandoc + WeasyPrint" is the
 * two run one after the other, summed run by run. Skipped, with a note saying so, for a tool not installed.
 */
final class PandocComparison {
    private final OtherTools tools;
    private final Path fontsDir;
    private final Path scratch;
    private final int runs;
    private final int libraryRuns;
    private final int parallelism;

    PandocComparison(OtherTools tools, Path fontsDir, Path scratch, int runs, int libraryRuns, int parallelism) {
        this.tools = tools;
        this.fontsDir = fontsDir;
        this.scratch = scratch;
        this.runs = runs;
        this.libraryRuns = libraryRuns;
        this.parallelism = parallelism;
    }

    void measure(ResultTable table, Path sample, List<Path> library) throws IOException {
        ComparisonInputs inputs = new ComparisonInputs(fontsDir);
        ComparisonInputs.Inputs one = inputs.write(List.of(sample), scratch.resolve("inputs-sample"));
        ComparisonInputs.Inputs all = inputs.write(library, scratch.resolve("inputs-library"));
        table.section("Pandoc and WeasyPrint on the same articles, same run (their input prepared untimed)");
        table.text("Pandoc", tools.hasPandoc() ? tools.version("pandoc") : "absent",
                tools.hasPandoc() ? "Markdown → EPUB 2" : "not on the PATH: apt-get install pandoc");
        table.text("WeasyPrint", tools.hasWeasyPrint() ? tools.version("weasyprint") : "absent", tools.hasWeasyPrint()
                ? "our XHTML + leaflet.css + same fonts → PDF" : "not on the PATH: apt-get install weasyprint");
        ProcessRuns pandocOne = null;
        ProcessRuns weasyOne = null;
        if (tools.hasPandoc()) {
            pandocOne = ProcessRuns.repeat(runs, i -> tools.pandocOne(one.markdown().getFirst(),
                    fresh("pandoc-sample-" + i).resolve("sample.epub")));
            table.seconds("theirs.sample.epub", "one article cold: Pandoc → EPUB", pandocOne.seconds(),
                    pandocOne.cpuNote() + "; new process per run");
        }
        if (tools.hasWeasyPrint()) {
            weasyOne = ProcessRuns.repeat(runs, i -> tools.weasyprintOne(one.html().getFirst(),
                    fresh("weasyprint-sample-" + i).resolve("sample.pdf")));
            table.seconds("theirs.sample.pdf", "one article cold: WeasyPrint → PDF", weasyOne.seconds(),
                    weasyOne.cpuNote() + "; new process per run");
            table.memory("peak RSS of WeasyPrint on it", weasyOne.peakRssKb(), "");
        }
        if (pandocOne != null && weasyOne != null) {
            table.seconds("theirs.sample.both", "one article cold: Pandoc + WeasyPrint",
                    pandocOne.seconds().plus(weasyOne.seconds()), "one after the other: run-by-run sums");
        }

        ProcessRuns pandocAll = null;
        ProcessRuns weasyAll = null;
        if (tools.hasPandoc()) {
            pandocAll = ProcessRuns.repeat(libraryRuns, i -> tools.pandocLibrary(all.markdown(),
                    fresh("pandoc-library-" + i), parallelism));
            table.seconds("theirs.library.epub", "library: Pandoc → EPUB", pandocAll.seconds(),
                    pandocAll.cpuNote() + "; a process per article, " + parallelism + " at a time");
        }
        if (tools.hasWeasyPrint()) {
            weasyAll = ProcessRuns.repeat(libraryRuns, i -> weasyprintLibrary(all.html(), i));
            table.seconds("theirs.library.pdf", "library: WeasyPrint → PDF", weasyAll.seconds(),
                    weasyAll.cpuNote() + "; " + parallelism + " Python process(es), its API");
            table.memory("peak RSS of WeasyPrint on the library", weasyAll.peakRssKb(), "");
        }
        if (pandocAll != null && weasyAll != null) {
            table.seconds("theirs.library.both", "library: Pandoc + WeasyPrint",
                    pandocAll.seconds().plus(weasyAll.seconds()), "one after the other: run-by-run sums");
        }

        if (tools.hasWeasyPrint()) {
            table.size("theirs.size.sample.pdf", "WeasyPrint's PDF of the sample", OutputSizes.of(scratch.resolve(
                    "weasyprint-sample-0"), ".pdf"), "");
            table.size("theirs.size.library.pdf", "WeasyPrint's PDFs of the library (median)",
                    OutputSizes.of(scratch.resolve("weasyprint-library-0"), ".pdf"), "");
        }
        if (tools.hasPandoc()) {
            table.size("theirs.size.sample.epub", "Pandoc's EPUB of the sample",
                    OutputSizes.of(scratch.resolve("pandoc-sample-0"), ".epub"), "");
            table.size("theirs.size.library.epub", "Pandoc's EPUBs of the library (median)",
                    OutputSizes.of(scratch.resolve("pandoc-library-0"), ".epub"), "");
        }
    }

    private TimedProcess.Result weasyprintLibrary(List<Path> html, int run) {
        try {
            return tools.weasyprintLibrary(html, fresh("weasyprint-library-" + run), parallelism);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path fresh(String name) {
        try {
            return Files.createDirectories(scratch.resolve(name));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
