package org.clinic.handouts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.clinic.handouts.load.ArticleLoader;
import org.clinic.handouts.model.Problems;
import org.clinic.handouts.write.Manifest;
import org.clinic.handouts.write.OutputFolder;
import org.clinic.handouts.write.OutputLock;
import org.clinic.handouts.write.PrintOptions;

/**
 * Renders many articles in one JVM over several threads, skipping those whose outputs are already current. The
 * output folder is locked for the run, cleared of a crashed run's temporaries, and its output names reserved
 * before anything renders. Results are reported in the articles' sorted order, whatever order the threads
 * finish in, so the output reads the same on every run.
 */
public final class Batch {
    /** The most articles rendered at once: each holds a laid-out document, and two cores gain nothing past a few. */
    public static final int MAX_THREADS = 64;
    private final Pipeline pipeline;
    private final Settings settings;

    /**
     * Everything that decides an article's output bytes. Its key is the record's own text, so an option added
     * here (or to {@link Pipeline.PrintSettings}) is part of every fingerprint without anyone remembering to.
     */
    public record Output(Set<Format> formats, Set<PrintOptions.Variant> variants, Pipeline.PrintSettings print) {
        public Output {
            // Enum sets print in declaration order: the same options give the same key in every run.
            formats = Collections.unmodifiableSet(formats.isEmpty() ? EnumSet.noneOf(Format.class) : EnumSet.copyOf(formats));
            variants = Collections.unmodifiableSet(variants.isEmpty() ? EnumSet.noneOf(PrintOptions.Variant.class)
                    : EnumSet.copyOf(variants));
        }

        String key() {
            return toString();
        }
    }

    /** What to render, how many articles at once, and whether to ignore the manifest. */
    public record Settings(Output output, int threads, boolean force) {}

    public enum Status { RENDERED, UNCHANGED, FAILED, NOT_WRITTEN }

    /**
     * What became of one article: rendered or failed with its problems (the outcome), unchanged, failed without
     * an outcome (the failure), or not written because the output folder could not be written to.
     */
    public record Result(Path file, Status status, Optional<Pipeline.Outcome> outcome,
                         Optional<HandoutsException> failure) {
        static Result of(Pipeline.Outcome outcome) {
            return new Result(outcome.article(), outcome.failed() ? Status.FAILED : Status.RENDERED,
                    Optional.of(outcome), Optional.empty());
        }
    }

    /** Hears about progress; {@link #completed} may be called from any thread, {@link #result} in order. */
    public interface Listener {
        void completed(int done, int total, Path file);

        void result(Result result);
    }

    public Batch(Pipeline pipeline, Settings settings) {
        this.pipeline = pipeline;
        this.settings = settings;
    }

    /** Renders {@code files}; throws (exit 3) when the folder is busy or cannot be written, after reporting the rest. */
    public void run(List<Path> files, OutputFolder out, Listener listener) {
        try (OutputLock lock = OutputLock.acquire(out.folder())) {
            if (lock.writable()) {
                out.removeLeftovers();
            }
            Manifest manifest = Manifest.read(out.folder());
            Output output = settings.output();
            NameReservation names = new NameReservation(files, file ->
                    Pipeline.outputNames(ArticleLoader.articleName(file), output.formats(), output.variants()));
            Article work = new Article(pipeline, settings, out, manifest, names);
            runAll(files, work, listener);
            manifest.saveIfChanged(out);
            out.fault().ifPresent(fault -> {
                throw fault;
            });
        }
    }

    private void runAll(List<Path> files, Article work, Listener listener) {
        if (settings.threads() <= 1) {
            // On the calling thread: a long-lived caller (handouts watch) keeps its thread's parsed fonts warm.
            for (int i = 0; i < files.size(); i++) {
                Result result = work.render(files.get(i));
                listener.completed(i + 1, files.size(), files.get(i));
                listener.result(result);
            }
            return;
        }
        ExecutorService threads = Executors.newFixedThreadPool(Math.clamp(settings.threads(), 1, MAX_THREADS), runnable -> {
            Thread thread = new Thread(runnable, "handouts-render");
            thread.setDaemon(true);
            return thread;
        });
        try {
            AtomicInteger done = new AtomicInteger();
            List<Future<Result>> pending = new ArrayList<>();
            for (Path file : files) {
                pending.add(threads.submit(() -> {
                    Result result = work.render(file);
                    listener.completed(done.incrementAndGet(), files.size(), file);
                    return result;
                }));
            }
            for (Future<Result> result : pending) {
                listener.result(result.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HandoutsException(ExitCode.FAILURE, "interrupted", e);
        } catch (ExecutionException e) {
            throw new HandoutsException(ExitCode.FAILURE, "internal error: " + e.getCause(), e.getCause());
        } finally {
            threads.shutdownNow();
        }
    }

    /** One article's turn: read once, fingerprint and render those bytes, commit, record. */
    private record Article(Pipeline pipeline, Settings settings, OutputFolder out, Manifest manifest,
                           NameReservation names) {

        Result render(Path file) {
            String name = ArticleLoader.articleName(file);
            if (out.fault().isPresent()) {
                return new Result(file, Status.NOT_WRITTEN, Optional.empty(), Optional.empty());
            }
            try {
                return renderOrSkip(file, name);
            } catch (HandoutsException e) {
                manifest.forget(name);
                Status status = out.fault().isPresent() ? Status.NOT_WRITTEN : Status.FAILED;
                return new Result(file, status, Optional.empty(), Optional.of(e));
            } catch (Throwable e) {
                // One article's failure, even an Error such as running out of memory, must not stop the others.
                manifest.forget(name);
                return new Result(file, Status.FAILED, Optional.empty(),
                        Optional.of(new HandoutsException(Failures.exitCode(e), Failures.describe(e), e)));
            }
        }

        private Result renderOrSkip(Path file, String name) {
            if (!names.conflicts(file).isEmpty()) {
                manifest.forget(name);
                return Result.of(new Pipeline.Outcome(file, names.conflicts(file), List.of()));
            }
            Problems problems = new Problems(file);
            Optional<byte[]> bytes = ArticleLoader.read(file, problems);
            if (bytes.isEmpty()) {
                // Gone or unreadable since the run began: this article's error, not the tool's.
                manifest.forget(name);
                return Result.of(new Pipeline.Outcome(file, problems.sorted(), List.of()));
            }
            Output output = settings.output();
            Optional<String> fingerprint = pipeline.fingerprint(file, bytes.get(), output.key());
            if (!settings.force() && fingerprint.isPresent() && manifest.isCurrent(out.folder(), name, fingerprint.get())) {
                return new Result(file, Status.UNCHANGED, Optional.empty(), Optional.empty());
            }
            Pipeline.Outcome outcome = pipeline.build(file, bytes.get(), output.formats(), output.variants(),
                    output.print(), out);
            if (outcome.failed() || fingerprint.isEmpty()) {
                manifest.forget(name);
            } else {
                manifest.committed(out, name, fingerprint.get(), outcome.written());
            }
            return Result.of(outcome);
        }
    }
}
