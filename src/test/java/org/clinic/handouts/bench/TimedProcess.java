package org.clinic.handouts.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.DoubleAdder;

/**
 * Runs a command as a new process and measures its wall time and peak resident memory. Peak RSS and CPU time come
 * from GNU {@code /usr/bin/time} when installed (exact, from the kernel's rusage); otherwise peak RSS comes from
 * polling {@code VmHWM} in {@code /proc/PID/status} (the kernel's own high-water mark, so a late poll still sees
 * the peak) and CPU time is not known. CPU time matters on a shared machine: unlike wall time, it hardly changes
 * when other processes compete for the cores. Output goes to log files, so a chatty tool never blocks on a pipe.
 */
final class TimedProcess {
    private static final Path GNU_TIME = Path.of("/usr/bin/time");

    /** {@code peakRssKb} and {@code cpuSeconds} (user + system) are 0 when they could not be measured. */
    record Result(double seconds, long peakRssKb, double cpuSeconds, Path stdout) {
        String output() {
            try {
                return Files.readString(stdout);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final Path workDir;
    private final Path logDir;
    private final AtomicInteger counter = new AtomicInteger();
    private final DoubleAdder childCpuSeconds = new DoubleAdder();

    TimedProcess(Path workDir, Path logDir) {
        this.workDir = workDir;
        this.logDir = logDir;
    }

    /** The CPU time of every process run so far (when measured), to tell our load from other processes'. */
    double childCpuSeconds() {
        return childCpuSeconds.sum();
    }

    static String memorySource() {
        return Files.isExecutable(GNU_TIME) ? "/usr/bin/time -f %M" : "VmHWM polled from /proc (no /usr/bin/time)";
    }

    /** Runs {@code command}; a non-zero exit fails the benchmark, since a failed run would look fast. */
    Result run(String label, List<String> command) {
        int n = counter.incrementAndGet();
        Path out = logDir.resolve("%04d-%s.out".formatted(n, label));
        Path err = logDir.resolve("%04d-%s.err".formatted(n, label));
        Path usageFile = logDir.resolve("%04d-%s.usage".formatted(n, label));
        boolean gnuTime = Files.isExecutable(GNU_TIME);
        List<String> full = new ArrayList<>();
        if (gnuTime) {
            full.addAll(List.of(GNU_TIME.toString(), "-f", "%M %U %S", "-o", usageFile.toString()));
        }
        full.addAll(command);
        try {
            Files.createDirectories(logDir);
            ProcessBuilder builder = new ProcessBuilder(full).directory(workDir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            Stopwatch watch = Stopwatch.start();
            Process process = builder.start();
            long polled = 0;
            while (!process.waitFor(10, TimeUnit.MILLISECONDS)) {
                polled = gnuTime ? 0 : Math.max(polled, highWaterMark(process.pid()));
            }
            double seconds = watch.seconds();
            if (process.exitValue() != 0) {
                throw new IllegalStateException(label + " exited with " + process.exitValue() + ": "
                        + String.join(" ", command) + "\n" + tail(err));
            }
            if (!gnuTime) {
                return new Result(seconds, polled, 0, out);
            }
            // The last line: an earlier one may say "Command exited with non-zero status".
            List<String> lines = Files.readAllLines(usageFile);
            String[] usage = lines.getLast().strip().split(" ");
            double cpu = Double.parseDouble(usage[1]) + Double.parseDouble(usage[2]);
            childCpuSeconds.add(cpu);
            return new Result(seconds, Long.parseLong(usage[0]), cpu, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.getFirst(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs the commands, {@code parallelism} at a time: wall time of all, largest peak RSS, CPU time of all. */
    Result runAll(String label, List<List<String>> commands, int parallelism) {
        Stopwatch watch = Stopwatch.start();
        long peak = 0;
        double cpu = 0;
        Path lastOut = null;
        try (ExecutorService pool = Executors.newFixedThreadPool(parallelism)) {
            List<Future<Result>> results = new ArrayList<>();
            for (List<String> command : commands) {
                results.add(pool.submit(() -> run(label, command)));
            }
            for (Future<Result> result : results) {
                Result r = result.get();
                peak = Math.max(peak, r.peakRssKb());
                cpu += r.cpuSeconds();
                lastOut = r.stdout();
            }
        } catch (Exception e) {
            throw new IllegalStateException(label + " failed: " + e.getMessage(), e);
        }
        return new Result(watch.seconds(), peak, cpu, lastOut);
    }

    private static long highWaterMark(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // The process ended between the check and the read: the previous reading stands.
        }
        return 0;
    }

    private static String tail(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }
}
