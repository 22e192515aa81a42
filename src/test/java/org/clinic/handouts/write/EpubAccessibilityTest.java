package org.clinic.handouts.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.clinic.handouts.Format;
import org.clinic.handouts.Pipeline;
import org.clinic.handouts.Samples;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The EPUB's accessibility, checked by the validators themselves: Ace by DAISY finds no violation of any severity
 * in the sample and in a richer article (clinic box, questions, five sources cited from several places), and
 * EPUBCheck finds nothing; and the back-links, metadata and dates are what the book really contains.
 */
class EpubAccessibilityTest {
    @TempDir
    static Path tmp;
    static Path sample;
    static Path rich;

    /** The sample with four more sources, cited from the clinic box, a question and the takeaway; reviewed later. */
    static Path richArticle(Path folder) {
        return Samples.variant(folder, "rich.yaml", yaml -> yaml
                .replace("reviewed: 2026-06-24", "reviewed: 2026-09-01")
                .replace("marketing claims.", "marketing claims [2]. Independent registries help too [3].")
                .replace("not standard care.", "not standard care [4].")
                .replace("ready-made, cheaper and gentler", "ready-made [2], cheaper [5] and gentler [3]")
                + """
                  - number: 2
                    title: Off-the-shelf cell therapies in practice
                    kind: Clinical guideline
                    year: 2024
                    url: https://example.org/guideline
                  - number: 3
                    title: Safety of natural killer cell products
                    kind: Systematic review
                    year: 2023
                    url: https://example.org/safety
                  - number: 4
                    title: Approved cell and gene therapy products
                    kind: Regulator's list
                    year: 2026
                    url: https://example.org/approved
                  - number: 5
                    title: The cost of autologous CAR-T manufacturing
                    kind: Health-economics study
                    year: 2025
                    url: https://example.org/cost
                """);
    }

    @BeforeAll
    static void render() {
        Samples.render(Samples.CAR_NK, tmp.resolve("sample"));
        sample = tmp.resolve("sample/car-nk-cells.epub");
        rich = epubOf(richArticle(tmp.resolve("in")), tmp.resolve("rich"));
    }

    static Path epubOf(Path article, Path out) {
        var outcome = new Pipeline(Optional.empty()).build(article, Set.of(Format.EPUB), new OutputFolder(out));
        assertThat(outcome.failed()).as("%s", outcome.problems()).isFalse();
        return out.resolve(article.getFileName().toString().replace(".yaml", ".epub"));
    }

    @Test
    void aceFindsNoViolationsInTheSampleOrARicherArticle() throws Exception {
        Optional<String> missing = AceCheck.unavailable();
        if (missing.isPresent()) {
            // CI must run Ace: .ci/run installs chromium and the npm package. Elsewhere, say what is missing.
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("CI=true but " + missing.get());
            }
            System.err.println("EpubAccessibilityTest: Ace by DAISY skipped: " + missing.get());
            Assumptions.abort("skipped: " + missing.get());
        }
        assertThat(AceCheck.violations(sample, tmp.resolve("ace-sample"))).isEmpty();
        assertThat(AceCheck.violations(rich, tmp.resolve("ace-rich"))).isEmpty();
    }

    @Test
    void epubCheckFindsNothingInTheRicherArticle() {
        assertThat(EpubValidation.problemsIn(rich)).isEmpty();
    }

    @Test
    void everySourceLinksBackToEveryPlaceThatCitesIt() throws IOException {
        String article = entry(rich, "OEBPS/article.xhtml");
        String sources = entry(rich, "OEBPS/sources.xhtml");
        List<String> citations = all(article,
                "<a class=\"citation\" epub:type=\"noteref\" href=\"sources.xhtml#source-(\\d+)\" id=\"(cite-\\d+-\\d+)\" role=\"doc-noteref\"");
        List<String> backLinks = all(sources, "<a href=\"article.xhtml#(cite-\\d+-\\d+)\" role=\"doc-backlink\"");
        assertThat(citations).hasSize(article.split("class=\"citation\"").length - 1).hasSizeGreaterThan(8);
        assertThat(backLinks).containsExactlyInAnyOrderElementsOf(citations.stream().map(c -> c.split(" ")[1]).toList());
        for (String citation : citations) {
            String number = citation.split(" ")[0];
            String id = citation.split(" ")[1];
            assertThat(id).startsWith("cite-" + number + "-");
            assertThat(sources.substring(sources.indexOf("id=\"source-" + number + "\""))
                    .substring(0, sources.substring(sources.indexOf("id=\"source-" + number + "\"")).indexOf("</li>")))
                    .contains("href=\"article.xhtml#" + id + "\"");
        }
        assertThat(sources).contains("epub:type=\"endnotes\"", "role=\"doc-endnotes\"", "Back to text (1 of 4)",
                ">Back to text</a>");
    }

    @Test
    void blocksAreSectionsAndTheBoxesAsidesNamedByTheirHeadings() throws IOException {
        String article = entry(rich, "OEBPS/article.xhtml");
        assertThat(article).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n")
                .contains("lang=\"en-GB\" xml:lang=\"en-GB\"")
                .contains("<section class=\"chapter article\" id=\"article\">", "<header class=\"masthead\">")
                .contains("<aside aria-labelledby=\"clinic-view-heading\" class=\"box clinic-view deferrable\"")
                .contains("<h2 id=\"clinic-view-heading\">What we see at the clinic</h2>")
                .contains("<aside aria-labelledby=\"takeaway-heading\" class=\"box takeaway\" id=\"takeaway\">")
                .doesNotContain("<div class=\"section\"", "<div class=\"box");
    }

    @Test
    void metadataSaysWhatTheBookContains() throws IOException {
        String opf = entry(rich, "OEBPS/content.opf");
        assertThat(opf).contains("version=\"3.0\"")
                .contains("<opf:meta property=\"dcterms:modified\">2026-09-01T00:00:00Z</opf:meta>")
                .contains("<opf:meta property=\"dcterms:valid\">2026-09-01/2027-06-24</opf:meta>")
                .contains("<opf:meta property=\"schema:accessMode\">textual</opf:meta>")
                .contains("<opf:meta property=\"schema:accessModeSufficient\">textual</opf:meta>")
                .contains("<opf:meta property=\"schema:accessibilityFeature\">alternativeText</opf:meta>")
                .contains("<opf:meta property=\"schema:accessibilityHazard\">none</opf:meta>")
                .contains("<opf:meta property=\"dcterms:conformsTo\">EPUB Accessibility 1.1 - WCAG 2.1 Level AA</opf:meta>")
                .contains("Every image (3 in all, with the cover) has a text alternative.")
                .contains("Citations link to the list of sources at the end (5 in all)")
                .contains("properties=\"nav\"", "properties=\"cover-image\"", "<opf:meta content=\"cover-image\" name=\"cover\"/>")
                .contains("href=\"toc.ncx\"");
        assertThat(entry(sample, "OEBPS/content.opf")).contains("(1 in all)");
    }

    @Test
    void sameArticleSameBytesWhateverTheClock() throws IOException {
        Path again = epubOf(richArticle(tmp.resolve("in-again")), tmp.resolve("rich-again"));
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(rich));
        try (ZipFile zip = new ZipFile(rich.toFile())) {
            zip.stream().forEach(e -> assertThat(e.getTimeLocal()).hasToString("2026-06-24T00:00"));
        }
    }

    private static List<String> all(String text, String regex) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.groupCount() == 2 ? m.group(1) + " " + m.group(2) : m.group(1));
        }
        return found;
    }

    static String entry(Path epub, String name) throws IOException {
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
