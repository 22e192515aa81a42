package org.clinic.handouts.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The table's header: what was measured on what, since figures mean little without the machine and JDK. It also
 * says how much CPU other processes used during the run (the machine's busy time from {@code /proc/stat}, less
 * this JVM's and the measured processes' own): on a shared 2-core machine that is what makes wall times noisy.
 */
final class Environment {
    private static final double TICKS_PER_SECOND = 100;  // USER_HZ, 100 on every Linux architecture in use

    private final long startNanos = System.nanoTime();
    private final double startOwnCpu = ownCpuSeconds();
    private final double[] startTicks = cpuTicks();

    List<String> describe(BenchOptions options, double childCpuSeconds) {
        int cores = Runtime.getRuntime().availableProcessors();
        List<String> lines = new ArrayList<>(List.of(
                "handouts benchmark: medians of %d runs (one-article measures) and %d runs (library measures)"
                        .formatted(options.runs(), options.libraryRuns()),
                "library: %d generated articles, seed %d".formatted(options.articles(), options.seed()),
                "machine: %d cores, %.0f GB RAM, %s %s; JDK %s %s".formatted(cores, totalMemory() / 1e9,
                        System.getProperty("os.name"), System.getProperty("os.version"),
                        System.getProperty("java.vendor"), System.getProperty("java.version")),
                "wall-clock times; CPU = user + system seconds; peak RSS via " + TimedProcess.memorySource()));
        double[] endTicks = cpuTicks();
        if (startTicks.length == 2 && endTicks.length == 2) {
            double elapsed = (System.nanoTime() - startNanos) / 1e9;
            double busy = (endTicks[0] - startTicks[0]) / TICKS_PER_SECOND;
            double others = Math.max(0, busy - (ownCpuSeconds() - startOwnCpu) - childCpuSeconds);
            double steal = (endTicks[1] - startTicks[1]) / TICKS_PER_SECOND;
            lines.add("other processes used %.0f%% of the cores' time during the %.0f-minute run (steal %.0f%%)"
                    .formatted(100 * others / (elapsed * cores), elapsed / 60, 100 * steal / (elapsed * cores)));
        }
        return lines;
    }

    private static long totalMemory() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getTotalMemorySize() : 0;
    }

    private static double ownCpuSeconds() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1e9 : 0;
    }

    /** Busy ticks (user, nice, system, irq, softirq) and steal ticks of all CPUs; empty where there is no /proc. */
    private static double[] cpuTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            double busy = 0;
            for (int i : new int[] {1, 2, 3, 6, 7}) {
                busy += Double.parseDouble(f[i]);
            }
            return new double[] {busy, Double.parseDouble(f[8])};
        } catch (IOException | RuntimeException e) {
            return new double[0];
        }
    }
}
