package org.clinic.handouts.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Objects;
import org.clinic.handouts.cli.Main;

/**
 * {@code handouts watch} as an author meets it: the time from saving the sample article to both its PDF and its
 * EPUB being replaced, in one warm watch process (in this JVM, on a thread). Includes the watcher's quiet period
 * and the file-system notice, so it is what the author waits for. Median and worst after warm-up saves.
 */
final class WarmRerender {
    private static final int WARM_UP_SAVES = 30;
    private static final long BOUND_NANOS = 120_000_000_000L;
    private final Path content;
    private final Path folder;

    WarmRerender(Path content, Path folder) {
        this.content = content;
        this.folder = folder;
    }

    void measure(ResultTable table, int saves) throws IOException, InterruptedException {
        Path articles = Files.createDirectories(folder.resolve("content"));
        for (String name : List.of("car-nk-cells.yaml", "clinic.yaml", "logo.svg")) {
            Files.copy(content.resolve(name), articles.resolve(name));
        }
        Path out = folder.resolve("out");
        Path article = articles.resolve("car-nk-cells.yaml");
        String original = Files.readString(article);
        StringWriter err = new StringWriter();
        Thread watch = new Thread(() -> Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "watch", articles.toString(), "--out", out.toString()), "bench-watch");
        watch.start();
        try {
            waitFor(() -> err.toString().contains("watching "));
            Series times = new Series();
            Series cpu = new Series();
            for (int i = 0; i < WARM_UP_SAVES + saves; i++) {
                long cpuBefore = processCpuNanos();
                double seconds = save(article, out, original.replace("worth reading carefully",
                        "worth reading carefully, take " + i));
                if (i >= WARM_UP_SAVES) {
                    times.add(seconds);
                    cpu.add((processCpuNanos() - cpuBefore) / 1e9);
                }
            }
            table.section("handouts watch (warm, this JVM)");
            table.seconds(null, "save → PDF + EPUB replaced, median", times, "sample leaflet, after " + WARM_UP_SAVES
                    + " warm-up saves");
            table.seconds(null, "save → PDF + EPUB replaced, worst", Series.of(times.max()), times.count() + " saves");
            // CPU time of this JVM per save: what the rebuild costs, whatever else the machine is doing.
            table.seconds(null, "save → PDF + EPUB replaced, CPU", cpu, "this JVM's CPU time per save, median");
        } finally {
            watch.interrupt();
            watch.join(10_000);
        }
    }

    private static double save(Path article, Path out, String text) throws IOException, InterruptedException {
        Object pdf = key(out.resolve("car-nk-cells.pdf"));
        Object epub = key(out.resolve("car-nk-cells.epub"));
        long start = System.nanoTime();
        Files.writeString(article, text);
        // Outputs are moved into place whole, so a new file (a new inode) means the new output is complete.
        waitFor(() -> !Objects.equals(pdf, key(out.resolve("car-nk-cells.pdf")))
                && !Objects.equals(epub, key(out.resolve("car-nk-cells.epub"))));
        return (System.nanoTime() - start) / 1e9;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static Object key(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier done) throws InterruptedException {
        long end = System.nanoTime() + BOUND_NANOS;
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new UncheckedIOException(new IOException("watch did not replace the outputs within 120 s"));
            }
            Thread.sleep(0, 200_000);
        }
    }
}
