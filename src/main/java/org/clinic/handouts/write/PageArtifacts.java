package org.clinic.handouts.write;

import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfStructureElement;

/**
 * The marked content of a tagged page: between pieces of real content the page is inside an artifact, so
 * whatever else is painted (backgrounds, borders, rules, underlines, the logo) is never left unmarked. Until
 * the page's content area is clipped, Flying Saucer paints the page's margins (running footer, page number):
 * those are pagination artifacts.
 */
final class PageArtifacts {
    /** OpenPDF has no constant for it. */
    private static final PdfName ARTIFACT = new PdfName("Artifact");
    private static final PdfDictionary PAGINATION = new PdfDictionary();

    static {
        PAGINATION.put(PdfName.TYPE, new PdfName("Pagination"));
    }

    private PdfContentByte page;
    private boolean inMargins;
    private boolean open;
    /** Where the open artifact's operator starts in the page's content, and where what it marks starts. */
    private int start;
    private int body;

    void startPage(PdfContentByte content) {
        page = content;
        inMargins = true;
        open();
    }

    /** The margins are painted: what follows is the page's body. */
    void marginsPainted() {
        if (inMargins) {
            inMargins = false;
            if (open) {
                close();
                open();
            }
        }
    }

    void endPage() {
        close();
    }

    /** Paints as the content of {@code element}, outside the artifact. */
    void content(PdfStructureElement element, Runnable paint) {
        boolean reopen = open;
        close();
        page.beginMarkedContentSequence(element);
        paint.run();
        page.endMarkedContentSequence();
        if (reopen) {
            open();
        }
    }

    /** Runs what must not lie inside marked content: a clip change restores the graphics state (Q q). */
    void outside(Runnable change) {
        boolean reopen = open;
        close();
        change.run();
        if (reopen) {
            open();
        }
    }

    private void open() {
        start = page.getInternalBuffer().size();
        page.beginMarkedContentSequence(ARTIFACT, inMargins ? PAGINATION : null, true);
        body = page.getInternalBuffer().size();
        open = true;
    }

    /** Ends the open artifact, or takes it back when nothing was painted in it (most lie between two runs). */
    private void close() {
        if (open) {
            boolean empty = page.getInternalBuffer().size() == body;
            page.endMarkedContentSequence();
            if (empty) {
                page.getInternalBuffer().setSize(start);
            }
            open = false;
        }
    }
}
