package org.clinic.handouts.write;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
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
 * What Flying Saucer leaves out of the PDF's catalog and info: the language (for screen readers), the title in
 * the viewer's title bar, the review dates, dates and an ID that come from the article instead of the clock (so
 * rendering twice gives the same bytes), and for PDF/A the sRGB output intent and XMP metadata.
 */
final class PdfDocumentInfo extends DefaultPDFCreationListener {
    private final Article article;
    private final byte[] fileId;
    private final boolean pdfa;

    PdfDocumentInfo(Article article, byte[] fileId, boolean pdfa) {
        this.article = article;
        this.fileId = fileId.clone();
        this.pdfa = pdfa;
    }

    static Calendar calendar(LocalDate date) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        calendar.clear();
        calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
        return calendar;
    }

    @Override
    public void preWrite(ITextRenderer renderer, int pageCount) {
        if (pdfa) {
            try {
                // In preWrite, not preOpen: only now does the writer have a body to hold the profile.
                renderer.getWriter().setOutputIntents("sRGB IEC61966-2.1", "", "http://www.color.org",
                        "sRGB IEC61966-2.1", ICC_Profile.getInstance(ColorSpace.CS_sRGB));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void onClose(ITextRenderer renderer) {
        PdfWriter writer = renderer.getWriter();
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(article.language()));
        writer.addViewerPreference(PdfName.DISPLAYDOCTITLE, PdfBoolean.PDFTRUE);
        PdfDictionary info = writer.getInfo();
        PdfDate date = new PdfDate(calendar(article.published()));
        info.put(PdfName.CREATIONDATE, date);
        info.put(PdfName.MODDATE, date);
        if (article.reviewed() != null) {
            info.put(new PdfName("Reviewed"), new PdfString(article.reviewed().toString()));
        }
        if (article.nextReview() != null) {
            info.put(new PdfName("NextReview"), new PdfString(article.nextReview().toString()));
        }
        info.put(PdfName.FILEID, PdfEncryption.createInfoId(fileId, fileId));
        if (pdfa) {
            writer.createXmpMetadata();  // after the info is complete: XMP must agree with it
        }
    }
}
