package org.clinic.handouts.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.xml.xmp.DublinCoreSchema;
import org.openpdf.text.xml.xmp.PdfA1Schema;
import org.openpdf.text.xml.xmp.PdfSchema;
import org.openpdf.text.xml.xmp.XmpBasicSchema;
import org.openpdf.text.xml.xmp.XmpWriter;

/**
 * The XMP metadata of a tagged leaflet: what the info dictionary says (XMP must agree with it), the PDF/UA-1
 * identification, and with PDF/A the PDF/A-2a identification and the extension schema PDF/A requires for the
 * PDF/UA property. Written without the usual padding: nobody edits a leaflet's metadata in place.
 */
final class UaMetadata {
    private static final String PDFUA_ID = "<pdfuaid:part>1</pdfuaid:part>";
    private static final String PDFUA_EXTENSION = "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">"
            + "<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>"
            + "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>"
            + "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>"
            + "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">"
            + "<pdfaProperty:name>part</pdfaProperty:name>"
            + "<pdfaProperty:valueType>Integer</pdfaProperty:valueType>"
            + "<pdfaProperty:category>internal</pdfaProperty:category>"
            + "<pdfaProperty:description>Part of ISO 14289 the file conforms to</pdfaProperty:description>"
            + "</rdf:li></rdf:Seq></pdfaSchema:property></rdf:li></rdf:Bag></pdfaExtension:schemas>";

    private UaMetadata() {}

    static byte[] xmp(PdfDictionary info, boolean pdfa) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
        try (XmpWriter xmp = new XmpWriter(out, XmpWriter.UTF8, 0)) {
            DublinCoreSchema dc = new DublinCoreSchema();
            PdfSchema pdf = new PdfSchema();
            XmpBasicSchema basic = new XmpBasicSchema();
            String title = text(info, PdfName.TITLE);
            if (title != null) {
                dc.addTitle(title);
            }
            if (text(info, PdfName.AUTHOR) != null) {
                dc.addAuthor(text(info, PdfName.AUTHOR));
            }
            if (text(info, PdfName.SUBJECT) != null) {
                dc.addSubject(text(info, PdfName.SUBJECT));
                dc.addDescription(text(info, PdfName.SUBJECT));
            }
            if (text(info, PdfName.KEYWORDS) != null) {
                pdf.addKeywords(text(info, PdfName.KEYWORDS));
            }
            if (text(info, PdfName.PRODUCER) != null) {
                pdf.addProducer(text(info, PdfName.PRODUCER));
            }
            if (text(info, PdfName.CREATOR) != null) {
                basic.addCreatorTool(text(info, PdfName.CREATOR));
            }
            if (info.get(PdfName.CREATIONDATE) instanceof PdfDate created) {
                basic.addCreateDate(created.getW3CDate());
            }
            if (info.get(PdfName.MODDATE) instanceof PdfDate modified) {
                basic.addModDate(modified.getW3CDate());
            }
            xmp.addRdfDescription(dc);
            xmp.addRdfDescription(pdf);
            xmp.addRdfDescription(basic);
            if (pdfa) {
                PdfA1Schema pdfaId = new PdfA1Schema();
                pdfaId.addPart("2");
                pdfaId.addConformance("A");
                xmp.addRdfDescription(pdfaId);
                xmp.addRdfDescription("xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\""
                        + " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\""
                        + " xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\"", PDFUA_EXTENSION);
            }
            xmp.addRdfDescription("xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"", PDFUA_ID);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String text(PdfDictionary info, PdfName key) {
        return info.get(key) instanceof PdfString s ? s.toUnicodeString() : null;
    }
}
