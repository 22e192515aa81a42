package org.clinic.handouts.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A one-line progress bar (done/total, current article, elapsed, ETA) redrawn in place on a terminal. Off a
 * terminal (CI logs, pipes) it draws nothing and the per-article lines tell the progress instead.
 */
final class ProgressBar {
    private static final int WIDTH = 24;
    private final PrintWriter err;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private boolean drawn;
    private int done;
    private int total;
    private Path current;

    ProgressBar(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    /** Whether standard error is an interactive terminal (JDK 22+ says so directly; before, a console means one). */
    static boolean onTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    synchronized void update(int done, int total, Path current) {
        this.done = done;
        this.total = total;
        this.current = current;
        redraw();
    }

    /** Draws the bar again below a line just printed. */
    synchronized void redraw() {
        if (!enabled || current == null) {
            return;
        }
        double fraction = total == 0 ? 1 : (double) done / total;
        int filled = (int) Math.round(fraction * WIDTH);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        Duration eta = done == 0 ? Duration.ZERO : elapsed.multipliedBy(total - done).dividedBy(done);
        String name = current.getFileName().toString();
        err.printf("\r[%s%s] %d/%d %-28.28s %s ETA %s\u001b[K", "#".repeat(filled), " ".repeat(WIDTH - filled),
                done, total, name, clock(elapsed), clock(eta));
        err.flush();
        drawn = true;
    }

    /** Clears the bar so that a normal line can be printed where it was. */
    synchronized void clear() {
        if (drawn) {
            err.print("\r\u001b[K");
            err.flush();
            drawn = false;
        }
    }

    private static String clock(Duration d) {
        return "%d:%02d".formatted(d.toMinutes(), d.toSecondsPart());
    }
}
