package org.clinic.handouts.write;

import java.nio.charset.StandardCharsets;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;

/**
 * The XMP metadata of a tagged leaflet: what the info dictionary says (XMP must agree with it), the PDF/UA-1
 * identification, and with PDF/A the PDF/A-2a identification and the extension schema PDF/A requires for the
 * PDF/UA property. Written as text, without the usual padding: nobody edits a leaflet's metadata in place.
 */
final class UaMetadata {
    private static final String PDFUA_EXTENSION = "<rdf:Description rdf:about=\"\""
            + " xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\""
            + " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\""
            + " xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">"
            + "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">"
            + "<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>"
            + "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>"
            + "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>"
            + "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">"
            + "<pdfaProperty:name>part</pdfaProperty:name>"
            + "<pdfaProperty:valueType>Integer</pdfaProperty:valueType>"
            + "<pdfaProperty:category>internal</pdfaProperty:category>"
            + "<pdfaProperty:description>Part of ISO 14289 the file conforms to</pdfaProperty:description>"
            + "</rdf:li></rdf:Seq></pdfaSchema:property></rdf:li></rdf:Bag></pdfaExtension:schemas>"
            + "</rdf:Description>\n";

    private UaMetadata() {}

    static byte[] xmp(PdfDictionary info, boolean pdfa) {
        StringBuilder xmp = new StringBuilder(2048)
                .append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
                .append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">")
                .append("<dc:format>application/pdf</dc:format>");
        property(xmp, "dc:title", "rdf:Alt", text(info, PdfName.TITLE));
        property(xmp, "dc:creator", "rdf:Seq", text(info, PdfName.AUTHOR));
        property(xmp, "dc:description", "rdf:Alt", text(info, PdfName.SUBJECT));
        property(xmp, "dc:subject", "rdf:Bag", text(info, PdfName.SUBJECT));
        xmp.append("</rdf:Description>\n<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">");
        simple(xmp, "pdf:Producer", text(info, PdfName.PRODUCER));
        simple(xmp, "pdf:Keywords", text(info, PdfName.KEYWORDS));
        xmp.append("</rdf:Description>\n<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">");
        simple(xmp, "xmp:CreatorTool", text(info, PdfName.CREATOR));
        simple(xmp, "xmp:CreateDate", info.get(PdfName.CREATIONDATE) instanceof PdfDate d ? d.getW3CDate() : null);
        simple(xmp, "xmp:ModifyDate", info.get(PdfName.MODDATE) instanceof PdfDate d ? d.getW3CDate() : null);
        xmp.append("</rdf:Description>\n");
        if (pdfa) {
            xmp.append("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">")
                    .append("<pdfaid:part>2</pdfaid:part><pdfaid:conformance>A</pdfaid:conformance>")
                    .append("</rdf:Description>\n").append(PDFUA_EXTENSION);
        }
        xmp.append("<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">")
                .append("<pdfuaid:part>1</pdfuaid:part></rdf:Description>\n")
                .append("</rdf:RDF></x:xmpmeta>\n<?xpacket end=\"r\"?>");
        return xmp.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A property holding one value in an array: the language alternative, sequence or bag XMP asks for. */
    private static void property(StringBuilder xmp, String name, String array, String value) {
        if (value != null) {
            String item = array.equals("rdf:Alt") ? "<rdf:li xml:lang=\"x-default\">" : "<rdf:li>";
            xmp.append('<').append(name).append("><").append(array).append('>').append(item);
            escaped(xmp, value).append("</rdf:li></").append(array).append("></").append(name).append('>');
        }
    }

    private static void simple(StringBuilder xmp, String name, String value) {
        if (value != null) {
            xmp.append('<').append(name).append('>');
            escaped(xmp, value).append("</").append(name).append('>');
        }
    }

    private static StringBuilder escaped(StringBuilder xmp, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> xmp.append("&amp;");
                case '<' -> xmp.append("&lt;");
                case '>' -> xmp.append("&gt;");
                case '"' -> xmp.append("&quot;");
                default -> xmp.append(c);
            }
        }
        return xmp;
    }

    private static String text(PdfDictionary info, PdfName key) {
        return info.get(key) instanceof PdfString s ? s.toUnicodeString() : null;
    }
}
