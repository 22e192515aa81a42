package org.clinic.handouts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.clinic.handouts.load.ArticleLoader;
import org.clinic.handouts.write.Manifest;
import org.clinic.handouts.write.OutputFolder;
import org.clinic.handouts.write.PrintOptions;

/**
 * Renders many articles in one JVM over several threads, skipping those whose inputs have not changed since
 * the output folder's manifest was written. Results are reported in the articles' sorted order, whatever
 * order the threads finish in, so the output reads the same on every run.
 */
public final class Batch {
    private final Pipeline pipeline;
    private final Settings settings;

    /** What to render: formats, printed variants, print settings, threads, and whether to ignore the manifest. */
    public record Settings(Set<Format> formats, Set<PrintOptions.Variant> variants, Pipeline.PrintSettings print,
                           int threads, boolean force) {

        /** The options as text, part of each article's fingerprint. */
        String key() {
            return formats + "|" + variants + "|" + print.paper().map(Enum::name).orElse("profile") + "|pdfa="
                    + print.pdfa() + "|duplex=" + print.duplex();
        }
    }

    /** What became of one article: rendered (with its outcome), skipped as unchanged, or failed. */
    public record Result(Path file, Optional<Pipeline.Outcome> outcome, boolean skipped,
                         Optional<HandoutsException> failure) {}

    /** Hears about progress; {@link #completed} may be called from any thread, {@link #result} in order. */
    public interface Listener {
        void completed(int done, int total, Path file);

        void result(Result result);
    }

    public Batch(Pipeline pipeline, Settings settings) {
        this.pipeline = pipeline;
        this.settings = settings;
    }

    public void run(List<Path> files, OutputFolder out, Listener listener) {
        Manifest manifest = Manifest.read(out.folder());
        ExecutorService threads = Executors.newFixedThreadPool(Math.max(1, settings.threads()), runnable -> {
            Thread thread = new Thread(runnable, "handouts-render");
            thread.setDaemon(true);
            return thread;
        });
        try {
            java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
            List<Future<Result>> pending = new ArrayList<>();
            for (Path file : files) {
                pending.add(threads.submit(() -> {
                    Result result = render(file, manifest, out);
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
            manifest.save(out);
        }
    }

    private Result render(Path file, Manifest manifest, OutputFolder out) {
        String name = ArticleLoader.articleName(file);
        try {
            Optional<String> fingerprint = pipeline.fingerprint(file, settings.key());
            if (!settings.force() && fingerprint.isPresent() && manifest.isCurrent(out.folder(), name, fingerprint.get())) {
                return new Result(file, Optional.empty(), true, Optional.empty());
            }
            Pipeline.Outcome outcome = pipeline.build(file, settings.formats(), settings.variants(), settings.print(), out);
            if (outcome.failed() || fingerprint.isEmpty()) {
                manifest.forget(name);
            } else {
                manifest.record(name, fingerprint.get(), outcome.written());
            }
            return new Result(file, Optional.of(outcome), false, Optional.empty());
        } catch (HandoutsException e) {
            manifest.forget(name);
            return new Result(file, Optional.empty(), false, Optional.of(e));
        } catch (RuntimeException e) {
            // One article's failure must not stop the others: it is reported against that article.
            manifest.forget(name);
            return new Result(file, Optional.empty(), false,
                    Optional.of(new HandoutsException(ExitCode.FAILURE, "internal error: " + e, e)));
        }
    }
}
