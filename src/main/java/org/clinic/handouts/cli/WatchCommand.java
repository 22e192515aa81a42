package org.clinic.handouts.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.clinic.handouts.watch.FolderWatcher;
import org.clinic.handouts.watch.Rebuild;
import org.clinic.handouts.write.OutputFolder;
import org.clinic.handouts.write.PrintOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code handouts watch}: builds, then stays running and builds again what each save changed, printing problems
 * as {@code check} does. One warm process: the stages are kept while only articles change, and made again when the
 * profile, a layout, a stylesheet or a font changes. Outputs are committed whole, as by {@code build}.
 */
@Command(name = "watch", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Builds, then rebuilds what each save changed, until Ctrl-C.",
                "Watches the articles, the clinic profile and --styles (layouts, stylesheets, fonts)."})
final class WatchCommand implements Callable<Integer> {
    static final long STOP_WAIT_MS = 5_000;

    @Parameters(paramLabel = "FOLDER", arity = "0..1", description = "The articles, searched recursively. Default: content/")
    Path folder = ArticleOptions.DEFAULT_CONTENT;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Output folder. Default: ${DEFAULT-VALUE}")
    Path out = Path.of("out");

    @Option(names = "--styles", paramLabel = "DIR", description = "Folder of layouts replacing the built-in ones; watched too.")
    Path styles;

    @Option(names = "--format", paramLabel = "FORMAT", description = "pdf, epub or both. Default: ${DEFAULT-VALUE}")
    String format = "both";

    @Mixin
    Verbosity verbosity;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isDirectory(folder)) {
            throw new HandoutsException(ExitCode.USAGE, folder + " is not a folder");
        }
        if (styles != null && !Files.isDirectory(styles)) {
            throw new HandoutsException(ExitCode.USAGE, "--styles " + styles + " is not a folder");
        }
        Set<Format> formats = parseFormat().outputs();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> watched = new ArrayList<>(List.of(folder));
        Optional.ofNullable(styles).ifPresent(watched::add);
        try (FolderWatcher watcher = new FolderWatcher(watched, out)) {
            Thread main = Thread.currentThread();
            Thread stop = new Thread(() -> {
                watcher.close();
                main.interrupt();
                try {
                    main.join(STOP_WAIT_MS);  // let a commit under way finish: no half-written output
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "handouts-watch-stop");
            Runtime.getRuntime().addShutdownHook(stop);
            try {
                return watch(watcher, watched, formats, err);
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(stop);
                } catch (IllegalStateException e) {
                    // the JVM is already shutting down: the hook is running
                }
            }
        }
    }

    private int watch(FolderWatcher watcher, List<Path> watched, Set<Format> formats, PrintWriter err) {
        try {
            Pipeline pipeline = new Pipeline(Optional.ofNullable(styles));
            round(pipeline, articles(err), formats);
            while (true) {
                err.println("watching " + String.join(", ", watched.stream().map(Path::toString).toList())
                        + " (Ctrl-C to stop)");
                err.flush();
                Optional<Set<Path>> changed = watcher.next();
                if (changed.isEmpty()) {
                    return ExitCode.OK.code();
                }
                Rebuild rebuild = Rebuild.of(changed.get(), articles(err));
                if (rebuild.shared()) {
                    pipeline = new Pipeline(Optional.ofNullable(styles));  // the profile or look changed: read it again
                }
                round(pipeline, rebuild.articles(), formats);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.OK.code();  // Ctrl-C (or the caller) stopped the watch between two rounds
        }
    }

    private List<Path> articles(PrintWriter err) {
        try {
            return ArticleFinder.find(List.of(folder));
        } catch (HandoutsException e) {
            err.println("handouts: " + e.getMessage());
            return List.of();
        }
    }

    /** One build of {@code files}, reported like {@code build}: a fault is reported, and watching goes on. */
    private void round(Pipeline pipeline, List<Path> files, Set<Format> formats) {
        if (files.isEmpty()) {
            return;
        }
        Report report = new Report(spec.commandLine().getOut(), spec.commandLine().getErr(), verbosity.verbose);
        var output = new Batch.Output(formats, EnumSet.of(PrintOptions.Variant.STANDARD), Pipeline.PrintSettings.DEFAULT);
        try {
            new Batch(pipeline, new Batch.Settings(output, 1, false)).run(files, new OutputFolder(out), new Batch.Listener() {
                @Override
                public void completed(int done, int total, Path file) {
                }

                @Override
                public void result(Batch.Result result) {
                    switch (result.status()) {
                        case UNCHANGED -> { }
                        case NOT_WRITTEN -> report.notWritten(1);
                        case RENDERED, FAILED -> {
                            result.outcome().ifPresent(report::built);
                            result.failure().ifPresent(e -> report.crashed(result.file(), e));
                        }
                    }
                }
            });
        } catch (HandoutsException e) {
            report.stopped(e);
        }
        report.finish("rendered", false);
    }

    private Format parseFormat() {
        try {
            return Format.valueOf(format.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new HandoutsException(ExitCode.USAGE, "--format must be pdf, epub or both, not `" + format + "`");
        }
    }
}
