package org.clinic.handouts.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.clinic.handouts.Format;
import org.clinic.handouts.Pipeline;
import org.clinic.handouts.Samples;
import org.clinic.handouts.bench.ArticleGenerator;
import org.clinic.handouts.model.Clinic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clear print (RNIB, NHS, CDC, NIH): the standard leaflet's body text is 12 pt or more, nothing is printed under
 * 9 pt, and the body's lines hold 60–80 characters on average; on the sample and on generated articles from the
 * smallest to the longest, on both papers.
 */
class ClearPrintTest {
    private static final double TOP = 18 * 72 / 25.4;
    private static final double BOTTOM = 22 * 72 / 25.4;

    @TempDir
    static Path out;
    static Pipeline pipeline;
    static List<Path> generated;

    @BeforeAll
    static void setUp() throws Exception {
        pipeline = new Pipeline(Optional.empty());
        // Article 1 is the longest the generator makes (40 sections); the others are ordinary leaflets.
        List<Path> library = new ArticleGenerator(42).writeLibrary(out.resolve("library"), 4, Samples.CONTENT);
        generated = List.of(library.get(1), library.get(2), library.get(3));
    }

    private static PrintedBody measure(Path article, String folder, Clinic.Paper paper) throws Exception {
        Path dir = out.resolve(folder);
        var outcome = pipeline.build(article, EnumSet.of(Format.PDF), EnumSet.of(PrintOptions.Variant.STANDARD),
                new Pipeline.PrintSettings(Optional.of(paper), false, false), new OutputFolder(dir));
        assertThat(outcome.failed()).as(outcome.problems().toString()).isFalse();
        String name = article.getFileName().toString().replace(".yaml", ".pdf");
        try (PDDocument pdf = PdfPages.open(dir.resolve(name))) {
            return PrintedBody.of(pdf, TOP, BOTTOM);
        }
    }

    @Test
    void theSampleIsSetInClearPrintOnBothPapers() throws Exception {
        for (Clinic.Paper paper : Clinic.Paper.values()) {
            assertClearPrint(measure(Samples.CAR_NK, "sample-" + paper, paper), "sample on " + paper);
        }
    }

    @Test
    void generatedArticlesAreSetInClearPrint() throws Exception {
        for (Path article : generated) {
            assertClearPrint(measure(article, "generated-a4", Clinic.Paper.A4), article.getFileName().toString());
        }
        assertClearPrint(measure(generated.getFirst(), "generated-letter", Clinic.Paper.LETTER), "longest on letter");
    }

    private static void assertClearPrint(PrintedBody body, String what) {
        assertThat(body.bodySize()).as(what + ": body text size").isGreaterThanOrEqualTo(12f);
        assertThat(body.medianSize()).as(what + ": median size of all text").isGreaterThanOrEqualTo(12f);
        assertThat(body.smallestSize()).as(what + ": smallest text").isGreaterThanOrEqualTo(9f);
        assertThat(body.charsPerFullLine()).as(what + ": characters per full body line").isBetween(60.0, 80.0);
        assertThat(body.charsPerLine()).as(what + ": characters per body line, last lines included").isBetween(55.0, 80.0);
    }
}
