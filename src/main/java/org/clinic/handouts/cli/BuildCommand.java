package org.clinic.handouts.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.clinic.handouts.Batch;
import org.clinic.handouts.ExitCode;
import org.clinic.handouts.Format;
import org.clinic.handouts.HandoutsException;
import org.clinic.handouts.Pipeline;
import org.clinic.handouts.load.ArticleFinder;
import org.clinic.handouts.model.Clinic;
import org.clinic.handouts.write.PrintOptions;
import org.clinic.handouts.write.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "build", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Renders each article to OUT/<name>.pdf and OUT/<name>.epub.",
                "An article with errors is reported and skipped; the others are still written,",
                "and an existing output is only replaced by a complete new one."})
final class BuildCommand implements Callable<Integer> {

    @Mixin
    ArticleOptions articles;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Output folder. Default: ${DEFAULT-VALUE}")
    Path out = Path.of("out");

    @Option(names = "--format", paramLabel = "FORMAT", description = "pdf, epub or both. Default: ${DEFAULT-VALUE}")
    String format = "both";

    @Option(names = "--variant", paramLabel = "VARIANT", split = ",",
            description = "Leaflet variants to print, comma-separated or repeated: standard (<name>.pdf), "
                    + "large-print (<name>-large-print.pdf: 16 pt and up), booklet (<name>-booklet.pdf: A5 pages "
                    + "two-up on landscape sheets, in saddle-stitch order). Default: standard")
    List<String> variants = List.of("standard");

    @Option(names = "--paper", paramLabel = "PAPER",
            description = "a4 or letter. Default: the clinic profile's paper, else a4")
    String paper;

    @Option(names = "--pdfa", description = "Write archival PDF/A-2b (sRGB output intent, XMP metadata).")
    boolean pdfa;

    @Option(names = "--duplex", description = "Pad the leaflet to an even number of pages for double-sided printing.")
    boolean duplex;

    @Option(names = "--threads", paramLabel = "N",
            description = "Articles rendered at once, 1 to " + Batch.MAX_THREADS + ". Default: the number of cores")
    int threads = Math.min(Runtime.getRuntime().availableProcessors(), Batch.MAX_THREADS);

    @Option(names = "--force", description = "Render every article, even those unchanged since the last run.")
    boolean force;

    @Option(names = "--no-progress", negatable = false,
            description = "Never draw the progress bar (it is drawn only on a terminal anyway).")
    boolean noProgress;

    @Mixin
    Verbosity verbosity;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Format chosen = parseFormat(format);
        Set<PrintOptions.Variant> chosenVariants = EnumSet.noneOf(PrintOptions.Variant.class);
        variants.forEach(v -> chosenVariants.add(parse(PrintOptions.Variant.class, v, "--variant",
                "standard, large-print or booklet")));
        if (chosenVariants.isEmpty()) {
            throw new HandoutsException(ExitCode.USAGE, "--variant needs at least one of standard, large-print or booklet");
        }
        if (pdfa && chosenVariants.contains(PrintOptions.Variant.BOOKLET)) {
            // The imposed sheets are a new PDF without PDF/A's output intent and XMP: not archival.
            throw new HandoutsException(ExitCode.USAGE, "--pdfa applies to the standard and large-print leaflets,"
                    + " not to --variant booklet (imposed sheets are for printing, not filing)");
        }
        var print = new Pipeline.PrintSettings(Optional.ofNullable(paper)
                .map(p -> parse(Clinic.Paper.class, p, "--paper", "a4 or letter")), pdfa, duplex);
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new HandoutsException(ExitCode.USAGE, "--out " + out + " is a file, not a folder");
        }
        if (threads < 1 || threads > Batch.MAX_THREADS) {
            throw new HandoutsException(ExitCode.USAGE, "--threads must be 1 to " + Batch.MAX_THREADS + ", not " + threads);
        }
        var files = ArticleFinder.find(articles.pathsOrDefault());
        Pipeline pipeline = new Pipeline(articles.styles());
        Report report = new Report(spec.commandLine().getOut(), spec.commandLine().getErr(), verbosity.verbose);
        ProgressBar progress = new ProgressBar(spec.commandLine().getErr(), !noProgress && ProgressBar.onTerminal());
        var settings = new Batch.Settings(new Batch.Output(chosen.outputs(), chosenVariants, print), threads, force);
        int[] reported = {0};
        try {
            new Batch(pipeline, settings).run(files, new OutputFolder(out), new Batch.Listener() {
                @Override
                public void completed(int done, int total, Path file) {
                    progress.update(done, total, file);
                }

                @Override
                public void result(Batch.Result result) {
                    progress.clear();
                    reported[0]++;
                    switch (result.status()) {
                        case UNCHANGED -> report.skipped(result.file());
                        case NOT_WRITTEN -> report.notWritten(1);
                        case RENDERED, FAILED -> {
                            result.outcome().ifPresent(report::built);
                            result.failure().ifPresent(e -> report.crashed(result.file(), e));
                        }
                    }
                    progress.redraw();
                }
            });
        } catch (HandoutsException e) {
            // The folder was busy or could not be written: said once, not once per article.
            progress.clear();
            report.notWritten(files.size() - reported[0]);
            report.stopped(e);
        }
        progress.clear();
        return report.finish("rendered", false);
    }

    private static Format parseFormat(String value) {
        return parse(Format.class, value, "--format", "pdf, epub or both");
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String option, String allowed) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new HandoutsException(ExitCode.USAGE, option + " must be " + allowed + ", not `" + value + "`");
        }
    }
}
