package org.clinic.handouts.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;
import org.clinic.handouts.Format;
import org.clinic.handouts.Pipeline;
import org.clinic.handouts.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "What we see at the clinic" box is never split, so a tall one that does not fit at the foot of a page is
 * pushed to the next. In print it then gives way to the text after it instead of leaving a gap; the EPUB, which
 * has no pages, keeps the author's order. The articles are the sample with a box three times as tall and more
 * introduction each time, so that the box falls at every height on the page; half have no questions, so nothing
 * but the key takeaway follows the box and it can only move back, before the last paragraphs of the page.
 */
class SidebarPlacementTest {
    private static final String HEADING = "What we see at the clinic";
    private static final String EXTRA_PARAGRAPH = """
              - >-
                If you've followed the rise of CAR-T, CAR-NK is the natural next question: same idea, different
                immune cell, and a manufacturing model that could make cell therapy far more accessible.
            """;

    @TempDir
    Path tmp;

    @Test
    void aPushedBoxLetsTheFollowingTextFillThePageBeforeIt() throws IOException {
        Path articles = tmp.resolve("articles");
        List<String> names = new ArrayList<>();
        for (int extra = 0; extra < 6; extra++) {
            int paragraphs = extra;
            names.add("extra-" + extra);
            Samples.variant(articles, "extra-" + extra + ".yaml", text -> tallBox(text, paragraphs));
            names.add("extra-" + extra + "-no-questions");
            Samples.variant(articles, "extra-" + extra + "-no-questions.yaml",
                    text -> withoutQuestions(tallBox(text, paragraphs)));
        }
        Path asDesigned = build(new Pipeline(Optional.empty()), articles, tmp.resolve("designed"));
        Path inPlace = build(new Pipeline(Optional.of(stylesWithoutDeferral())), articles, tmp.resolve("in-place"));

        List<Double> gapsInPlace = new ArrayList<>();
        for (String name : names) {
            try (PDDocument kept = PdfPages.open(inPlace.resolve(name + ".pdf"));
                    PDDocument moved = PdfPages.open(asDesigned.resolve(name + ".pdf"))) {
                fillBeforeBox(kept).ifPresent(gapsInPlace::add);
                int boxPage = pageWith(moved, HEADING);
                assertThat(PdfPages.flatten(PdfPages.text(moved, boxPage)).split("marketing claims\\.", -1))
                        .as(name + ": the box, its text three times over, is whole on one page").hasSize(4);
                fillBeforeBox(moved).ifPresent(fill -> assertThat(fill).as(name + ": fill of the page before the box")
                        .isGreaterThanOrEqualTo(0.8));
                assertThat(bodyWords(moved)).as(name + ": the same words as kept in place, none lost or repeated")
                        .isEqualTo(bodyWords(kept));
                assertThat(PdfPages.flatText(moved).indexOf(HEADING)).as(name + ": the key takeaway stays last")
                        .isLessThan(PdfPages.flatText(moved).indexOf("KEY TAKEAWAY"));
            }
            String epub = articleChapter(asDesigned.resolve(name + ".epub"));
            assertThat(epub.indexOf(HEADING)).as(name + ": the EPUB keeps the author's order")
                    .isGreaterThan(epub.indexOf("This is a field to watch closely"))
                    .isLessThan(epub.indexOf("Key takeaway"));
        }
        assertThat(gapsInPlace).as("kept in place, some boxes leave the page before them a third empty")
                .filteredOn(fill -> fill < 0.7).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void aBoxNeverMovesIntoTheTitleBlock() throws IOException {
        // No introduction, one short section, a box six times as tall, no questions: the only text the box could
        // move back before is the title block's, which it must not.
        Path article = Samples.variant(tmp.resolve("short"), "short.yaml", text -> {
            int start = text.indexOf("clinic_view: >-\n") + "clinic_view: >-\n".length();
            int end = text.indexOf("\nquestions:");
            String box = text.substring(start, end).stripTrailing();
            String tall = text.substring(0, start) + (box + "\n").repeat(6) + text.substring(end);
            String noIntro = tall.substring(0, tall.indexOf("\nintro:")) + tall.substring(tall.indexOf("\nsections:"));
            String oneSection = noIntro.substring(0, noIntro.indexOf("\n  - heading: What did the review find?"))
                    + noIntro.substring(noIntro.indexOf("\nclinic_view:"));
            return withoutQuestions(oneSection);
        });
        Path out = build(new Pipeline(Optional.empty()), article.getParent(), tmp.resolve("short-out"));
        try (PDDocument pdf = PdfPages.open(out.resolve("short.pdf"))) {
            String text = PdfPages.flatText(pdf);
            assertThat(text).as("the title block whole and first, the box after it")
                    .containsSubsequence("IMMUNE HEALTH", "CAR-NK Cells: Could ‘Off-the-Shelf’",
                            "Here’s what a 2025 review says", "24 Jun 2026 · ", HEADING, "KEY TAKEAWAY")
                    .containsSubsequence("24 Jun 2026 · ", "What question did the researchers ask?", "KEY TAKEAWAY");
        }
    }

    /** The words of every page, above the running footer, sorted: what a reader gets, in whatever order. */
    private static List<String> bodyWords(PDDocument pdf) throws IOException {
        StringBuilder text = new StringBuilder();
        for (int page = 0; page < pdf.getNumberOfPages(); page++) {
            PDPage pdPage = pdf.getPage(page);
            PDFTextStripperByArea body = new PDFTextStripperByArea();
            body.setSortByPosition(true);  // reading order: a glued word and its citation are drawn after their line
            body.addRegion("body", new Rectangle2D.Float(0, 0, pdPage.getMediaBox().getWidth(),
                    pdPage.getMediaBox().getHeight() - 22 * 72 / 25.4f));
            body.extractRegions(pdPage);
            text.append(body.getTextForRegion("body")).append(' ');
        }
        // A word broken at its hyphen ("off-|the-shelf") is one word wherever the line or page ends.
        return List.of(PdfPages.flatten(text.toString()).replace("- ", "-").split(" ")).stream().sorted().toList();
    }

    private static String withoutQuestions(String article) {
        int start = article.indexOf("\nquestions:");
        return article.substring(0, start) + article.substring(article.indexOf("\ntakeaway:"));
    }

    private static String tallBox(String article, int extraParagraphs) {
        int start = article.indexOf("clinic_view: >-\n") + "clinic_view: >-\n".length();
        int end = article.indexOf("\nquestions:");
        String box = article.substring(start, end).stripTrailing();
        String tall = article.substring(0, start) + box + "\n" + box + "\n" + box + "\n" + article.substring(end);
        return tall.replace("\nsections:", "\n" + EXTRA_PARAGRAPH.repeat(extraParagraphs) + "sections:");
    }

    private Path stylesWithoutDeferral() throws IOException {
        Path styles = tmp.resolve("styles");
        Files.createDirectories(styles);
        try (Stream<Path> files = Files.list(Path.of("styles"))) {
            for (Path file : files.toList()) {
                Files.copy(file, styles.resolve(file.getFileName()));
            }
        }
        Path template = styles.resolve("article.ftlx");
        String text = Files.readString(template);
        assertThat(text).contains("clinic-view deferrable\"");
        Files.writeString(template, text.replace("clinic-view deferrable\"", "clinic-view\""));
        return styles;
    }

    private static Path build(Pipeline pipeline, Path articles, Path out) throws IOException {
        try (Stream<Path> files = Files.list(articles)) {
            for (Path article : files.filter(f -> f.getFileName().toString().endsWith(".yaml")
                    && !f.getFileName().toString().equals("clinic.yaml")).toList()) {
                var outcome = pipeline.build(article, EnumSet.of(Format.PDF, Format.EPUB), new OutputFolder(out));
                assertThat(outcome.failed()).as(outcome.problems().toString()).isFalse();
            }
        }
        return out;
    }

    /** How full (0–1, by its lowest line) the page before the one the box opens is; empty if the box opens none. */
    private static Optional<Double> fillBeforeBox(PDDocument pdf) {
        int boxPage = pageWith(pdf, HEADING);
        if (boxPage == 1 || !PdfPages.text(pdf, boxPage).strip().startsWith(HEADING)) {
            return Optional.empty();
        }
        float height = pdf.getPage(boxPage - 2).getMediaBox().getHeight();
        double top = 18 * 72 / 25.4;
        double bottom = height - 22 * 72 / 25.4;
        double lowest = PdfPages.characters(pdf, boxPage - 1).stream().mapToDouble(TextPosition::getYDirAdj)
                .filter(y -> y < bottom).max().orElse(top);
        return Optional.of((lowest - top) / (bottom - top));
    }

    private static int pageWith(PDDocument pdf, String text) {
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            if (PdfPages.text(pdf, page).contains(text)) {
                return page;
            }
        }
        throw new AssertionError("no page shows " + text);
    }

    private static String articleChapter(Path epub) throws IOException {
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            var entry = zip.stream().filter(e -> e.getName().endsWith("article.xhtml")).findFirst().orElseThrow();
            return new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
