package org.clinic.handouts.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.TextPosition;
import org.clinic.handouts.Format;
import org.clinic.handouts.Pipeline;
import org.clinic.handouts.Samples;
import org.clinic.handouts.model.Clinic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The print variants of the sample leaflet: paper sizes, large print, booklet, QR code, PDF/A, duplex. */
class PrintProductionTest {
    @TempDir
    static Path out;
    static Pipeline pipeline;

    @BeforeAll
    static void setUp() {
        pipeline = new Pipeline(Optional.empty());
    }

    private static Path render(String folder, Set<PrintOptions.Variant> variants, Pipeline.PrintSettings print) {
        Path dir = out.resolve(folder);
        var outcome = pipeline.build(Samples.CAR_NK, EnumSet.of(Format.PDF), variants, print, new OutputFolder(dir));
        assertThat(outcome.failed()).as(outcome.problems().toString()).isFalse();
        return dir;
    }

    @Test
    void a4AndLetterPagesHaveTheirSizes() throws Exception {
        Path a4 = render("a4", EnumSet.of(PrintOptions.Variant.STANDARD), Pipeline.PrintSettings.DEFAULT);
        Path letter = render("letter", EnumSet.of(PrintOptions.Variant.STANDARD),
                new Pipeline.PrintSettings(Optional.of(Clinic.Paper.LETTER), false, false));
        try (PDDocument doc = PdfPages.open(a4.resolve("car-nk-cells.pdf"))) {
            for (var page : doc.getPages()) {
                assertThat(Math.round(page.getMediaBox().getWidth())).isEqualTo(595);
                assertThat(Math.round(page.getMediaBox().getHeight())).isEqualTo(842);
            }
        }
        try (PDDocument doc = PdfPages.open(letter.resolve("car-nk-cells.pdf"))) {
            for (var page : doc.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isEqualTo(612f);
                assertThat(page.getMediaBox().getHeight()).isEqualTo(792f);
            }
            String text = PdfPages.flatText(doc);
            assertThat(text).contains("Key takeaway".toUpperCase()).contains("Sources").contains("Disclaimer");
        }
    }

    @Test
    void largePrintHasNoTextUnder16PointAndKeepsEverySectionInOrder() throws Exception {
        Path dir = render("large", EnumSet.of(PrintOptions.Variant.LARGE_PRINT), Pipeline.PrintSettings.DEFAULT);
        try (PDDocument doc = PdfPages.open(dir.resolve("car-nk-cells-large-print.pdf"))) {
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                double smallest = PdfPages.characters(doc, page).stream()
                        .filter(c -> !c.getUnicode().isBlank())
                        .mapToDouble(TextPosition::getFontSizeInPt).min().orElse(99);
                assertThat(smallest).as("smallest text on page %d", page).isGreaterThanOrEqualTo(16.0 - 0.01);
                assertThat(PdfPages.flatten(PdfPages.text(doc, page))).contains("Page " + page + " of " + doc.getNumberOfPages());
            }
            String text = PdfPages.flatText(doc).replaceAll("\\s+", "");
            int from = 0;
            for (String heading : List.of("What question did the researchers ask?", "What did the review find?",
                    "How strong is this evidence?", "What could this mean if you are considering treatment?",
                    "Common questions", "KEY TAKEAWAY", "Sources", "Disclaimer")) {
                int at = text.indexOf(heading.replaceAll("\\s+", ""), from);
                assertThat(at).as(heading).isGreaterThanOrEqualTo(0);
                from = at;
            }
            // The clinic box may give way to the text after it (it is a sidebar), but is always there.
            assertThat(text).contains("Whatweseeattheclinic");
            assertEndsWithSourcesThenWholeDisclaimer(doc);
        }
    }

    @Test
    void largePrintOnLetterKeepsTheDisclaimerOnOnePageWhateverFitTheArticleNeeds() throws Exception {
        // Four more introduction paragraphs and no questions: the article takes the loosest fit variant.
        Path variant = Samples.variant(out.resolve("loose"), "loose.yaml", text -> {
            String more = text.replace("\nsections:", ("\n  - >-\n    If you've followed the rise of CAR-T, CAR-NK is"
                    + " the natural next question: same idea, different immune cell.").repeat(4) + "\nsections:");
            return more.substring(0, more.indexOf("\nquestions:")) + more.substring(more.indexOf("\ntakeaway:"));
        });
        Path dir = out.resolve("loose-out");
        var outcome = pipeline.build(variant, EnumSet.of(Format.PDF), EnumSet.of(PrintOptions.Variant.LARGE_PRINT),
                new Pipeline.PrintSettings(Optional.of(Clinic.Paper.LETTER), false, false), new OutputFolder(dir));
        assertThat(outcome.failed()).as(outcome.problems().toString()).isFalse();
        try (PDDocument doc = PdfPages.open(dir.resolve("loose-large-print.pdf"))) {
            assertEndsWithSourcesThenWholeDisclaimer(doc);
        }
    }

    private static void assertEndsWithSourcesThenWholeDisclaimer(PDDocument doc) {
        int last = doc.getNumberOfPages();
        assertThat(PdfPages.text(doc, last - 1).strip()).as("second-last page").startsWith("Sources");
        assertThat(PdfPages.flatten(PdfPages.text(doc, last))).as("the disclaimer, whole on the last page")
                .startsWith("Disclaimer For general information").contains("scan the code")
                .contains("Telephone 01632 960 412").contains("Next review due 24 Jun 2027");
    }

    @Test
    void bookletSheetsAreLandscapeA4InSaddleStitchOrder() throws Exception {
        Path dir = render("booklet", EnumSet.of(PrintOptions.Variant.STANDARD, PrintOptions.Variant.BOOKLET),
                Pipeline.PrintSettings.DEFAULT);
        try (PDDocument booklet = PdfPages.open(dir.resolve("car-nk-cells-booklet.pdf"))) {
            int sides = booklet.getNumberOfPages();
            int pages = sides * 2;
            assertThat(pages % 4).isZero();
            for (var side : booklet.getPages()) {
                assertThat(Math.round(side.getMediaBox().getWidth())).isEqualTo(Math.round(PDRectangle.A4.getHeight()));
                assertThat(Math.round(side.getMediaBox().getHeight())).isEqualTo(Math.round(PDRectangle.A4.getWidth()));
            }
            // Each half-sheet shows one A5 page; its footer says which. Saddle stitch: sheet k front = n-2k | 2k+1.
            for (int side = 0; side < sides; side++) {
                int[] expected = BookletImposer.sides(side, pages);
                float width = booklet.getPage(side).getMediaBox().getWidth();
                for (int half = 0; half < 2; half++) {
                    String halfText = PdfPages.flatten(textOfHalf(booklet, side, half, width));
                    int number = expected[half];
                    if (halfText.contains("Page " + number + " of")) {
                        continue;
                    }
                    assertThat(halfText).as("side %d half %d should be booklet page %d", side, half, number).isEmpty();
                }
            }
            assertThat(textOfHalf(booklet, 0, 1, booklet.getPage(0).getMediaBox().getWidth()))
                    .contains("CAR-NK Cells: Could ‘Off-the-Shelf’").contains("Page 1 of");
        }
    }

    private static String textOfHalf(PDDocument doc, int side, int half, float width) {
        try {
            var stripper = new org.apache.pdfbox.text.PDFTextStripperByArea();
            float height = doc.getPage(side).getMediaBox().getHeight();
            stripper.addRegion("half", new java.awt.geom.Rectangle2D.Float(half * width / 2, 0, width / 2, height));
            stripper.extractRegions(doc.getPage(side));
            return stripper.getTextForRegion("half");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theQrCodeDecodesToTheArticlesAddress() throws Exception {
        Path dir = render("qr", EnumSet.of(PrintOptions.Variant.STANDARD), Pipeline.PrintSettings.DEFAULT);
        try (PDDocument doc = PdfPages.open(dir.resolve("car-nk-cells.pdf"))) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(doc.getNumberOfPages() - 1, 300);
            var source = new com.google.zxing.client.j2se.BufferedImageLuminanceSource(page);
            var result = new com.google.zxing.qrcode.QRCodeReader().decode(
                    new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(source)),
                    java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, true));
            assertThat(result.getText()).isEqualTo("https://www.northbridge-clinic.example/journal/car-nk-cells");
            assertThat(PdfPages.flatText(doc)).contains("www.northbridge-clinic.example/journal/car-nk-cells");
        }
    }

    @Test
    void pdfaOutputPassesVeraPdfWithNoFailedRules() throws Exception {
        Path dir = render("pdfa", EnumSet.of(PrintOptions.Variant.STANDARD),
                new Pipeline.PrintSettings(Optional.empty(), true, false));
        assertThat(PdfaConformance.failedRules(dir.resolve("car-nk-cells.pdf"), PDFAFlavour.PDFA_2_B)).isEmpty();
    }

    @Test
    void duplexPadsToAnEvenPageCountWithTheDisclaimerOnTheBack() throws Exception {
        for (Clinic.Paper paper : Clinic.Paper.values()) {
            Path dir = render("duplex-" + paper, EnumSet.of(PrintOptions.Variant.STANDARD),
                    new Pipeline.PrintSettings(Optional.of(paper), false, true));
            try (PDDocument doc = PdfPages.open(dir.resolve("car-nk-cells.pdf"))) {
                int pages = doc.getNumberOfPages();
                assertThat(pages % 2).isZero();
                String last = PdfPages.text(doc, pages);
                boolean padded = last.contains("intentionally blank");
                String disclaimerPage = PdfPages.text(doc, padded ? pages - 1 : pages);
                assertThat(disclaimerPage.strip()).startsWith("Disclaimer");
                assertThat(PdfPages.flatten(last)).doesNotContain("CAR-NK Cells: Could ‘Off-the-Shelf’ Immune Therapy Follow CAR-T? 5 min");
            }
        }
    }

    @Test
    void reviewDatesArePrintedAndStoredInTheMetadata() throws Exception {
        Path dir = render("review", EnumSet.of(PrintOptions.Variant.STANDARD), Pipeline.PrintSettings.DEFAULT);
        try (PDDocument doc = PdfPages.open(dir.resolve("car-nk-cells.pdf"))) {
            assertThat(PdfPages.flatten(PdfPages.text(doc, doc.getNumberOfPages())))
                    .contains("Reviewed 24 Jun 2026 · Next review due 24 Jun 2027");
            assertThat(doc.getDocumentInformation().getCustomMetadataValue("Reviewed")).isEqualTo("2026-06-24");
            assertThat(doc.getDocumentInformation().getCustomMetadataValue("NextReview")).isEqualTo("2027-06-24");
        }
    }
}
