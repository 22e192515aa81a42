package org.clinic.handouts.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.clinic.handouts.HandoutsException;
import org.clinic.handouts.Pipeline;
import org.clinic.handouts.load.ArticleFinder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Checks articles without rendering them.",
                "Lists every problem as FILE:LINE:COLUMN: error|warning: FIELD: MESSAGE."})
final class CheckCommand implements Callable<Integer> {

    @Mixin
    ArticleOptions articles;

    @Option(names = "--fail-on-warnings", description = "Exit with 1 when there are warnings, not only errors.")
    boolean failOnWarnings;

    @Option(names = "--report", description = "Also print a reading-level table per article: grade, words, "
            + "sentences, reading minutes and the three hardest sentences.")
    boolean readingReport;

    @Mixin
    Verbosity verbosity;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var files = ArticleFinder.find(articles.pathsOrDefault());
        Pipeline pipeline = new Pipeline(articles.styles());
        Report report = new Report(spec.commandLine().getOut(), spec.commandLine().getErr(), verbosity.verbose);
        ReadingTable table = new ReadingTable(spec.commandLine().getOut());
        for (Path file : files) {
            try {
                Pipeline.Checked checked = pipeline.check(file);
                report.checked(checked);
                if (readingReport) {
                    table.print(checked);
                }
            } catch (HandoutsException e) {
                report.crashed(file, e);
            }
        }
        return report.finish("passed", failOnWarnings);
    }
}
