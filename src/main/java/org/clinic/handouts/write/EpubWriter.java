package org.clinic.handouts.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nl.siegmann.epublib.domain.Book;
import nl.siegmann.epublib.domain.Date;
import nl.siegmann.epublib.domain.GuideReference;
import nl.siegmann.epublib.domain.Identifier;
import nl.siegmann.epublib.domain.Metadata;
import nl.siegmann.epublib.domain.Resource;
import nl.siegmann.epublib.domain.TOCReference;
import nl.siegmann.epublib.service.MediatypeService;
import org.clinic.handouts.model.Article;
import org.clinic.handouts.model.Asset;
import org.clinic.handouts.model.Clinic;
import org.clinic.handouts.render.Labels;
import org.clinic.handouts.render.Layout;
import org.clinic.handouts.render.Xhtml;
import org.w3c.dom.Document;

/**
 * Builds the EPUB 3 with epublib from the same XHTML as the PDF: a generated cover, one chapter per chapter block
 * with EPUB semantics ({@link EpubSemantics}), a navigation document and the EPUB 2 NCX, the e-reader stylesheet.
 * epublib writes EPUB 2 only, so its package file is rewritten ({@link PackageDocument}), and the zip gets fixed
 * entry times ({@link ReproducibleZip}) so the same article gives the same bytes.
 */
public final class EpubWriter {
    static final String STYLESHEET = "ebook.css";
    static final String COVER_PAGE = "cover.xhtml";
    private static final String NAV_ID = "nav";
    private static final String COVER_IMAGE_ID = "cover-image";

    private final Layout layout;
    private final byte[] css;
    /** Made on first use: a PDF-only run neither loads the cover's fonts nor reads its style. */
    private CoverImage cover;
    private final Map<String, Labels> labelsByLanguage = new ConcurrentHashMap<>();

    public EpubWriter(Layout layout) {
        this.layout = layout;
        this.css = layout.text(STYLESHEET).getBytes(StandardCharsets.UTF_8);
    }

    public byte[] write(Xhtml xhtml, Article article, Clinic clinic) {
        Labels labels = labelsByLanguage.computeIfAbsent(article.language(), l -> Labels.of(layout, l));
        Book book = new Book();
        describe(book.getMetadata(), article, clinic);
        book.getResources().add(new Resource("css", css, STYLESHEET, MediatypeService.CSS));
        for (Asset asset : xhtml.assets()) {
            book.getResources().add(new Resource(asset.fileName().replace('.', '-'), asset.bytes(), asset.fileName(),
                    MediatypeService.determineMediaType(asset.fileName())));
        }
        Document document = xhtml.document();
        EpubSemantics.apply(document, labels.notes());
        AccessibilityClaim claim = AccessibilityClaim.of(document, article.sources().size(), labels.accessibility());
        List<Chapter> chapters = Chapter.split(document, STYLESHEET);

        Resource coverPage = coverPage(book, article, clinic, labels);
        book.getSpine().addResource(coverPage);
        book.getGuide().addReference(new GuideReference(coverPage, GuideReference.COVER, labels.navigation().cover()));
        for (Chapter chapter : chapters) {
            Resource page = new Resource(chapter.id(), chapter.bytes(), chapter.fileName(), MediatypeService.XHTML);
            TOCReference entry = book.addSection(chapter.title(), page);
            for (Chapter.Heading heading : chapter.subheadings()) {
                entry.addChildSection(new TOCReference(heading.title(), page, heading.fragment()));
            }
            if (chapter == chapters.getFirst()) {
                book.getGuide().addReference(new GuideReference(page, GuideReference.TEXT, chapter.title()));
            }
        }
        byte[] nav = NavDocument.of(chapters, COVER_PAGE, article.language(), STYLESHEET, labels.navigation());
        book.getResources().add(new Resource(NAV_ID, nav, NavDocument.FILE_NAME, MediatypeService.XHTML));
        try {
            ByteArrayOutputStream raw = new ByteArrayOutputStream(64 * 1024);
            new nl.siegmann.epublib.epub.EpubWriter().write(book, raw);
            return ReproducibleZip.normalise(raw.toByteArray(), article.published().atStartOfDay(),
                    (name, bytes) -> name.endsWith(".opf")
                            ? PackageDocument.rewrite(bytes, article, claim, NAV_ID, COVER_IMAGE_ID) : bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot assemble the EPUB of " + article.name(), e);
        }
    }

    /** The cover image and the page that shows it, first in reading order. */
    private Resource coverPage(Book book, Article article, Clinic clinic, Labels labels) {
        byte[] png = cover().png(article.category(), article.title(), clinic.name(), clinic.colours());
        book.getResources().add(new Resource(COVER_IMAGE_ID, png, CoverImage.FILE_NAME, MediatypeService.PNG));
        EpubPage page = new EpubPage(article.language(), article.title(), STYLESHEET);
        page.body().setAttributeNS(EpubSemantics.OPS, "epub:type", "cover");
        page.body().setAttribute("class", "cover");
        var img = EpubPage.append(EpubPage.append(page.body(), "div"), "img");
        img.setAttribute("src", CoverImage.FILE_NAME);
        img.setAttribute("role", "doc-cover");
        img.setAttribute("alt", Labels.fill(labels.cover().alt(), Map.of("title", article.title(), "clinic", clinic.name())));
        Resource resource = new Resource("cover", page.bytes(), COVER_PAGE, MediatypeService.XHTML);
        book.getResources().add(resource);
        return resource;
    }

    private synchronized CoverImage cover() {
        if (cover == null) {
            cover = new CoverImage(layout);
        }
        return cover;
    }

    private static void describe(Metadata metadata, Article article, Clinic clinic) {
        metadata.addTitle(article.title());
        metadata.setLanguage(article.language());
        metadata.addPublisher(clinic.name());
        metadata.addDescription(article.standfirst());
        metadata.getSubjects().add(article.category());
        // The review dates go into the package as dcterms:modified and dcterms:valid (PackageDocument).
        metadata.addDate(new Date(article.published().toString(), Date.Event.PUBLICATION));
        metadata.addIdentifier(new Identifier(Identifier.Scheme.UUID, identifier(article, clinic)));
    }

    /** Stable for the article (clinic + file name), not its text: an edited leaflet is the same book, updated. */
    static String identifier(Article article, Clinic clinic) {
        String key = "handouts:" + clinic.name() + "/" + article.name();
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
