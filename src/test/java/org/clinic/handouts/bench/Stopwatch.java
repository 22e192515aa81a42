package org.clinic.handouts.bench;

import java.util.concurrent.Callable;

/** Wall-clock timing with {@link System#nanoTime()}, the clock that never jumps when the system time is set. */
final class Stopwatch {
    private final long start = System.nanoTime();

    static Stopwatch start() {
        return new Stopwatch();
    }

    double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    /** Seconds taken by {@code work}; its failure is the benchmark's failure, never a silently short time. */
    static double time(Callable<?> work) {
        Stopwatch watch = start();
        try {
            work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return watch.seconds();
    }
}
