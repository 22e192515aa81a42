package org.clinic.handouts.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.clinic.handouts.ExitCode;
import org.clinic.handouts.HandoutsException;
import org.clinic.handouts.Pipeline;
import org.clinic.handouts.model.Problem;

/**
 * What a run prints: one line per file written on standard output; problems on standard error in the
 * {@code file:line:column: severity: field: message} form; a summary line; and the exit code it adds up to.
 */
final class Report {
    private final PrintWriter out;
    private final PrintWriter err;
    private final long start = System.nanoTime();
    private int succeeded;
    private int skipped;
    private int failed;
    private int notWritten;
    private int warnings;
    private boolean crashed;
    private final boolean verbose;
    private final Set<Problem> sharedProblems = new HashSet<>();

    Report(PrintWriter out, PrintWriter err, boolean verbose) {
        this.out = out;
        this.err = err;
        this.verbose = verbose;
    }

    void built(Pipeline.Outcome outcome) {
        problems(outcome.article(), outcome.problems(), !outcome.failed());
        outcome.written().forEach(path -> out.println("wrote " + path));
        out.flush();
    }

    void skipped(Path file) {
        skipped++;
        out.println("unchanged " + file);
        out.flush();
    }

    void checked(Pipeline.Checked checked) {
        problems(checked.file(), checked.problems(), checked.article().isPresent());
    }

    /** Problems of a file other than the article (its clinic profile) come with every article using it: said once. */
    private void problems(Path article, List<Problem> problems, boolean ok) {
        List<Problem> fresh = problems.stream()
                .filter(p -> p.file().equals(article) || sharedProblems.add(p)).toList();
        fresh.forEach(err::println);
        warnings += (int) fresh.stream().filter(p -> !p.isError()).count();
        if (ok) {
            succeeded++;
        } else {
            failed++;
        }
    }

    void crashed(Path file, HandoutsException e) {
        err.println(file + ": error: " + e.getMessage());
        trace(e);
        failed++;
        crashed |= e.exitCode() == ExitCode.FAILURE;
    }

    /** An article left unwritten because the run stopped: the folder could not be written, or was busy. */
    void notWritten(int articles) {
        notWritten += articles;
    }

    /** The one message for a fault that stopped the run (the folder is busy or cannot be written). */
    void stopped(HandoutsException e) {
        err.println("handouts: " + e.getMessage());
        trace(e);
        crashed = true;
    }

    private void trace(HandoutsException e) {
        if (verbose && e.getCause() != null) {
            e.getCause().printStackTrace(err);
        }
    }

    int finish(String verb, boolean failOnWarnings) {
        int total = succeeded + skipped + failed + notWritten;
        String skippedPart = skipped > 0 ? ", %d unchanged".formatted(skipped) : "";
        String notWrittenPart = notWritten > 0 ? ", %d not written".formatted(notWritten) : "";
        err.println("%d article%s: %d %s%s, %d failed%s, %d warning%s (%.1f s)".formatted(total, total == 1 ? "" : "s",
                succeeded, verb, skippedPart, failed, notWrittenPart, warnings, warnings == 1 ? "" : "s",
                (System.nanoTime() - start) / 1e9));
        err.flush();
        if (crashed) {
            return ExitCode.FAILURE.code();
        }
        if (failed > 0 || (failOnWarnings && warnings > 0)) {
            return ExitCode.ARTICLE_ERRORS.code();
        }
        return ExitCode.OK.code();
    }
}
