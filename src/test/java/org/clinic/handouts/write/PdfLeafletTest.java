package org.clinic.handouts.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;
import org.clinic.handouts.Samples;
import org.clinic.handouts.load.ArticleLoader;
import org.clinic.handouts.load.ClinicLoader;
import org.clinic.handouts.model.Article;
import org.clinic.handouts.model.Inline;
import org.clinic.handouts.model.Paragraph;
import org.clinic.handouts.model.Problems;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample leaflet, read back with PDFBox as a reader (and a printer) would meet it. */
class PdfLeafletTest {
    @TempDir
    static Path out;
    static Path file;
    static PDDocument pdf;
    static Article article;

    @BeforeAll
    static void render() {
        Samples.render(Samples.CAR_NK, out);
        file = out.resolve("car-nk-cells.pdf");
        pdf = PdfPages.open(file);
        Problems problems = new Problems(Samples.CAR_NK);
        article = new ArticleLoader(ClinicLoader.load(Samples.CONTENT.resolve("clinic.yaml"), problems).orElseThrow())
                .load(Samples.CAR_NK, problems).orElseThrow().article();
    }

    @AfterAll
    static void close() throws IOException {
        pdf.close();
    }

    @Test
    void everyHeadingAndParagraphAppearsInOrder() {
        String text = PdfPages.flatText(pdf);
        List<String> expected = new ArrayList<>();
        expected.add(article.category().toUpperCase(java.util.Locale.ROOT));
        expected.add(PdfPages.englishQuotes(article.title()));
        expected.add(PdfPages.englishQuotes(article.standfirst()));
        expected.add("24 Jun 2026");
        expected.add("5 min read");
        article.intro().forEach(p -> expected.add(plain(p)));
        article.sections().forEach(s -> {
            expected.add(PdfPages.englishQuotes(s.heading()));
            s.paragraphs().forEach(p -> expected.add(plain(p)));
        });
        expected.add("What we see at the clinic");
        article.clinicView().forEach(p -> expected.add(plain(p)));
        expected.add("Common questions");
        article.questions().forEach(q -> {
            expected.add(PdfPages.englishQuotes(q.question()));
            q.answer().forEach(p -> expected.add(plain(p)));
        });
        expected.add("KEY TAKEAWAY");
        expected.add(plain(article.takeaway()));
        expected.add("Sources");
        expected.add(article.sources().getFirst().title());
        expected.add(article.sources().getFirst().url());
        expected.add("Disclaimer");
        article.disclaimer().forEach(p -> expected.add(plain(p)));

        // Compared without whitespace: lines may break after a hyphen ("CAR-" / "T"), which extraction spaces out.
        String letters = text.replaceAll("\\s+", "");
        int from = 0;
        for (String piece : expected) {
            String wanted = piece.replaceAll("\\s+", "");
            int at = letters.indexOf(wanted, from);
            assertThat(at).as("«%s» in order", piece).isGreaterThanOrEqualTo(0);
            from = at + wanted.length();
        }
    }

    @Test
    void endsWithTheSourcesPageThenTheDisclaimerPage() {
        int pages = pdf.getNumberOfPages();
        assertThat(pages).isGreaterThanOrEqualTo(3);
        String sources = PdfPages.text(pdf, pages - 1);
        assertThat(sources.strip()).startsWith("Sources");
        assertThat(PdfPages.flatten(sources)).contains("[1] Chimeric antigen receptor natural killer (CAR-NK) cells")
                .contains("https://pmc.ncbi.nlm.nih.gov/articles/PMC12607298/");
        String disclaimer = PdfPages.text(pdf, pages);
        assertThat(disclaimer.strip()).startsWith("Disclaimer");
        assertThat(PdfPages.flatten(disclaimer)).contains("not medical advice");
        for (int page = 1; page < pages - 1; page++) {
            assertThat(PdfPages.text(pdf, page)).doesNotContain("Disclaimer");
        }
    }

    @Test
    void everyPageHasTheRunningFooter() {
        int pages = pdf.getNumberOfPages();
        for (int page = 1; page <= pages; page++) {
            assertThat(PdfPages.flatten(PdfPages.text(pdf, page)))
                    .contains(PdfPages.englishQuotes(article.title()))
                    .contains("Page " + page + " of " + pages);
        }
    }

    @Test
    void marginsHoldOnlyTheFooterAndNoStrayLines() throws IOException {
        int pages = pdf.getNumberOfPages();
        for (int page = 1; page <= pages; page++) {
            PDPage pdPage = pdf.getPage(page - 1);
            float width = pdPage.getMediaBox().getWidth();
            float height = pdPage.getMediaBox().getHeight();
            PDFTextStripperByArea margins = new PDFTextStripperByArea();
            margins.setSortByPosition(true);
            margins.addRegion("top", new Rectangle2D.Float(0, 0, width, 18 * 72 / 25.4f - 2));
            margins.addRegion("bottom", new Rectangle2D.Float(0, height - 22 * 72 / 25.4f + 2, width, 22 * 72 / 25.4f - 2));
            margins.extractRegions(pdPage);
            assertThat(margins.getTextForRegion("top").strip()).as("top margin of page %d", page).isEmpty();
            assertThat(PdfPages.flatten(margins.getTextForRegion("bottom")))
                    .as("bottom margin of page %d", page)
                    .isEqualTo(PdfPages.englishQuotes(article.title()) + " Page " + page + " of " + pages);
        }
    }

    @Test
    void keyTakeawaySitsWholeInsideItsBox() throws IOException {
        int page = pageContaining("KEY TAKEAWAY");
        PDPage pdPage = pdf.getPage(page - 1);
        float height = pdPage.getMediaBox().getHeight();
        List<TextPosition> chars = PdfPages.characters(pdf, page);
        TextPosition label = null;
        for (int i = 0; i + 2 < chars.size(); i++) {
            if ((chars.get(i).getUnicode() + chars.get(i + 1).getUnicode() + chars.get(i + 2).getUnicode()).equals("KEY")) {
                label = chars.get(i);
                break;
            }
        }
        assertThat(label).as("the KEY TAKEAWAY label").isNotNull();
        double x = label.getXDirAdj() + 1;
        double y = height - label.getYDirAdj() + 1;
        Rectangle2D box = FilledRectangles.on(pdPage).stream().filter(r -> r.contains(x, y))
                .min(java.util.Comparator.comparingDouble(r -> r.getWidth() * r.getHeight()))
                .orElseThrow(() -> new AssertionError("no box drawn behind the key takeaway"));
        assertThat(box.getWidth()).isLessThan(pdPage.getMediaBox().getWidth() - 100);

        PDFTextStripperByArea inside = new PDFTextStripperByArea();
        inside.addRegion("box", new Rectangle2D.Double(box.getX(), height - box.getMaxY(), box.getWidth(), box.getHeight()));
        inside.extractRegions(pdPage);
        assertThat(PdfPages.flatten(inside.getTextForRegion("box")))
                .startsWith("KEY TAKEAWAY")
                .contains(PdfPages.flatten(plain(article.takeaway())));
    }

    @Test
    void bodyNeverEndsOnAMostlyEmptyPage() {
        int lastBodyPage = pdf.getNumberOfPages() - 2;
        if (lastBodyPage > 1) {
            PDPage page = pdf.getPage(lastBodyPage - 1);
            float height = page.getMediaBox().getHeight();
            double lowestBodyText = PdfPages.characters(pdf, lastBodyPage).stream()
                    .filter(c -> c.getYDirAdj() < height - 25 * 72 / 25.4)  // above the footer
                    .mapToDouble(TextPosition::getYDirAdj).max().orElse(0);
            assertThat(lowestBodyText / height).as("fill of the last body page").isGreaterThan(0.45);
        }
    }

    @Test
    void fontsAreEmbeddedAndSubset() throws IOException {
        List<String> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                fonts.add(font.getName());
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                assertThat(font.getName()).as("subset prefix").matches("[A-Z]{6}\\+.+");
            }
        }
        assertThat(fonts).anyMatch(f -> f.contains("CharisSIL")).anyMatch(f -> f.contains("Lato"));
    }

    @Test
    void bodyTextIsRegularCharisAndHeadingsAreBoldLato() {
        List<TextPosition> page1 = PdfPages.characters(pdf, 1);
        String text = page1.stream().map(TextPosition::getUnicode).reduce("", String::concat);
        TextPosition body = page1.get(text.indexOf("CAR-Ttherapyproved") >= 0 ? text.indexOf("CAR-Ttherapyproved")
                : text.indexOf("CAR-T therapy proved"));
        TextPosition heading = page1.get(text.indexOf("What question did"));
        assertThat(body.getFont().getName()).endsWith("+CharisSIL");
        assertThat(heading.getFont().getName()).endsWith("+Lato-Bold");
    }

    @Test
    void citationsLinkToTheSourcesPageAndUrlsAreClickable() throws IOException {
        int sourcesPage = pdf.getNumberOfPages() - 1;
        List<Integer> citationTargets = new ArrayList<>();
        List<String> uris = new ArrayList<>();
        for (int i = 0; i < pdf.getNumberOfPages(); i++) {
            for (var annotation : pdf.getPage(i).getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link) {
                    if (link.getAction() instanceof PDActionURI uri) {
                        uris.add(uri.getURI());
                    } else if (link.getAction() instanceof PDActionGoTo goTo
                            && goTo.getDestination() instanceof PDPageDestination destination) {
                        citationTargets.add(destination.retrievePageNumber() + 1);
                    } else if (link.getDestination() instanceof PDPageDestination destination) {
                        citationTargets.add(destination.retrievePageNumber() + 1);
                    }
                }
            }
        }
        long citations = PdfPages.flatText(pdf).split("\\[1]", -1).length - 1 - 1;  // minus the sources entry
        assertThat(citationTargets).hasSize((int) citations).containsOnly(sourcesPage);
        assertThat(uris).contains("https://pmc.ncbi.nlm.nih.gov/articles/PMC12607298/");
    }

    @Test
    void metadataDescribesTheArticle() {
        var info = pdf.getDocumentInformation();
        assertThat(info.getTitle()).isEqualTo(article.title());
        assertThat(info.getAuthor()).isEqualTo("Northbridge Cell Therapy Clinic");
        assertThat(info.getSubject()).isEqualTo(article.standfirst());
        assertThat(info.getKeywords()).isEqualTo("Immune Health");
        assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
        Calendar created = info.getCreationDate();
        created.setTimeZone(TimeZone.getTimeZone("UTC"));
        assertThat(created.get(Calendar.YEAR)).isEqualTo(2026);
        assertThat(created.get(Calendar.MONTH)).isEqualTo(Calendar.JUNE);
        assertThat(created.get(Calendar.DAY_OF_MONTH)).isEqualTo(24);
    }

    @Test
    void bookmarksListTheSections() {
        List<String> titles = new ArrayList<>();
        collect(pdf.getDocumentCatalog().getDocumentOutline().children(), titles);
        assertThat(titles).contains(PdfPages.englishQuotes(article.title()), "What we see at the clinic", "Common questions",
                "Key takeaway", "Sources", "Disclaimer");
        article.sections().forEach(s -> assertThat(titles).contains(PdfPages.englishQuotes(s.heading())));
    }

    @Test
    void sameInputGivesTheSameBytes(@TempDir Path again) throws IOException {
        Samples.render(Samples.CAR_NK, again);
        assertThat(Samples.sha256(again.resolve("car-nk-cells.pdf"))).isEqualTo(Samples.sha256(file));
        assertThat(Samples.sha256(again.resolve("car-nk-cells.epub")))
                .isEqualTo(Samples.sha256(out.resolve("car-nk-cells.epub")));
    }

    @Test
    void staysSmallEnoughToEmail() throws IOException {
        assertThat(Files.size(file)).isLessThan(120_000);
    }

    private static void collect(Iterable<PDOutlineItem> items, List<String> titles) {
        for (PDOutlineItem item : items) {
            titles.add(item.getTitle());
            collect(item.children(), titles);
        }
    }

    private int pageContaining(String text) {
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            if (PdfPages.text(pdf, page).contains(text)) {
                return page;
            }
        }
        throw new AssertionError("no page contains " + text);
    }

    static String plain(Paragraph p) {
        StringBuilder out = new StringBuilder();
        p.content().forEach(i -> plain(i, out));
        return PdfPages.englishQuotes(out.toString());
    }

    private static void plain(Inline inline, StringBuilder out) {
        switch (inline) {
            case Inline.Text t -> out.append(t.text());
            case Inline.Citation c -> out.append('[').append(c.number()).append(']');
            case Inline.Emphasis e -> e.children().forEach(i -> plain(i, out));
            case Inline.Strong s -> s.children().forEach(i -> plain(i, out));
            case Inline.Link l -> l.children().forEach(i -> plain(i, out));
            case Inline.LineBreak b -> out.append(' ');
        }
    }
}
