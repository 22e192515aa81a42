package org.clinic.handouts.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.clinic.handouts.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Articles unlike the sample still make valid, complete handouts: the layouts are not tuned to one text. */
class VariedArticlesTest {
    @TempDir
    Path tmp;

    @Test
    void aMinimalArticleWithNoSourcesOrExtras() throws IOException {
        Path folder = tmp.resolve("in");
        Files.createDirectories(folder);
        Path article = Files.writeString(folder.resolve("minimal.yaml"), """
                category: Test
                title: Fasting before a blood test
                standfirst: What to do the night before.
                published: 2026-01-15
                sections:
                  - heading: Before the test
                    paragraphs: Do not eat for *eight hours*; water is **fine**. See [our page](https://example.org/fasting).
                takeaway: Water yes, food no.
                """);
        Samples.render(article, tmp.resolve("out"));
        try (PDDocument pdf = PdfPages.open(tmp.resolve("out/minimal.pdf"))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            assertThat(PdfPages.text(pdf, 1)).contains("Fasting before a blood test", "eight hours", "KEY TAKEAWAY");
            assertThat(PdfPages.text(pdf, 2).strip()).startsWith("Disclaimer");
            assertThat(pdf.getDocumentInformation().getAuthor()).isEqualTo("Your Clinic");
        }
        assertThat(EpubValidation.problemsIn(tmp.resolve("out/minimal.epub"))).isEmpty();
    }

    @Test
    void aLongArticleWithManySourcesAndALongAddress() throws IOException {
        StringBuilder yaml = new StringBuilder("""
                category: Research
                title: A long review of many studies, with a title that needs two lines or even three to fit
                standfirst: Many sections, many sources.
                published: 2026-03-01
                sections:
                """);
        for (int s = 1; s <= 12; s++) {
            yaml.append("  - heading: Section ").append(s).append(" asks a question that is a little long\n")
                    .append("    paragraphs:\n");
            for (int p = 0; p < 3; p++) {
                yaml.append("      - Sentence after sentence about study ").append(s).append(" keeps the reader busy ")
                        .append("with details that matter, and cites it [").append(s).append("]. ")
                        .append("More words follow here so that the paragraph spans several lines on the page.\n");
            }
        }
        yaml.append("takeaway: Many studies, one conclusion.\nsources:\n");
        for (int s = 1; s <= 12; s++) {
            yaml.append("  - number: ").append(s).append("\n    title: Study ").append(s)
                    .append("\n    kind: Trial\n    year: 2024\n    url: https://example.org/a/very/long/path/")
                    .append("that/goes/on/and/on/to/test/wrapping/of/addresses/on/paper/study-").append(s).append('\n');
        }
        Path folder = Files.createDirectories(tmp.resolve("long"));
        Path article = Files.writeString(folder.resolve("long.yaml"), yaml);
        Samples.render(article, tmp.resolve("out"));
        try (PDDocument pdf = PdfPages.open(tmp.resolve("out/long.pdf"))) {
            int pages = pdf.getNumberOfPages();
            assertThat(PdfPages.text(pdf, pages).strip()).startsWith("Disclaimer");
            String sources = PdfPages.flatText(pdf).replaceAll("\\s+", "");
            for (int s = 1; s <= 12; s++) {
                assertThat(sources).contains(("https://example.org/a/very/long/path/that/goes/on/and/on/to/test/"
                        + "wrapping/of/addresses/on/paper/study-" + s).replaceAll("\\s+", ""));
            }
        }
        assertThat(EpubValidation.problemsIn(tmp.resolve("out/long.epub"))).isEmpty();
    }
}
