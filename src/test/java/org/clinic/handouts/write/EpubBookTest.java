package org.clinic.handouts.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import nl.siegmann.epublib.domain.Book;
import nl.siegmann.epublib.domain.Resource;
import nl.siegmann.epublib.domain.SpineReference;
import nl.siegmann.epublib.domain.TOCReference;
import nl.siegmann.epublib.epub.EpubReader;
import org.clinic.handouts.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample e-book: valid for EPUBCheck, with the cover, the article, then sources, then disclaimer. */
class EpubBookTest {
    @TempDir
    static Path out;
    static Path file;
    static Book book;

    @BeforeAll
    static void render() throws IOException {
        Samples.render(Samples.CAR_NK, out);
        file = out.resolve("car-nk-cells.epub");
        try (var in = java.nio.file.Files.newInputStream(file)) {
            book = new EpubReader().readEpub(in);
        }
    }

    @Test
    void epubCheckFindsNoErrorsAndNoWarnings() {
        assertThat(EpubValidation.problemsIn(file)).isEmpty();
    }

    @Test
    void chaptersAreTheCoverArticleThenSourcesThenDisclaimer() throws IOException {
        List<String> spine = new ArrayList<>();
        for (SpineReference ref : book.getSpine().getSpineReferences()) {
            spine.add(ref.getResource().getHref());
        }
        assertThat(spine).containsExactly("cover.xhtml", "article.xhtml", "sources.xhtml", "disclaimer.xhtml");
        assertThat(chapter("article.xhtml")).contains("<h1 id=\"title\">CAR-NK Cells: Could ‘Off-the-Shelf’ Immune")
                .contains("What we see at the clinic").contains("Key takeaway")
                .contains("A 2025 review shows it genuinely crossing from the lab");
        assertThat(chapter("sources.xhtml")).contains("<h2>Sources</h2>").contains("<li class=\"source\" epub:type=\"endnote\" id=\"source-1\">")
                .contains("href=\"https://pmc.ncbi.nlm.nih.gov/articles/PMC12607298/\"");
        assertThat(chapter("disclaimer.xhtml")).contains("<h2>Disclaimer</h2>").contains("not medical advice");
    }

    @Test
    void citationsPointIntoTheSourcesChapter() throws IOException {
        assertThat(chapter("article.xhtml")).contains("href=\"sources.xhtml#source-1\"")
                .doesNotContain("href=\"#source-1\"");
    }

    @Test
    void tableOfContentsListsChaptersAndSections() {
        List<String> titles = new ArrayList<>();
        for (TOCReference ref : book.getTableOfContents().getTocReferences()) {
            titles.add(ref.getTitle());
            ref.getChildren().forEach(child -> titles.add("  " + child.getTitle()));
        }
        assertThat(titles).startsWith("CAR-NK Cells: Could ‘Off-the-Shelf’ Immune Therapy Follow CAR-T?",
                        "  What question did the researchers ask?")
                .contains("  What we see at the clinic", "  Common questions", "  Key takeaway")
                .endsWith("Sources", "Disclaimer");
    }

    @Test
    void metadataNamesTheClinicAndAStableIdentifier() {
        var metadata = book.getMetadata();
        assertThat(metadata.getFirstTitle()).isEqualTo("CAR-NK Cells: Could 'Off-the-Shelf' Immune Therapy Follow CAR-T?");
        assertThat(metadata.getLanguage()).isEqualTo("en-GB");
        assertThat(metadata.getPublishers()).containsExactly("Northbridge Cell Therapy Clinic");
        assertThat(metadata.getDates()).extracting(Object::toString).anyMatch(d -> d.contains("2026-06-24"));
        assertThat(metadata.getIdentifiers()).singleElement()
                .satisfies(id -> assertThat(id.getValue()).isEqualTo(
                        java.util.UUID.nameUUIDFromBytes("handouts:Northbridge Cell Therapy Clinic/car-nk-cells"
                                .getBytes(StandardCharsets.UTF_8)).toString()));
    }

    @Test
    void mimetypeComesFirstUncompressedAndEntryTimesAreFixed() throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry first = zip.entries().nextElement();
            assertThat(first.getName()).isEqualTo("mimetype");
            assertThat(first.getMethod()).isEqualTo(ZipEntry.STORED);
            zip.stream().forEach(e -> assertThat(e.getTimeLocal()).isEqualTo("2026-06-24T00:00"));
        }
    }

    @Test
    void carriesTheClinicsLogoContactAndQrCode() throws IOException {
        assertThat(chapter("article.xhtml")).contains("src=\"logo.svg\"").contains("Northbridge Cell Therapy Clinic");
        assertThat(chapter("disclaimer.xhtml")).contains("14 Harbour Row").contains("Telephone 01632 960 412")
                .contains("src=\"qr.png\"").contains("Next review due 24 Jun 2027");
        assertThat(book.getResources().getByHref("logo.svg").getMediaType().getName()).isEqualTo("image/svg+xml");
        assertThat(book.getResources().getByHref("qr.png").getMediaType().getName()).isEqualTo("image/png");
        String opf = new String(book.getOpfResource().getData(), StandardCharsets.UTF_8);
        assertThat(opf).contains("<dc:date>2026-06-24</dc:date>")
                .contains("<opf:meta property=\"dcterms:modified\">2026-06-24T00:00:00Z</opf:meta>")
                .contains("<opf:meta property=\"dcterms:valid\">2026-06-24/2027-06-24</opf:meta>");
    }

    @Test
    void carriesNoFontsSoReadersUseTheirOwn() {
        assertThat(book.getResources().getAll()).extracting(Resource::getHref)
                .noneMatch(href -> href.endsWith(".ttf") || href.endsWith(".otf"));
    }

    @Test
    void isEpub3WithANavigationDocumentAndTheNcxForOlderReaders() throws IOException {
        String opf = new String(book.getOpfResource().getData(), StandardCharsets.UTF_8);
        assertThat(opf).contains("version=\"3.0\"").contains("<opf:spine toc=\"ncx\">")
                .doesNotContain("opf:event", "opf:scheme");
        assertThat(chapter("nav.xhtml")).contains("<nav epub:type=\"toc\" id=\"toc\" role=\"doc-toc\"><h2>Contents</h2>")
                .contains("<a href=\"article.xhtml#section-1\">What question did the researchers ask?</a>")
                .contains("<nav epub:type=\"landmarks\" hidden=\"hidden\"><h2>Guide</h2>")
                .contains("<a epub:type=\"cover\" href=\"cover.xhtml\">Cover</a>")
                .contains("<a epub:type=\"bodymatter\" href=\"article.xhtml\">Start of the article</a>")
                .contains("<a epub:type=\"endnotes\" href=\"sources.xhtml\">Sources</a>");
        assertThat(book.getResources().getByHref("toc.ncx")).isNotNull();
        for (String page : List.of("cover.xhtml", "article.xhtml", "sources.xhtml", "disclaimer.xhtml", "nav.xhtml")) {
            assertThat(chapter(page)).as(page).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n")
                    .contains("lang=\"en-GB\" xml:lang=\"en-GB\"");
        }
    }

    @Test
    void theCoverIsDrawnInTheClinicsColoursWithATextAlternative() throws IOException {
        var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(
                book.getResources().getByHref("cover.png").getData()));
        assertThat(image.getWidth()).isEqualTo(1400);
        assertThat(image.getHeight()).isEqualTo(2100);
        assertThat(image.getRGB(5, 5) & 0xffffff).isEqualTo(0x0b4650);      // primary, behind the title
        assertThat(image.getRGB(5, 2095) & 0xffffff).isEqualTo(0xeef5f5);   // tint, behind the clinic's name
        assertThat(chapter("cover.xhtml")).contains("<img alt=\"Cover: CAR-NK Cells: Could 'Off-the-Shelf' Immune"
                + " Therapy Follow CAR-T?, from Northbridge Cell Therapy Clinic\" role=\"doc-cover\" src=\"cover.png\"/>");
    }

    @Test
    void linksInRunningTextAreUnderlined() throws IOException {
        assertThat(chapter("ebook.css")).contains("a { text-decoration: underline; }").doesNotContain("text-decoration: none");
    }

    private static String chapter(String href) throws IOException {
        return new String(book.getResources().getByHref(href).getData(), StandardCharsets.UTF_8);
    }
}
