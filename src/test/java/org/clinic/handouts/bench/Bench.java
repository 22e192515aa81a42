package org.clinic.handouts.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The benchmark harness: generates a library of articles, measures cold, warm and whole-library speed, memory and
 * output sizes, compares with Pandoc and WeasyPrint when installed, and prints one table of medians. A main, not
 * a test: timings depend on the machine, so they are reported for people to read and never asserted.
 *
 * <p>Run from the project folder: {@code mvn -q test-compile exec:java@bench -Dexec.args="--articles 200"}.
 */
public final class Bench {
    private static final int WATCH_SAVES = 20;

    private Bench() {}

    public static void main(String[] args) throws Exception {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.println(BenchOptions.USAGE);
            return;
        }
        try {
            run(BenchOptions.parse(List.of(args)));
        } catch (BenchSetupException e) {
            System.err.println("bench: " + e.getMessage());
            System.exit(2);
        }
    }

    private static void run(BenchOptions options) throws Exception {
        Environment environment = new Environment();
        Path root = projectRoot();
        Path sample = root.resolve("content/car-nk-cells.yaml");
        Path tmp = Files.createTempDirectory("handouts-bench-");
        TimedProcess processes = new TimedProcess(root, tmp.resolve("logs"));
        try {
            HandoutsJar jar = HandoutsJar.locate(root, processes, tmp.resolve("jar"));
            ResultTable table = new ResultTable();

            progress("generating %d articles into %s", options.articles(), tmp.resolve("library"));
            Path libraryDir = tmp.resolve("library");
            List<Path> library = new ArticleGenerator(options.seed()).writeLibrary(libraryDir, options.articles(),
                    root.resolve("content"));
            processes.run("check-library", jar.check(libraryDir));
            table.section("Generated library");
            table.text("articles", Integer.toString(library.size()), "1 paragraph to " + ArticleGenerator.MAX_SECTIONS
                    + " sections; check --fail-on-warnings passed");

            progress("one article, cold (%d runs of each)", options.runs());
            Path sampleOut = new ColdStart(jar, processes, sample, tmp.resolve("cold"), options.runs())
                    .measure(table);

            progress("in-process: first article, warm-up, then %d passes per format", options.libraryRuns());
            new WarmThroughput(library, tmp.resolve("warm")).measure(table, sample, options.libraryRuns());

            progress("handouts watch: %d saves of the sample, warm", WATCH_SAVES);
            new WarmRerender(root.resolve("content"), tmp.resolve("watch")).measure(table, WATCH_SAVES);

            OtherTools tools = new OtherTools(processes);
            boolean compare = options.compare() && (tools.hasPandoc() || tools.hasWeasyPrint());
            progress("whole library, new JVM (%d runs of each)", options.libraryRuns());
            Path libraryOut = new LibraryBuild(jar, processes, libraryDir, library.size(),
                    tmp.resolve("library-out"), options.libraryRuns())
                    .measure(table, compare && tools.hasWeasyPrint(), compare && tools.hasPandoc());

            table.section("Output sizes (ours)");
            table.size("ours.size.sample.pdf", "sample PDF", OutputSizes.of(sampleOut, ".pdf"), "car-nk-cells.pdf");
            table.size("ours.size.sample.epub", "sample EPUB", OutputSizes.of(sampleOut, ".epub"), "car-nk-cells.epub");
            table.size("ours.size.library.pdf", "library PDFs (median)", OutputSizes.of(libraryOut, ".pdf"), "");
            table.size("ours.size.library.epub", "library EPUBs (median)", OutputSizes.of(libraryOut, ".epub"), "");

            if (compare) {
                progress("Pandoc and WeasyPrint on the same articles");
                new PandocComparison(tools, root.resolve("fonts"), tmp.resolve("others"), options.runs(),
                        options.libraryRuns(), jar.libraryParallelism()).measure(table, sample, library);
                Ratios.add(table);
            } else {
                table.section("Pandoc and WeasyPrint");
                table.text("comparison", "skipped", !options.compare() ? "--no-compare"
                        : "pandoc and weasyprint are absent; install them with: apt-get install pandoc weasyprint");
            }
            table.print(System.out, environment.describe(options, processes.childCpuSeconds()));
        } finally {
            if (options.keep()) {
                progress("kept %s (articles, outputs, logs)", tmp);
            } else {
                delete(tmp);
            }
        }
    }

    /** The folder with pom.xml and content/, found from where Maven was started. */
    private static Path projectRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml"))
                    && Files.isRegularFile(dir.resolve("content/car-nk-cells.yaml"))) {
                return dir;
            }
        }
        throw new BenchSetupException("run this from the handouts project folder (no pom.xml with content/ found)");
    }

    /** Progress on standard error, so standard output holds only the table. */
    static void progress(String format, Object... args) {
        System.err.println("bench: " + format.formatted(args));
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
