package org.clinic.handouts.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.clinic.handouts.ExitCode;
import org.clinic.handouts.Format;
import org.clinic.handouts.HandoutsException;
import org.clinic.handouts.Pipeline;
import org.clinic.handouts.load.ArticleFinder;
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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Format chosen = parseFormat(format);
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new HandoutsException(ExitCode.USAGE, "--out " + out + " is a file, not a folder");
        }
        var files = ArticleFinder.find(articles.pathsOrDefault());
        Pipeline pipeline = new Pipeline(articles.styles());
        OutputFolder folder = new OutputFolder(out);
        Report report = new Report(spec.commandLine().getOut(), spec.commandLine().getErr());
        for (Path file : files) {
            try {
                report.built(pipeline.build(file, chosen.outputs(), folder));
            } catch (HandoutsException e) {
                report.crashed(file, e);
            }
        }
        return report.finish("rendered", false);
    }

    private static Format parseFormat(String value) {
        try {
            return Format.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new HandoutsException(ExitCode.USAGE, "--format must be pdf, epub or both, not `" + value + "`");
        }
    }
}
