package org.clinic.handouts.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.clinic.handouts.Format;
import org.clinic.handouts.Pipeline;
import org.clinic.handouts.Samples;
import org.clinic.handouts.model.Clinic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A number never parts from its unit, a sign such as ≥ from the number after it, and a hyphen never leaves one or
 * two letters alone at a line's end or start, and a spaced dash never starts a line; in every print variant and on
 * both papers. As in
 * {@link InlinePunctuationTest}, sixty paragraphs each open with a word one letter longer than the last, so that
 * each of these places falls at the end of a line somewhere.
 */
class UnitGlueTest {
    private static final String PARAGRAPH = "a fever of 38 °C, 1 mL of syrup every 4 h at 15 mg/kg if ≥ 18 years"
            + " old; ≤ 2.5 mmol/L for 3 days — and CAR-T or X-ray by e-mail.";
    /** A line of one page must not end with these. */
    private static final String BAD_END = ".*(\\d|[≥≤°]|CAR-|X-|e-)$";
    /** Nor start with these. */
    private static final String BAD_START = "^(°|C,|mL|h |mg|kg|/kg|years|mmol|L |days|T |ray|mail|—).*";

    @TempDir
    Path tmp;

    @Test
    void unitsSignsAndShortHyphenPartsStayTogetherInEveryVariant() throws IOException {
        StringBuilder section = new StringBuilder("\n  - heading: Where lines end\n    paragraphs:\n");
        StringBuilder written = new StringBuilder();
        for (int length = 1; length <= 60; length++) {
            section.append("      - >-\n        ").append("x".repeat(length)).append(' ').append(PARAGRAPH).append('\n');
            written.append("x".repeat(length)).append(' ').append(PARAGRAPH).append('\n');
        }
        Path article = Samples.variant(tmp.resolve("content"), "units.yaml",
                text -> text.replace("\nclinic_view:", section + "\nclinic_view:"));
        for (Clinic.Paper paper : Clinic.Paper.values()) {
            Path out = tmp.resolve("out-" + paper);
            var outcome = new Pipeline(Optional.empty()).build(article, EnumSet.of(Format.PDF),
                    EnumSet.allOf(PrintOptions.Variant.class), new Pipeline.PrintSettings(Optional.of(paper), false,
                            false), new OutputFolder(out));
            assertThat(outcome.failed()).as(outcome.problems().toString()).isFalse();
            for (String name : List.of("units.pdf", "units-large-print.pdf", "units-booklet.pdf")) {
                try (PDDocument pdf = PdfPages.open(out.resolve(name))) {
                    List<String> all = lines(pdf, name.contains("booklet"));
                    // The section's lines (a booklet's pages are in imposed order): those that are part of its text.
                    List<String> lines = all.stream().filter(l -> written.indexOf(l) >= 0).toList();
                    assertThat(lines).as("the section's lines").hasSizeGreaterThan(120);
                    String what = paper + " " + name;
                    assertThat(lines).as(what + ": lines ending before a unit").noneMatch(l -> l.matches(BAD_END));
                    assertThat(lines).as(what + ": lines starting with a unit").noneMatch(l -> l.matches(BAD_START));
                    String text = String.join(" ", lines);
                    assertThat(text).as(what + ": the PDF's text has plain spaces, as typed").doesNotContain("\u00A0");
                    for (String together : List.of("38 °C,", "1 mL", "4 h", "15 mg/kg", "≥ 18 years", "≤ 2.5 mmol/L",
                            "CAR-T", "X-ray", "e-mail.")) {
                        assertThat(text.split(java.util.regex.Pattern.quote(together), -1)).as(what + ": " + together)
                                .hasSize(61);
                    }
                    if (!name.contains("booklet")) {   // a booklet's pages are not in reading order
                        assertThat(text.replaceAll("\\s", "")).as(what + ": every word, in order")
                                .contains(written.toString().replaceAll("\\s", ""));
                    }
                }
            }
        }
    }

    @Test
    void aNoBreakSpaceIsExactlyAsWideAsASpaceInEveryFont() throws Exception {
        // The PDF draws the renderer's no-break spaces as spaces: the same width, or lines would shift.
        java.awt.font.FontRenderContext context = new java.awt.font.FontRenderContext(null, false, false);
        List<Path> fonts;
        try (var files = java.nio.file.Files.list(Path.of("fonts"))) {
            // The text fonts and the Arabic one; the Chinese face sets only runs of CJK characters (ScriptRuns),
            // which the renderer never joins with a no-break space.
            fonts = files.filter(f -> f.toString().endsWith(".ttf") && !f.toString().contains("DroidSansFallback"))
                    .toList();
        }
        assertThat(fonts).hasSizeGreaterThanOrEqualTo(7);
        for (Path file : fonts) {
            java.awt.Font font = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, file.toFile()).deriveFont(1000f);
            assertThat(font.getStringBounds("\u00A0", context).getWidth()).as(file.toString())
                    .isEqualTo(font.getStringBounds(" ", context).getWidth());
        }
    }

    /** The lines of every page, stripped; a booklet sheet is read a half at a time (two pages side by side). */
    private static List<String> lines(PDDocument pdf, boolean halves) throws IOException {
        List<String> lines = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            float width = page.getMediaBox().getWidth();
            float height = page.getMediaBox().getHeight();
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            stripper.setSortByPosition(true);
            int parts = halves ? 2 : 1;
            for (int i = 0; i < parts; i++) {
                stripper.addRegion("r" + i, new Rectangle2D.Float(i * width / parts, 0, width / parts, height));
            }
            stripper.extractRegions(page);
            for (int i = 0; i < parts; i++) {
                stripper.getTextForRegion("r" + i).lines().map(String::strip).filter(l -> !l.isEmpty())
                        .forEach(lines::add);
            }
        }
        return lines;
    }
}
