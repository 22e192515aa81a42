package org.clinic.handouts.write;

import static org.assertj.core.api.Assertions.assertThat;

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
                assertThat(PdfPages.text(moved, boxPage)).as(name + ": the box is whole").contains("marketing claims.");
                fillBeforeBox(moved).ifPresent(fill -> assertThat(fill).as(name + ": fill of the page before the box")
                        .isGreaterThanOrEqualTo(0.8));
                assertThat(PdfPages.flatText(moved)).as(name + ": nothing lost or repeated")
                        .containsOnlyOnce(HEADING).containsOnlyOnce("What could this mean if you are considering treatment?").containsOnlyOnce(
                                "This is a field to watch closely, not one that has already won.");
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
            for (Path article : files.filter(f -> f.getFileName().toString().startsWith("extra-")).toList()) {
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
