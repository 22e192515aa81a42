package org.clinic.handouts.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfStream;
import org.openpdf.text.pdf.PdfWriter;
import org.xhtmlrenderer.pdf.PDFCreationListener;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * Makes a leaflet a tagged PDF (PDF/UA-1, and PDF/A-2a with {@code --pdfa}): the structure tree built from the
 * XHTML before the pages are drawn, tab order by structure on every page, and XMP metadata that declares
 * PDF/UA. The catalog's language and the title shown in the viewer come from {@link PdfDocumentInfo}, which
 * this wraps.
 */
final class TaggedPdf implements PDFCreationListener {
    private final PDFCreationListener info;
    private final boolean pdfa;

    TaggedPdf(PDFCreationListener info, boolean pdfa) {
        this.info = info;
        this.pdfa = pdfa;
    }

    @Override
    public void preOpen(ITextRenderer renderer) {
        info.preOpen(renderer);
        PdfWriter writer = renderer.getWriter();
        writer.setTagged();
        writer.setTabs(PdfName.S);
    }

    @Override
    public void preWrite(ITextRenderer renderer, int pageCount) {
        info.preWrite(renderer, pageCount);
        // Only now, with the document open, can the writer number the tree's objects; the first page has been
        // started but nothing is painted on it yet.
        ((TaggedOutputDevice) renderer.getOutputDevice())
                .tag(StructureTree.of(renderer.getWriter().getStructureTreeRoot(), renderer.getDocument()));
    }

    @Override
    public void onClose(ITextRenderer renderer) {
        info.onClose(renderer);
        PdfWriter writer = renderer.getWriter();
        byte[] xmp = UaMetadata.xmp(writer.getInfo(), pdfa);
        if (pdfa) {
            writer.setXmpMetadata(xmp);  // PDF/A wants the metadata stream unfiltered
            return;
        }
        // Compressed: a leaflet's metadata is read by programs, and it would be a twentieth of the file as text.
        PdfStream stream = new PdfStream(xmp);
        stream.put(PdfName.TYPE, PdfName.METADATA);
        stream.put(PdfName.SUBTYPE, PdfName.XML);
        stream.flateCompress();
        try {
            writer.getExtraCatalog().put(PdfName.METADATA, writer.addToBody(stream).getIndirectReference());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
