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
            return ReproducibleZip.normalise(raw.toByteArray(), article.published().atStartOfDay(),
                    (name, bytes) -> name.endsWith(".opf") ? labelReviewDates(bytes, article) : bytes);
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
        // Written without an event here; labelled in the package file afterwards (see labelReviewDates).
        if (article.reviewed() != null) {
            metadata.addDate(new Date(article.reviewed().toString(), (Date.Event) null));
        }
        if (article.nextReview() != null) {
            metadata.addDate(new Date(article.nextReview().toString(), (Date.Event) null));
        }
        metadata.addIdentifier(new Identifier(Identifier.Scheme.UUID, identifier(article, clinic)));
    }

    /**
     * OPF 2 leaves date events open ("creation, publication, and modification" are only examples), but epublib
     * writes only those three: the review dates get their own labels here, in the package file it wrote.
     */
    static byte[] labelReviewDates(byte[] opf, Article article) {
        String text = new String(opf, StandardCharsets.UTF_8);
        if (article.reviewed() != null) {
            text = text.replaceFirst("<dc:date>" + article.reviewed() + "</dc:date>",
                    "<dc:date opf:event=\"reviewed\">" + article.reviewed() + "</dc:date>");
        }
        if (article.nextReview() != null) {
            text = text.replaceFirst("<dc:date>" + article.nextReview() + "</dc:date>",
                    "<dc:date opf:event=\"next-review\">" + article.nextReview() + "</dc:date>");
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Stable for the article (clinic + file name), not its text: an edited leaflet is the same book, updated. */
    static String identifier(Article article, Clinic clinic) {
        String key = "handouts:" + clinic.name() + "/" + article.name();
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
