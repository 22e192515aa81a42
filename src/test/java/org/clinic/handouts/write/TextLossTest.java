package org.clinic.handouts.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;
import org.clinic.handouts.Format;
import org.clinic.handouts.Pipeline;
import org.clinic.handouts.Samples;
import org.clinic.handouts.model.Clinic;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nothing of the article is lost or off the page, in every print variant on both papers: a long web address, a
 * word longer than a line, a title too long for the running footer, and punctuation glued to citations at every
 * place on the line. Every word of those texts is in the PDF's text, no glyph lies outside the page's margins
 * (the footer only below the text, on one line, clear of the page number).
 */
class TextLossTest {
    /** An address with the joints it should break at: slashes, query, ampersands, equals signs, hyphens. */
    static final String URL = "https://www.example-research-institute.org/publications/cell-therapy/natural-killer"
            + "/2025/clinical-trial-registry-results?study=car-nk-cord-blood-derived&phase=1&arm=high-dose-cohort"
            + "&format=full-text-with-supplementary-materials";
    static final String LONG_WORD = longWord(600);
    static final String TITLE = "What a very long title about CAR-NK cells, cord blood, stem cells, donors and the"
            + " immune system tells you when it runs on and on past the width of the running footer at the foot of"
            + " every page of the leaflet";
    private static final String PUNCTUATED = "results [1]. Cells were **faster**, in *most early trials*; see"
            + " [the clinic](https://example.org/trials), and “*own*” [1]…";

    @TempDir
    static Path tmp;

    /** mm: top, right, bottom, left, as in the stylesheets. */
    private static final Map<PrintOptions.Variant, double[]> MARGINS = Map.of(
            PrintOptions.Variant.STANDARD, new double[] {18, 20, 22, 20},
            PrintOptions.Variant.LARGE_PRINT, new double[] {16, 16, 24, 16},
            PrintOptions.Variant.BOOKLET, new double[] {13, 13, 16, 13});
    private static final float TOLERANCE = 0.75f;

    static Stream<Arguments> papers() {
        return Stream.of(Arguments.of(Clinic.Paper.A4), Arguments.of(Clinic.Paper.LETTER));
    }

    @ParameterizedTest
    @MethodSource("papers")
    void nothingIsLostOrOffThePage(Clinic.Paper paper) throws IOException {
        StringBuilder section = new StringBuilder("\n  - heading: Long things\n    paragraphs:\n");
        section.append("      - >-\n        See [").append(URL).append("](").append(URL).append(") for the data [1].\n");
        section.append("      - >-\n        A word: ").append(LONG_WORD).append(" [1].\n");
        for (int length = 1; length <= 45; length += 2) {
            section.append("      - >-\n        ").append("x".repeat(length)).append(' ').append(PUNCTUATED).append('\n');
        }
        Path article = Samples.variant(tmp.resolve(paper.name()), "long.yaml", text -> text
                .replaceFirst("(?m)^title: .*$", "title: \"" + TITLE + "\"")
                .replace("\nclinic_view:", section + "\nclinic_view:"));
        Path out = tmp.resolve(paper.name() + "-out");
        var outcome = new Pipeline(Optional.empty()).build(article, EnumSet.of(Format.PDF),
                EnumSet.allOf(PrintOptions.Variant.class), new Pipeline.PrintSettings(Optional.of(paper), false, false),
                new OutputFolder(out));
        assertThat(outcome.failed()).as(outcome.problems().toString()).isFalse();

        List<String> expected = new ArrayList<>(List.of(TITLE.split(" ")));
        expected.add("See" + URL + "forthedata[1].");
        expected.add("Aword:" + LONG_WORD + "[1].");
        for (int length = 1; length <= 45; length += 2) {
            expected.add(squeeze("x".repeat(length) + " results [1]. Cells were faster, in most early trials; see"
                    + " the clinic, and “own” [1]…"));
        }
        for (PrintOptions.Variant variant : PrintOptions.Variant.values()) {
            String name = "long" + variant.suffix() + ".pdf";
            try (PDDocument pdf = PdfPages.open(out.resolve(name))) {
                String text = squeeze(readingText(pdf, variant == PrintOptions.Variant.BOOKLET,
                        pt(MARGINS.get(variant)[2])));
                for (String unit : expected) {
                    assertThat(text).as("%s on %s: all of “%.60s”", name, paper, unit).contains(unit);
                }
                assertOnPage(pdf, variant, name + " on " + paper);
            }
        }
    }

    /** Text without whitespace or the invisible break characters, so line breaks inside words do not matter. */
    static String squeeze(String text) {
        return text.replaceAll("[\\s\\u200B\\u00AD]+", "");
    }

    private static String longWord(int length) {
        Random random = new Random(7);
        StringBuilder word = new StringBuilder("Z");
        while (word.length() < length) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    /**
     * The text above the bottom margin (so without the footer) of each page, or each half sheet of a booklet, in
     * reading order.
     */
    private static String readingText(PDDocument pdf, boolean booklet, float bottom) throws IOException {
        TreeMap<Integer, String> pages = new TreeMap<>();
        int sides = pdf.getNumberOfPages();
        for (int side = 0; side < sides; side++) {
            PDRectangle box = pdf.getPage(side).getMediaBox();
            int halves = booklet ? 2 : 1;
            float width = box.getWidth() / halves;
            for (int half = 0; half < halves; half++) {
                PDFTextStripperByArea stripper = new PDFTextStripperByArea();
                stripper.setSortByPosition(true);
                stripper.addRegion("page", new Rectangle2D.Float(half * width, 0, width, box.getHeight() - bottom));
                stripper.extractRegions(pdf.getPage(side));
                int number = booklet ? BookletImposer.sides(side, sides * 2)[half] : side + 1;
                pages.put(number, stripper.getTextForRegion("page"));
            }
        }
        return String.join("\n", pages.values());
    }

    /**
     * Every glyph inside the page's margins, or in the footer band below them: there on one line, within the left
     * and right margins, the title ending before "Page x of y" starts.
     */
    private static void assertOnPage(PDDocument pdf, PrintOptions.Variant variant, String what) {
        double[] mm = MARGINS.get(variant);
        float top = pt(mm[0]);
        float right = pt(mm[1]);
        float bottom = pt(mm[2]);
        float left = pt(mm[3]);
        for (int side = 1; side <= pdf.getNumberOfPages(); side++) {
            PDRectangle box = pdf.getPage(side - 1).getMediaBox();
            boolean booklet = variant == PrintOptions.Variant.BOOKLET;
            float width = booklet ? box.getWidth() / 2 : box.getWidth();
            List<List<TextPosition>> footers = List.of(new ArrayList<>(), new ArrayList<>());
            for (TextPosition glyph : PdfPages.characters(pdf, side)) {
                int half = booklet && glyph.getXDirAdj() >= width ? 1 : 0;
                float x = glyph.getXDirAdj() - half * width;
                float y = glyph.getYDirAdj();
                String where = String.format("%s, sheet side %d: '%s' at (%.1f, %.1f)", what, side,
                        glyph.getUnicode(), x, y);
                assertThat(x).as(where + " left of the margin").isGreaterThanOrEqualTo(left - TOLERANCE);
                assertThat(x + glyph.getWidthDirAdj()).as(where + " right of the margin")
                        .isLessThanOrEqualTo(width - right + TOLERANCE);
                assertThat(y).as(where + " above the margin").isGreaterThanOrEqualTo(top - TOLERANCE);
                assertThat(y).as(where + " off the foot of the page").isLessThanOrEqualTo(box.getHeight() - pt(4));
                if (y > box.getHeight() - bottom + TOLERANCE) {
                    footers.get(half).add(glyph);
                }
            }
            for (List<TextPosition> footer : footers) {
                assertFooter(footer, what + ", sheet side " + side);
            }
        }
    }

    /** The footer: at most two lines of title, all of it left of "Page x of y". */
    private static void assertFooter(List<TextPosition> footer, String where) {
        if (footer.isEmpty()) {
            return;
        }
        List<TextPosition> sorted = footer.stream().sorted((a, b) -> Float.compare(a.getXDirAdj(), b.getXDirAdj()))
                .toList();
        List<Float> baselines = new ArrayList<>();
        for (TextPosition glyph : sorted) {   // a baseline 4 pt or more from the others is another line
            if (baselines.stream().noneMatch(y -> Math.abs(y - glyph.getYDirAdj()) < 4)) {
                baselines.add(glyph.getYDirAdj());
            }
        }
        assertThat(baselines).as(where + ": the footer takes at most two lines").hasSizeLessThanOrEqualTo(2);
        float firstLine = baselines.stream().min(Float::compare).orElseThrow();
        List<TextPosition> top = sorted.stream().filter(g -> Math.abs(g.getYDirAdj() - firstLine) < 4).toList();
        String line = String.join("", top.stream().map(TextPosition::getUnicode).toList());
        int page = line.lastIndexOf("Page");
        assertThat(page).as(where + ": the footer holds the page number: " + line).isPositive();
        float pageStart = top.get(page).getXDirAdj();
        for (TextPosition glyph : sorted) {
            if (glyph.getXDirAdj() < pageStart) {
                assertThat(glyph.getXDirAdj() + glyph.getWidthDirAdj())
                        .as(where + ": the title ends before the page number: " + line).isLessThan(pageStart - 2);
            }
        }
    }

    private static float pt(double mm) {
        return (float) (mm * 72 / 25.4);
    }
}
