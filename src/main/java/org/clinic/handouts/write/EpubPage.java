package org.clinic.handouts.write;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * An EPUB 3 content document (XHTML5): {@code html} with {@code lang} and {@code xml:lang} (readers and screen
 * readers use one or the other), the title and the e-reader stylesheet; callers fill {@link #body()}.
 */
final class EpubPage {
    private static final String XML = "http://www.w3.org/XML/1998/namespace";
    private static final String XMLNS = "http://www.w3.org/2000/xmlns/";
    /** Creating the factories looks up a provider on every call: once is enough (newTransformer is guarded). */
    private static final TransformerFactory TRANSFORMERS = TransformerFactory.newDefaultInstance();
    private static final DocumentBuilderFactory BUILDERS = DocumentBuilderFactory.newDefaultInstance();
    private static final Object LOCK = new Object();
    private static final byte[] PROLOGUE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
            .getBytes(StandardCharsets.UTF_8);

    private final Document document;
    private final Element body;

    EpubPage(String language, String title, String stylesheet) {
        synchronized (LOCK) {
            try {
                document = BUILDERS.newDocumentBuilder().getDOMImplementation()
                        .createDocument(EpubSemantics.XHTML, "html", null);
            } catch (ParserConfigurationException e) {
                throw new IllegalStateException(e);
            }
        }
        Element html = document.getDocumentElement();
        html.setAttributeNS(XMLNS, "xmlns:epub", EpubSemantics.OPS);
        html.setAttribute("lang", language);
        html.setAttributeNS(XML, "xml:lang", language);
        html.setAttribute("dir", org.clinic.handouts.render.TextDirection.of(language));
        Element head = append(html, "head");
        append(head, "title").setTextContent(title);
        Element link = append(head, "link");
        link.setAttribute("rel", "stylesheet");
        link.setAttribute("type", "text/css");
        link.setAttribute("href", stylesheet);
        body = append(html, "body");
    }

    Document document() {
        return document;
    }

    Element body() {
        return body;
    }

    /** A new XHTML element {@code name} as the last child of {@code parent}. */
    static Element append(Element parent, String name) {
        return (Element) parent.appendChild(parent.getOwnerDocument().createElementNS(EpubSemantics.XHTML, name));
    }

    byte[] bytes() {
        try {
            Transformer t;
            synchronized (LOCK) {
                t = TRANSFORMERS.newTransformer();
            }
            t.setOutputProperty(OutputKeys.METHOD, "xml");
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            // The HTML5 doctype has no public or system id, which the XML serialiser cannot write: it goes first.
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
            out.writeBytes(PROLOGUE);
            t.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot serialise an EPUB page", e);
        }
    }
}
