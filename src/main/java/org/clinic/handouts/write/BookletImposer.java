package org.clinic.handouts.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.clinic.handouts.model.Article;
import org.openpdf.text.Document;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfEncryption;
import org.openpdf.text.pdf.PdfImportedPage;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfString;

/**
 * Imposes booklet pages two-up on landscape sheets in saddle-stitch order: print double-sided (flip on the short
 * edge), fold the stack in half, and the pages read 1, 2, 3… Blank pages pad the booklet to a multiple of four.
 */
final class BookletImposer {
    private BookletImposer() {}

    static byte[] impose(byte[] pdf, Article article, byte[] fileId) {
        try {
            PdfReader reader = new PdfReader(pdf);
            Rectangle page = reader.getPageSize(1);
            int pages = reader.getNumberOfPages();
            int padded = (pages + 3) / 4 * 4;
            Rectangle sheet = new Rectangle(page.getWidth() * 2, page.getHeight());
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 16 * 1024);
            Document document = new Document(sheet, 0, 0, 0, 0);
            org.openpdf.text.pdf.PdfWriter writer = org.openpdf.text.pdf.PdfWriter.getInstance(document, out);
            writer.setPdfVersion(org.openpdf.text.pdf.PdfWriter.VERSION_1_7);
            writer.setFullCompression();
            document.open();
            for (int side = 0; side < padded / 2; side++) {
                int[] pair = sides(side, padded);
                document.newPage();
                writer.setPageEmpty(false);
                PdfContentByte canvas = writer.getDirectContent();
                place(writer, reader, canvas, pair[0], pages, 0);
                place(writer, reader, canvas, pair[1], pages, page.getWidth());
            }
            describe(writer, reader, article, fileId);
            document.close();
            reader.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot impose the booklet of " + article.name(), e);
        }
    }

    /**
     * The booklet pages (1-based) on the left and right of printed side {@code side}: sheet k carries
     * n−2k and 2k+1 on its front, 2k+2 and n−2k−1 on its back.
     */
    static int[] sides(int side, int pageCount) {
        int sheet = side / 2;
        return side % 2 == 0
                ? new int[] {pageCount - 2 * sheet, 2 * sheet + 1}
                : new int[] {2 * sheet + 2, pageCount - 2 * sheet - 1};
    }

    private static void place(org.openpdf.text.pdf.PdfWriter writer, PdfReader reader, PdfContentByte canvas,
                              int number, int realPages, float x) {
        if (number <= realPages) {
            PdfImportedPage imported = writer.getImportedPage(reader, number);
            canvas.addTemplate(imported, x, 0);
        }
    }

    private static void describe(org.openpdf.text.pdf.PdfWriter writer, PdfReader reader, Article article,
                                 byte[] fileId) {
        var info = writer.getInfo();
        reader.getInfo().forEach((key, value) -> {
            if (value != null && !key.equals("FileID")) {
                info.put(new PdfName(key), new PdfString(value, PdfString.TEXT_UNICODE));
            }
        });
        PdfDate date = new PdfDate(PdfDocumentInfo.calendar(article.published()));
        info.put(PdfName.CREATIONDATE, date);
        info.put(PdfName.MODDATE, date);
        info.put(PdfName.FILEID, PdfEncryption.createInfoId(fileId, fileId));
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(article.language()));
    }
}
