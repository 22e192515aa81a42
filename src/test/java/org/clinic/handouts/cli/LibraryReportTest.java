package org.clinic.handouts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code handouts report}: the library's review status as CSV and PDF, overdue first. */
class LibraryReportTest {
    @TempDir
    Path tmp;

    /** Three articles: one overdue since 2020, one due in 2099, one in Dutch (no formula) overdue since 2021. */
    private Path library() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("library"));
        String sample = Files.readString(Path.of("content/car-nk-cells.yaml"));
        Files.copy(Path.of("content/clinic.yaml"), folder.resolve("clinic.yaml"));
        Files.copy(Path.of("content/logo.svg"), folder.resolve("logo.svg"));
        Files.writeString(folder.resolve("later.yaml"), sample.replace("next_review: 2027-06-24", "next_review: 2099-01-01")
                .replace("title: \"CAR-NK Cells:", "title: \"Later, with a \\\"quote\\\", CAR-NK Cells:"));
        Files.writeString(folder.resolve("old.yaml"), sample.replace("next_review: 2027-06-24", "next_review: 2020-01-01")
                .replace("reviewed: 2026-06-24", "reviewed: 2019-01-01"));
        Files.writeString(folder.resolve("dutch.yaml"), sample.replace("next_review: 2027-06-24", "next_review: 2021-01-01")
                .replace("reviewed: 2026-06-24", "reviewed: 2020-01-01").replace("language: en-GB", "language: nl"));
        return folder;
    }

    @Test
    void csvListsEveryArticleOverdueFirstWithAHeaderRow() throws IOException {
        Path out = tmp.resolve("out");
        Run run = Run.of("report", library().toString(), "--out", out.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("wrote " + out.resolve("library-report.pdf") + "\nwrote "
                + out.resolve("library-report.csv") + "\n");
        assertThat(run.err()).startsWith("3 articles: 2 overdue for review, 0 with errors (");
        String csv = Files.readString(out.resolve("library-report.csv"), StandardCharsets.UTF_8);
        String title = "CAR-NK Cells: Could 'Off-the-Shelf' Immune Therapy Follow CAR-T?";
        assertThat(csv).isEqualTo("Article,Title,Language,Reading grade,Published,Reviewed,Next review,Status\r\n"
                + "old," + title + ",en-GB,13.1,2026-06-24,2019-01-01,2020-01-01,Overdue\r\n"
                + "dutch," + title + ",nl,,2026-06-24,2020-01-01,2021-01-01,Overdue\r\n"
                + "later,\"Later, with a \"\"quote\"\", " + title + "\",en-GB,13.1,2026-06-24,2026-06-24,2099-01-01,\r\n");
    }

    @Test
    void pdfListsTheSameRowsAndIsTheSameBytesTwice() throws IOException {
        Path folder = library();
        assertThat(Run.of("report", folder.toString(), "--out", tmp.resolve("a").toString()).exitCode()).isZero();
        assertThat(Run.of("report", folder.toString(), "--out", tmp.resolve("b").toString()).exitCode()).isZero();
        byte[] pdf = Files.readAllBytes(tmp.resolve("a/library-report.pdf"));
        assertThat(pdf).isEqualTo(Files.readAllBytes(tmp.resolve("b/library-report.pdf")));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Library review status", "Northbridge Cell Therapy Clinic",
                    "3 articles, 2 overdue for review on", "Status Title Article Language Reading grade Published");
            assertThat(text.indexOf("Overdue CAR-NK")).isLessThan(text.indexOf("old "));
            assertThat(text.indexOf("old ")).isLessThan(text.indexOf("dutch ")).isLessThan(text.indexOf("later "));
            assertThat(text).contains("old en-GB 13.1 2026-06-24 2019-01-01 2020-01-01");
        }
    }

    @Test
    void failOnOverdueExitsWithOneAndAnArticleWithErrorsIsListedAndNamed() throws IOException {
        Path folder = library();
        Path out = tmp.resolve("out");
        assertThat(Run.of("report", folder.toString(), "--out", out.toString(), "--fail-on-overdue").exitCode())
                .isEqualTo(1);
        Files.writeString(folder.resolve("old.yaml"), "title: [broken\n");
        Files.writeString(folder.resolve("dutch.yaml"), Files.readString(folder.resolve("later.yaml")));
        Run run = Run.of("report", folder.toString(), "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(folder.resolve("old.yaml") + ": error: has errors; run handouts check");
        assertThat(Files.readString(out.resolve("library-report.csv"))).contains("\r\nold,old,,,,,,Has errors\r\n");
        assertThat(Run.of("report", tmp.resolve("nowhere").toString()).exitCode()).isEqualTo(2);
    }
}
