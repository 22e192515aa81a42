package org.clinic.handouts.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.clinic.handouts.Format;
import org.clinic.handouts.Pipeline;
import org.clinic.handouts.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full stop, comma or closing quote after a citation, emphasis or a link never starts a line, nor does a citation, in the standard
 * and the large-print leaflet. The article has a section of sixty paragraphs, each opening with a word one letter
 * longer than the last, so that every one of those element ends falls at every place on the line, the end of the
 * line among them.
 */
class InlinePunctuationTest {
    private static final String PARAGRAPH = "results [1]. Cells were **faster**, in *most early trials*; see"
            + " [the clinic](https://example.org/trials). Smaller *doses* work, ***very well***, for *Smith*’s"
            + " “*own*” patients…";
    /** Too long to keep on one line: never glued, so it still breaks at its hyphens instead of leaving the page. */
    private static final String LONG_WORD = "cord-blood-derived-induced-pluripotent-stem-cell-natural-killer-cells";
    /** A link of many words is neither glued whole (it could not fit a line) nor split (two links, read twice). */
    private static final String LONG_LINK = "More [details on dosing are in our long guide to the trials and their"
            + " results](https://example.org/guide).";

    @TempDir
    Path tmp;

    @Test
    void punctuationStaysWithTheWordBeforeIt() throws IOException {
        StringBuilder section = new StringBuilder("\n  - heading: Where lines end\n    paragraphs:\n");
        for (int length = 1; length <= 60; length++) {
            section.append("      - >-\n        ").append("x".repeat(length)).append(' ').append(PARAGRAPH).append('\n');
        }
        section.append("      - >-\n        ").append(LONG_LINK).append('\n');
        section.append("      - >-\n        Early trials used **").append(LONG_WORD).append("**.\n");
        Path article = Samples.variant(tmp.resolve("content"), "lines.yaml",
                text -> text.replace("\nclinic_view:", section + "\nclinic_view:"));
        var outcome = new Pipeline(Optional.empty()).build(article, EnumSet.of(Format.PDF, Format.EPUB),
                EnumSet.of(PrintOptions.Variant.STANDARD, PrintOptions.Variant.LARGE_PRINT),
                Pipeline.PrintSettings.DEFAULT, new OutputFolder(tmp.resolve("out")));
        assertThat(outcome.failed()).as(outcome.problems().toString()).isFalse();

        for (String pdfName : List.of("lines.pdf", "lines-large-print.pdf")) {
            try (PDDocument pdf = PdfPages.open(tmp.resolve("out").resolve(pdfName))) {
                for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                    String text = PdfPages.text(pdf, page);
                    // On the sources page a line rightly starts with the source's number.
                    String starts = text.strip().startsWith("Sources") ? "^[.,;:!?)’”…].*" : "^([.,;:!?)’”…]|\\[\\d).*";
                    assertThat(text.lines().map(String::strip)).as("%s, lines of page %d", pdfName, page)
                            .noneMatch(line -> line.matches(starts));
                }
                String text = PdfPages.flatText(pdf);
                assertThat(text).as(pdfName + ": nothing lost or doubled")
                        .contains("x".repeat(60) + " results [1]. Cells were faster, in most early trials; see the"
                                + " clinic. Smaller doses work, very well, for Smith’s “own” patients…");
                assertThat(text.replace("- ", "-")).as(pdfName + ": the long word is all on the page")
                        .contains("Early trials used " + LONG_WORD + ".");
            }
        }
        try (ZipFile epub = new ZipFile(tmp.resolve("out/lines.epub").toFile())) {
            String chapter = new String(epub.getInputStream(epub.getEntry("OEBPS/article.xhtml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(chapter)
                    .as("a citation keeps the word before it and the full stop after it")
                    .contains("x <span class=\"glued\">results <a class=\"citation\" epub:type=\"noteref\""
                            + " href=\"sources.xhtml#source-1\" id=\"cite-1-4\" role=\"doc-noteref\""
                            + " title=\"Source 1\">[1]</a>.</span> Cells")
                    .contains("were <span class=\"glued\"><strong>faster</strong>,</span> in")
                    .contains("<em>most early </em><span class=\"glued\"><em>trials</em>;</span> see")
                    .contains("<span class=\"glued\"><a class=\"external\" href=\"https://example.org/trials\">the"
                            + " clinic</a>.</span> Smaller")
                    .as("no punctuation after it, nothing glued").contains("Smaller <em>doses</em> work,")
                    .as("nested emphasis, a possessive, a closing quote")
                    .contains("<span class=\"glued\"><em><strong>very well</strong></em>,</span> for")
                    .contains("<span class=\"glued\"><em>Smith</em>’s</span>")
                    .contains("“<span class=\"glued\"><em>own</em>”</span> patients…")
                    .as("a word too long for a line is not glued")
                    .contains("used <strong>" + LONG_WORD + "</strong>.</p>")
                    .as("a long link is not glued whole, nor split in two")
                    .contains("More <a class=\"external\" href=\"https://example.org/guide\">details on dosing are in"
                            + " our long guide to the trials and their results</a>.</p>");
        }
    }

    @Test
    void aSpacedDashAfterACitationOrEmphasisNeverStartsALine() throws IOException {
        StringBuilder section = new StringBuilder("\n  - heading: Where dashes fall\n    paragraphs:\n");
        for (int length = 1; length <= 60; length++) {
            section.append("      - >-\n        ").append("x".repeat(length))
                    .append(" It works in early results [1] — as *hoped* — in most patients.\n");
        }
        Path article = Samples.variant(tmp.resolve("content"), "dashes.yaml",
                text -> text.replace("\nclinic_view:", section + "\nclinic_view:"));
        var outcome = new Pipeline(Optional.empty()).build(article, EnumSet.of(Format.PDF),
                EnumSet.of(PrintOptions.Variant.STANDARD), Pipeline.PrintSettings.DEFAULT,
                new OutputFolder(tmp.resolve("out")));
        assertThat(outcome.failed()).as(outcome.problems().toString()).isFalse();
        try (PDDocument pdf = PdfPages.open(tmp.resolve("out/dashes.pdf"))) {
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                assertThat(PdfPages.text(pdf, page).lines().map(String::strip)).as("lines of page %d", page)
                        .noneMatch(line -> line.startsWith("—") || line.startsWith("–"));
            }
        }
    }
}
