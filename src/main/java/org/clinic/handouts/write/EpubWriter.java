package org.clinic.handouts.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
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
import org.clinic.handouts.render.Layout;
import org.clinic.handouts.render.Xhtml;

/**
 * Builds the EPUB with epublib from the same XHTML as the PDF: one chapter per {@code div.chapter}, a table of
 * contents from the headings, the e-reader stylesheet, and metadata. The zip is then rewritten with fixed
 * entry times ({@link ReproducibleZip}) so the same article gives the same bytes.
 */
public final class EpubWriter {
    static final String STYLESHEET = "ebook.css";

    private final byte[] css;

    public EpubWriter(Layout layout) {
        this.css = layout.text(STYLESHEET).getBytes(StandardCharsets.UTF_8);
    }

    public byte[] write(Xhtml xhtml, Article article, Clinic clinic) {
        Book book = new Book();
        describe(book.getMetadata(), article, clinic);
        book.getResources().add(new Resource("css", css, STYLESHEET, MediatypeService.CSS));
        for (Asset asset : xhtml.assets()) {
            book.getResources().add(new Resource(asset.fileName().replace('.', '-'), asset.bytes(), asset.fileName(),
                    MediatypeService.determineMediaType(asset.fileName())));
        }

        List<Chapter> chapters = Chapter.split(xhtml.document(), STYLESHEET);
        for (Chapter chapter : chapters) {
            Resource page = new Resource(chapter.id(), chapter.bytes(), chapter.fileName(), MediatypeService.XHTML);
            TOCReference entry = book.addSection(chapter.title(), page);
            for (Chapter.Heading heading : chapter.subheadings()) {
                entry.addChildSection(new TOCReference(heading.title(), page, heading.fragment()));
            }
            if (chapter == chapters.getFirst()) {
                // EPUB 2 requires a non-empty guide; the article's start is where readers should open.
                book.getGuide().addReference(new GuideReference(page, GuideReference.TEXT, chapter.title()));
            }
        }
        try {
            ByteArrayOutputStream raw = new ByteArrayOutputStream(32 * 1024);
            new nl.siegmann.epublib.epub.EpubWriter().write(book, raw);
            return ReproducibleZip.normalise(raw.toByteArray(), article.published().atStartOfDay());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot assemble the EPUB of " + article.name(), e);
        }
    }

    private static void describe(Metadata metadata, Article article, Clinic clinic) {
        metadata.addTitle(article.title());
        metadata.setLanguage(article.language());
        metadata.addPublisher(clinic.name());
        metadata.addDescription(article.standfirst());
        metadata.getSubjects().add(article.category());
        metadata.addDate(new Date(article.published().toString(), Date.Event.PUBLICATION));
        // OPF 2 leaves date events open: the review dates travel with the book.
        if (article.reviewed() != null) {
            metadata.addDate(new Date(article.reviewed().toString(), "reviewed"));
        }
        if (article.nextReview() != null) {
            metadata.addDate(new Date(article.nextReview().toString(), "next-review"));
        }
        metadata.addIdentifier(new Identifier(Identifier.Scheme.UUID, identifier(article, clinic)));
    }

    /** Stable for the article (clinic + file name), not its text: an edited leaflet is the same book, updated. */
    static String identifier(Article article, Clinic clinic) {
        String key = "handouts:" + clinic.name() + "/" + article.name();
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
