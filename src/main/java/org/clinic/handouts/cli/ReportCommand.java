package org.clinic.handouts.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.clinic.handouts.ExitCode;
import org.clinic.handouts.HandoutsException;
import org.clinic.handouts.Pipeline;
import org.clinic.handouts.load.ArticleFinder;
import org.clinic.handouts.load.ClinicLoader;
import org.clinic.handouts.model.Clinic;
import org.clinic.handouts.model.Problems;
import org.clinic.handouts.render.Labels;
import org.clinic.handouts.render.Layout;
import org.clinic.handouts.report.LibraryCsv;
import org.clinic.handouts.report.LibraryIndex;
import org.clinic.handouts.report.LibraryPdf;
import org.clinic.handouts.report.LibraryRow;
import org.clinic.handouts.write.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code handouts report}: the library's review status as OUT/library-report.pdf and OUT/library-report.csv. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes the library's review status: OUT/library-report.pdf and .csv.",
                "Every article with its title, language, reading grade and review dates, overdue first;",
                "both files are replaced only by complete new ones."})
final class ReportCommand implements Callable<Integer> {
    static final String PDF = "library-report.pdf";
    static final String CSV = "library-report.csv";

    @Parameters(paramLabel = "FOLDER", arity = "0..1", description = "The library, searched recursively. Default: content/")
    Path folder = ArticleOptions.DEFAULT_CONTENT;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Output folder. Default: ${DEFAULT-VALUE}")
    Path out = Path.of("out");

    @Option(names = "--fail-on-overdue", description = "Exit with 1 when an article is overdue for review.")
    boolean failOnOverdue;

    @Option(names = "--styles", paramLabel = "DIR", description = "Folder of layouts replacing the built-in ones.")
    Path styles;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        if (!Files.isDirectory(folder)) {
            throw new HandoutsException(ExitCode.USAGE, folder + " is not a folder");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new HandoutsException(ExitCode.USAGE, "--out " + out + " is a file, not a folder");
        }
        Layout layout = Layout.of(Optional.ofNullable(styles));
        Path profile = ClinicLoader.profileFor(folder.toAbsolutePath(), layout.file(ClinicLoader.FILE_NAME));
        Problems problems = new Problems(profile);
        Clinic clinic = ClinicLoader.load(profile, problems).orElseThrow(() -> new HandoutsException(ExitCode.ARTICLE_ERRORS,
                "the clinic profile " + profile + " has errors (see handouts check)"));
        List<Path> files = ArticleFinder.find(List.of(folder));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LibraryIndex index = LibraryIndex.of(new Pipeline(Optional.ofNullable(styles), today), files, today);
        Labels.Report labels = Labels.of(layout, clinic.language()).report();
        Map<String, byte[]> reports = new LinkedHashMap<>();
        reports.put(PDF, LibraryPdf.write(index, labels, clinic, layout));
        reports.put(CSV, LibraryCsv.write(index, labels));
        OutputFolder output = new OutputFolder(out);
        List<Path> written = output.commit(reports);
        output.fault().ifPresent(fault -> {
            throw fault;
        });
        var err = spec.commandLine().getErr();
        index.rows().stream().filter(r -> !r.valid()).map(LibraryRow::file)
                .forEach(f -> err.println(f + ": error: has errors; run handouts check " + f));
        written.forEach(p -> spec.commandLine().getOut().println("wrote " + p));
        spec.commandLine().getOut().flush();
        err.printf("%d article%s: %d overdue for review, %d with errors (%.1f s)%n", index.rows().size(),
                index.rows().size() == 1 ? "" : "s", index.overdue(), index.invalid(), (System.nanoTime() - start) / 1e9);
        err.flush();
        return index.invalid() > 0 || (failOnOverdue && index.overdue() > 0)
                ? ExitCode.ARTICLE_ERRORS.code() : ExitCode.OK.code();
    }
}
