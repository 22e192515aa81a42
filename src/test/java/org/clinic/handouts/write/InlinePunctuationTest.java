package org.clinic.handouts.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.clinic.handouts.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full stop or comma after a citation, emphasis or a link never starts a line. The article has a section of
 * sixty paragraphs, each opening with a word one letter longer than the last, so that every one of those
 * element ends falls at every place on the line, the end of the line among them.
 */
class InlinePunctuationTest {
    private static final String PARAGRAPH = "results [1]. Cells were **faster**, in *most early trials*; see"
            + " [the clinic](https://example.org/trials). Smaller *doses* work.";
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
        Path article = Samples.variant(tmp.resolve("content"), "lines.yaml",
                text -> text.replace("\nclinic_view:", section + "\nclinic_view:"));
        Samples.render(article, tmp.resolve("out"));

        try (PDDocument pdf = PdfPages.open(tmp.resolve("out/lines.pdf"))) {
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                assertThat(PdfPages.text(pdf, page).lines().map(String::strip))
                        .as("lines of page %d", page).noneMatch(line -> line.matches("^[.,;:!?)].*"));
            }
            assertThat(PdfPages.flatText(pdf)).as("nothing lost or doubled")
                    .contains("x".repeat(60) + " results [1]. Cells were faster, in most early trials; see the"
                            + " clinic. Smaller doses work.");
        }
        try (ZipFile epub = new ZipFile(tmp.resolve("out/lines.epub").toFile())) {
            String chapter = new String(epub.getInputStream(epub.getEntry("OEBPS/article.xhtml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(chapter)
                    .contains("results <span class=\"glued\"><a class=\"citation\" href=\"sources.xhtml#source-1\""
                            + " title=\"Source 1\">[1]</a>.</span> Cells")
                    .contains("were <span class=\"glued\"><strong>faster</strong>,</span> in")
                    .contains("<em>most early </em><span class=\"glued\"><em>trials</em>;</span> see")
                    .contains("<span class=\"glued\"><a class=\"external\" href=\"https://example.org/trials\">the"
                            + " clinic</a>.</span> Smaller")
                    .as("no punctuation after it, nothing glued").contains("Smaller <em>doses</em> work.</p>")
                    .as("a long link is not glued whole, nor split in two")
                    .contains("More <a class=\"external\" href=\"https://example.org/guide\">details on dosing are in"
                            + " our long guide to the trials and their results</a>.</p>");
        }
    }
}
