package org.clinic.handouts.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.TextPosition;
import org.clinic.handouts.Format;
import org.clinic.handouts.Pipeline;
import org.clinic.handouts.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The Arabic, Chinese and Spanish samples: right to left, joined, fonts subset, accessible. */
class WorldScriptsTest {
    @TempDir
    static Path out;
    static final String ARABIC = "khalaya-car-nk-ar";
    static final String CHINESE = "car-nk-xibao-zh";
    static final String SPANISH = "celulas-car-nk-es";

    @BeforeAll
    static void render() {
        Pipeline pipeline = new Pipeline(Optional.empty());
        for (String name : List.of(ARABIC, CHINESE, SPANISH)) {
            Pipeline.Outcome outcome = pipeline.build(Samples.CONTENT.resolve(name + ".yaml"),
                    Set.of(Format.PDF, Format.EPUB), new OutputFolder(out));
            assertThat(outcome.failed()).as(outcome.problems().toString()).isFalse();
            assertThat(outcome.problems()).as(name).isEmpty();
        }
    }

    @Test
    void anArabicLineReadsRightToLeftRightAlignedWithLettersJoined() {
        try (PDDocument pdf = PdfPages.open(out.resolve(ARABIC + ".pdf"))) {
            List<TextPosition> chars = PdfPages.characters(pdf, 1);
            // The title, the largest type on the page.
            float size = (float) chars.stream().mapToDouble(TextPosition::getFontSizeInPt).max().orElseThrow();
            List<TextPosition> title = chars.stream().filter(c -> c.getFontSizeInPt() == size).toList();
            String text = title.stream().map(TextPosition::getUnicode).reduce("", String::concat);
            // At clear-print sizes the title takes two lines: "خلايا CAR-NK: هل يأتي علاج مناعي جاهز" / "بعد CAR-T؟".
            java.util.TreeMap<Integer, List<TextPosition>> lines = new java.util.TreeMap<>();
            title.forEach(c -> lines.computeIfAbsent(Math.round(c.getY()), y -> new java.util.ArrayList<>()).add(c));
            assertThat(lines).hasSize(2);
            List<TextPosition> first = lines.firstEntry().getValue();
            List<TextPosition> last = lines.lastEntry().getValue();
            String firstText = first.stream().map(TextPosition::getUnicode).reduce("", String::concat);
            assertThat(firstText).contains("CAR-NK");
            // Right to left: the line starts (on the right) with Arabic, CAR-NK comes next, more Arabic to its left;
            // the question mark, last in logical order, ends the last line on its left.
            float xNk = first.get(firstText.indexOf("CAR-NK")).getX();
            assertThat(Character.UnicodeScript.of(rightmost(first).getUnicode().codePointAt(0)))
                    .isEqualTo(Character.UnicodeScript.ARABIC);
            assertThat(leftmost(first).getX()).isLessThan(xNk - 50);
            assertThat(leftmost(last).getUnicode()).isEqualTo("؟");
            // Right-aligned: the short last line ends where the full first line does.
            assertThat(rightmost(last).getX() + rightmost(last).getWidth()).as("right-aligned")
                    .isCloseTo(rightmost(first).getX() + rightmost(first).getWidth(),
                            org.assertj.core.data.Offset.offset(2f));
            // Joined: the letters are drawn as their initial, medial and final forms.
            assertThat(text.codePoints().filter(c -> c >= 0xFE70 && c <= 0xFEFF).count()).isGreaterThan(10);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theArabicTextLayerHasEveryWordInLogicalOrder() throws Exception {
        try (PDDocument pdf = PdfPages.open(out.resolve(ARABIC + ".pdf"))) {
            // Extraction yields the joined forms; NFKC gives back the letters typed.
            String text = java.text.Normalizer.normalize(PdfPages.flatText(pdf), java.text.Normalizer.Form.NFKC);
            assertThat(text).contains("تسعى خلايا CAR-NK إلى ما تفعله CAR-T", "ما السؤال الذي طرحه الباحثون؟",
                    "مدة القراءة بالدقائق", "الخلاصة", "أسئلة شائعة", "إخلاء المسؤولية",
                    "https://pmc.ncbi.nlm.nih.gov/articles/PMC12607298/");
            // The page number, in its own margin box: word order right to left (PDFBox may drop the narrow space).
            assertThat(text).containsPattern("الصفحة ?1 من \\d");
        }
    }

    @Test
    void fontsAreEmbeddedAsSubsetsAndTheChineseLeafletIsSmall() throws Exception {
        assertThat(Files.size(out.resolve(CHINESE + ".pdf"))).isLessThan(1_000_000);
        for (String name : List.of(ARABIC, CHINESE)) {
            try (PDDocument pdf = PdfPages.open(out.resolve(name + ".pdf"))) {
                java.util.Set<String> fonts = new java.util.TreeSet<>();
                for (var page : pdf.getPages()) {
                    for (var font : page.getResources().getFontNames()) {
                        PDFont f = page.getResources().getFont(font);
                        fonts.add(f.getName());
                    }
                }
                String family = name.equals(ARABIC) ? "NotoNaskhArabic" : "DroidSansFallback";
                assertThat(fonts).anyMatch(f -> f.matches("[A-Z]{6}\\+" + family + ".*"));
                assertThat(fonts).allMatch(f -> f.matches("[A-Z]{6}\\+.*"));
            }
        }
    }

    @Test
    void everySampleIsPdfUaWithoutAFailedRule() throws Exception {
        for (String name : List.of(ARABIC, CHINESE, SPANISH)) {
            assertThat(PdfaConformance.failedRules(out.resolve(name + ".pdf"), PDFAFlavour.PDFUA_1)).as(name).isEmpty();
        }
    }

    @Test
    void theEpubsValidateAndCarryLanguageAndDirection() throws Exception {
        for (String name : List.of(ARABIC, CHINESE, SPANISH)) {
            Path epub = out.resolve(name + ".epub");
            assertThat(EpubValidation.problemsIn(epub)).as(name).isEmpty();
            try (ZipFile zip = new ZipFile(epub.toFile())) {
                String article = new String(zip.getInputStream(zip.stream()
                        .filter(e -> e.getName().endsWith("article.xhtml")).findFirst().orElseThrow()).readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8);
                String dir = name.equals(ARABIC) ? "dir=\"rtl\"" : "dir=\"ltr\"";
                assertThat(article).contains(dir);
            }
        }
    }

    @Test
    void theArabicCoverSetsItsTitleAgainstTheRightMargin() throws Exception {
        java.awt.image.BufferedImage cover;
        try (ZipFile zip = new ZipFile(out.resolve(ARABIC + ".epub").toFile())) {
            cover = javax.imageio.ImageIO.read(zip.getInputStream(zip.getEntry("OEBPS/cover.png")));
        }
        // The title's last line, just above the band's foot: light text on the dark band.
        int band = (int) (cover.getHeight() * 0.63);   // just inside the band (styles/cover.yaml: 0.64)
        int bottom = band;
        while (bottom > 0 && lightPixels(cover, bottom).isEmpty()) {
            bottom--;
        }
        int left = cover.getWidth();
        int right = 0;
        for (int y = bottom - 40; y <= bottom; y++) {
            for (int x : lightPixels(cover, y)) {
                left = Math.min(left, x);
                right = Math.max(right, x);
            }
        }
        assertThat(right).as("ends at the right margin").isGreaterThan((int) (cover.getWidth() * 0.85));
        assertThat(left).as("a short last line starts well right of the left margin").isGreaterThan(cover.getWidth() / 4);
    }

    private static List<Integer> lightPixels(java.awt.image.BufferedImage image, int y) {
        List<Integer> xs = new java.util.ArrayList<>();
        for (int x = 0; x < image.getWidth(); x++) {
            int rgb = image.getRGB(x, y);
            if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) > 3 * 160) {
                xs.add(x);
            }
        }
        return xs;
    }

    @Test
    void theArabicFooterIsMirroredWithThePageNumberOnTheLeftInEveryVariant() throws java.io.IOException {
        Path mirrored = out.resolve("mirrored");
        Pipeline.Outcome outcome = new Pipeline(Optional.empty()).build(Samples.CONTENT.resolve(ARABIC + ".yaml"),
                Set.of(Format.PDF), java.util.EnumSet.of(PrintOptions.Variant.STANDARD, PrintOptions.Variant.LARGE_PRINT),
                Pipeline.PrintSettings.DEFAULT, new OutputFolder(mirrored));
        assertThat(outcome.failed()).isFalse();
        for (String file : List.of(ARABIC + ".pdf", ARABIC + "-large-print.pdf")) {
            try (PDDocument pdf = PdfPages.open(mirrored.resolve(file))) {
                float width = pdf.getPage(0).getMediaBox().getWidth();
                float height = pdf.getPage(0).getMediaBox().getHeight();
                List<TextPosition> footer = PdfPages.characters(pdf, 1).stream()
                        .filter(c -> c.getY() > height - 24 / 25.4f * 72).toList();
                // The page number ("الصفحة 1 من N": Latin digits) on the left; the title runs from the right edge.
                List<TextPosition> digits = footer.stream().filter(c -> Character.isDigit(c.getUnicode().charAt(0)))
                        .toList();
                assertThat(digits).as(file).isNotEmpty().allMatch(c -> c.getX() < width / 2);
                TextPosition right = rightmost(footer);
                assertThat(right.getX() + right.getWidth()).as(file).isGreaterThan(width * 0.75f);
                assertThat(Character.isDigit(right.getUnicode().charAt(0))).as(file).isFalse();
                if (file.contains("large-print")) {
                    assertThat(digits).allMatch(c -> c.getFontSizeInPt() >= 16, "16 pt and up");
                }
            }
        }
    }

    private static TextPosition rightmost(List<TextPosition> chars) {
        return chars.stream().max((a, b) -> Float.compare(a.getX(), b.getX())).orElseThrow();
    }

    private static TextPosition leftmost(List<TextPosition> chars) {
        return chars.stream().min((a, b) -> Float.compare(a.getX(), b.getX())).orElseThrow();
    }
}
