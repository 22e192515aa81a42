package org.clinic.handouts.write;

import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.clinic.handouts.model.Article;
import org.openpdf.text.pdf.PdfBoolean;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfEncryption;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import org.xhtmlrenderer.pdf.DefaultPDFCreationListener;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * What Flying Saucer leaves out of the PDF's catalog and info: the language (for screen readers and
 * hyphenation in viewers), the title shown in the viewer's title bar, and dates and an ID that come from the
 * article instead of the clock, so that rendering twice gives the same bytes.
 */
final class PdfDocumentInfo extends DefaultPDFCreationListener {
    private final Article article;
    private final byte[] fileId;

    PdfDocumentInfo(Article article, byte[] fileId) {
        this.article = article;
        this.fileId = fileId.clone();
    }

    @Override
    public void onClose(ITextRenderer renderer) {
        PdfWriter writer = renderer.getWriter();
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(article.language()));
        writer.addViewerPreference(PdfName.DISPLAYDOCTITLE, PdfBoolean.PDFTRUE);
        PdfDictionary info = writer.getInfo();
        PdfDate date = new PdfDate(published());
        info.put(PdfName.CREATIONDATE, date);
        info.put(PdfName.MODDATE, date);
        info.put(PdfName.FILEID, PdfEncryption.createInfoId(fileId, fileId));
    }

    private Calendar published() {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        calendar.clear();
        calendar.set(article.published().getYear(), article.published().getMonthValue() - 1,
                article.published().getDayOfMonth());
        return calendar;
    }
}
