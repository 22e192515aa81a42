package org.clinic.handouts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code handouts watch} in a thread: edits reach the PDF; a broken save is reported and the old PDF kept. */
class WatchTest {
    private static final Duration BOUND = Duration.ofSeconds(60);

    @TempDir
    Path tmp;

    @Test
    void savesOfTheArticleAndTheProfileReachThePdfAndBrokenSavesKeepTheOldOne() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("content"));
        for (String name : new String[] {"car-nk-cells.yaml", "clinic.yaml", "logo.svg"}) {
            Files.copy(Path.of("content").resolve(name), folder.resolve(name));
        }
        Path out = tmp.resolve("out");
        Path pdf = out.resolve("car-nk-cells.pdf");
        StringWriter err = new StringWriter();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread watch = new Thread(() -> exit.set(Main.run(new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true), "watch", folder.toString(), "--out", out.toString())));
        watch.start();
        try {
            waitFor(() -> err.toString().contains("watching "), "the first build");
            assertThat(text(pdf)).contains("worth reading carefully");

            Path article = folder.resolve("car-nk-cells.yaml");
            Files.writeString(article, Files.readString(article).replace("worth reading carefully", "worth reading slowly"));
            waitFor(() -> text(pdf).contains("worth reading slowly"), "the edited article in the PDF");

            Path profile = folder.resolve("clinic.yaml");
            Files.writeString(profile, Files.readString(profile).replace("Northbridge Cell Therapy Clinic", "Southbridge Clinic"));
            waitFor(() -> text(pdf).contains("Southbridge Clinic"), "the edited profile in the PDF");

            byte[] before = Files.readAllBytes(pdf);
            Files.writeString(article, Files.readString(article).replace("title: \"CAR-NK", "title: [\"CAR-NK"));
            waitFor(() -> err.toString().contains("car-nk-cells.yaml:3:"), "the broken save's error");
            assertThat(Files.readAllBytes(pdf)).isEqualTo(before);
        } finally {
            watch.interrupt();
            watch.join(BOUND.toMillis());
        }
        assertThat(watch.isAlive()).isFalse();
        assertThat(exit.get()).isZero();
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".partial"));
        }
    }

    private static String text(Path pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        } catch (IOException e) {
            return "";  // not there yet
        }
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + BOUND.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("watch did not produce " + what + " within " + BOUND.toSeconds() + " s");
            }
            Thread.sleep(50);
        }
    }
}
