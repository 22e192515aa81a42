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
 * A source may leave out its year (an undated web page): the sources page then prints the day it was accessed,
 * when given, else "n.d.", both from the label catalogue; in the PDF and the EPUB.
 */
class UndatedSourceTest {
    private static final String SECOND_SOURCE = """
              - number: 2
                title: Clinical trials
                kind: Web page
                accessed: 2026-03-05
                url: https://www.nhs.uk/conditions/clinical-trials/
            """;

    @TempDir
    Path tmp;

    @Test
    void anUndatedSourcePrintsNoDateOrTheDayItWasAccessed() throws IOException {
        Path article = Samples.variant(tmp.resolve("content"), "undated.yaml", text -> text
                .replaceFirst("\n    year: 2025\n", "\n")
                .replace("/PMC12607298/\n", "/PMC12607298/\n" + SECOND_SOURCE)
                .replace("is it becoming a real clinical option [1]?", "is it becoming a real clinical option [1] [2]?"));
        assertThat(Samples.render(article, tmp.resolve("out")).problems()).isEmpty();

        try (PDDocument pdf = PdfPages.open(tmp.resolve("out/undated.pdf"))) {
            assertThat(PdfPages.flatText(pdf))
                    .contains("clinical reality in cancer immunotherapy. Peer-reviewed review, n.d. ")
                    .contains("[2] Clinical trials. Web page, accessed 5 Mar 2026. ")
                    .doesNotContain("review, 2025.", "n.d..");
        }
        try (ZipFile epub = new ZipFile(tmp.resolve("out/undated.epub").toFile())) {
            String sources = new String(epub.getInputStream(epub.getEntry("OEBPS/sources.xhtml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(sources).contains("Peer-reviewed review, n.d.</span>")
                    .contains("Web page, accessed 5 Mar 2026.</span>");
        }
    }
}
