package org.clinic.handouts.write;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.clinic.handouts.model.Article;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Rewrites the EPUB 2 package file epublib writes into an EPUB 3.3 one that EPUB 2 readers still open (the NCX,
 * guide and cover meta stay): version 3.0, {@code dcterms:modified} from the article's dates (never the clock),
 * the navigation document and cover image marked by their properties, the EPUB 2-only attributes removed, and the
 * accessibility metadata.
 */
final class PackageDocument {
    private static final String OPF = "http://www.idpf.org/2007/opf";
    private static final DocumentBuilderFactory BUILDERS = DocumentBuilderFactory.newDefaultInstance();
    private static final TransformerFactory TRANSFORMERS = TransformerFactory.newDefaultInstance();
    private static final Object LOCK = new Object();

    static {
        BUILDERS.setNamespaceAware(true);
        try {
            BUILDERS.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private PackageDocument() {}

    /** {@code navId} and {@code coverId} are the manifest ids of the navigation document and the cover image. */
    static byte[] rewrite(byte[] epub2, Article article, AccessibilityClaim claim, String navId, String coverId) {
        try {
            Document opf;
            Transformer t;
            synchronized (LOCK) {
                opf = BUILDERS.newDocumentBuilder().parse(new ByteArrayInputStream(epub2));
                t = TRANSFORMERS.newTransformer();
            }
            Element pkg = opf.getDocumentElement();
            pkg.setAttribute("version", "3.0");
            pkg.setAttributeNS(XMLConstants.XML_NS_URI, "xml:lang", article.language());
            Element metadata = first(pkg, OPF, "metadata");
            // opf:event and opf:scheme are EPUB 2 only; the one dc:date is the publication (EPUB 3 allows one).
            for (Element e : Chapter.descendants(metadata)) {
                e.removeAttributeNS(OPF, "scheme");
                e.removeAttributeNS(OPF, "event");
            }
            meta(metadata, "dcterms:modified", modified(article) + "T00:00:00Z");
            if (article.nextReview() != null) {
                // Valid from the last review (or publication) until the next one is due: an ISO 8601 interval.
                meta(metadata, "dcterms:valid", modified(article) + "/" + article.nextReview());
            }
            claim.accessModes().forEach(m -> meta(metadata, "schema:accessMode", m));
            claim.sufficientModes().forEach(m -> meta(metadata, "schema:accessModeSufficient", m));
            claim.features().forEach(f -> meta(metadata, "schema:accessibilityFeature", f));
            meta(metadata, "schema:accessibilityHazard", "none");
            meta(metadata, "schema:accessibilitySummary", claim.summary());
            meta(metadata, "dcterms:conformsTo", AccessibilityClaim.CONFORMS_TO);
            // EPUB 2 readers find the cover through this meta; EPUB 3 readers through the item's property.
            Element cover = append(metadata, "meta");
            cover.setAttribute("name", "cover");
            cover.setAttribute("content", coverId);
            for (Element item : Chapter.descendants(first(pkg, OPF, "manifest"))) {
                if (item.getAttribute("id").equals(navId)) {
                    item.setAttribute("properties", "nav");
                } else if (item.getAttribute("id").equals(coverId)) {
                    item.setAttribute("properties", "cover-image");
                }
            }
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            ByteArrayOutputStream out = new ByteArrayOutputStream(epub2.length + 4096);
            t.transform(new DOMSource(opf), new StreamResult(out));
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException("cannot rewrite the EPUB package of " + article.name(), e);
        }
    }

    /** When the article last changed: its review date when it has one, else its publication. */
    static LocalDate modified(Article article) {
        return article.reviewed() != null && article.reviewed().isAfter(article.published())
                ? article.reviewed() : article.published();
    }

    private static void meta(Element metadata, String property, String value) {
        Element meta = append(metadata, "meta");
        meta.setAttribute("property", property);
        meta.setTextContent(value);
    }

    /** A new element in the package's namespace and prefix, on a line of its own like epublib's. */
    private static Element append(Element parent, String name) {
        parent.insertBefore(parent.getOwnerDocument().createTextNode("\n    "), parent.getLastChild());
        Element e = parent.getOwnerDocument().createElementNS(OPF, parent.getPrefix() + ":" + name);
        parent.insertBefore(e, parent.getLastChild());
        return e;
    }

    private static Element first(Element parent, String ns, String name) {
        return (Element) parent.getElementsByTagNameNS(ns, name).item(0);
    }
}
