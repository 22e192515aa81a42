package org.clinic.handouts.write;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * One EPUB chapter cut from the article's XHTML: each {@code div.chapter} child of the body becomes an XHTML 1.1
 * file, with in-document links ({@code #source-1}) rewritten to point into the file that now holds the target.
 */
record Chapter(String id, String fileName, String title, List<Heading> subheadings, byte[] bytes) {

    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";
    /** Creating the factory looks up a provider on every call: once is enough (newTransformer is guarded). */
    private static final TransformerFactory FACTORY = TransformerFactory.newDefaultInstance();
    private static final Object TRANSFORMERS_LOCK = new Object();

    /** A heading inside a chapter, for the nested table of contents. */
    record Heading(String title, String fragment) {}

    static List<Chapter> split(Document document, String stylesheet) {
        List<Element> parts = new ArrayList<>();
        Map<String, String> fileOfId = new HashMap<>();
        Element body = (Element) document.getElementsByTagNameNS(XHTML, "body").item(0);
        for (Node n = body.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && hasClass(e, "chapter")) {
                parts.add(e);
                String file = e.getAttribute("id") + ".xhtml";
                for (Element withId : descendants(e)) {
                    if (withId.hasAttribute("id")) {
                        fileOfId.put(withId.getAttribute("id"), file);
                    }
                }
            }
        }
        Element html = document.getDocumentElement();
        List<Chapter> chapters = new ArrayList<>();
        for (Element part : parts) {
            String file = part.getAttribute("id") + ".xhtml";
            relink(part, file, fileOfId);
            List<Element> headings = headings(part);
            String title = headings.isEmpty() ? part.getAttribute("id") : text(headings.getFirst());
            List<Heading> subheadings = headings.stream().skip(1).filter(h -> h.getLocalName().equals("h2"))
                    .map(h -> new Heading(text(h), anchor(h))).filter(h -> !h.fragment().isEmpty()).toList();
            byte[] bytes = serialise(page(html, part, title, stylesheet));
            chapters.add(new Chapter(part.getAttribute("id"), file, title, subheadings, bytes));
        }
        return chapters;
    }

    private static Document page(Element sourceHtml, Element part, String title, String stylesheet) {
        Document page = sourceHtml.getOwnerDocument().getImplementation().createDocument(XHTML, "html", null);
        Element html = page.getDocumentElement();
        html.setAttributeNS(XML, "xml:lang", sourceHtml.getAttributeNS(XML, "lang"));
        Element head = (Element) html.appendChild(page.createElementNS(XHTML, "head"));
        head.appendChild(page.createElementNS(XHTML, "title")).setTextContent(title);
        Element link = (Element) head.appendChild(page.createElementNS(XHTML, "link"));
        link.setAttribute("rel", "stylesheet");
        link.setAttribute("type", "text/css");
        link.setAttribute("href", stylesheet);
        html.appendChild(page.createElementNS(XHTML, "body")).appendChild(page.importNode(part, true));
        return page;
    }

    private static void relink(Element part, String file, Map<String, String> fileOfId) {
        for (Element a : descendants(part)) {
            String href = a.getAttribute("href");
            if (a.getLocalName().equals("a") && href.startsWith("#")) {
                String target = fileOfId.get(href.substring(1));
                if (target != null && !target.equals(file)) {
                    a.setAttribute("href", target + href);
                }
            }
        }
    }

    private static List<Element> headings(Element part) {
        return descendants(part).stream().filter(e -> e.getLocalName().matches("h[1-3]")).toList();
    }

    /** The id a table-of-contents entry should jump to: the heading's own, or that of the block it heads. */
    private static String anchor(Element heading) {
        for (Node n = heading; n instanceof Element e; n = n.getParentNode()) {
            if (e.hasAttribute("id")) {
                return e.getAttribute("id");
            }
        }
        return "";
    }

    private static List<Element> descendants(Element root) {
        List<Element> out = new ArrayList<>();
        NodeList all = root.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            out.add((Element) all.item(i));
        }
        return out;
    }

    private static boolean hasClass(Element e, String name) {
        return List.of(e.getAttribute("class").split("\\s+")).contains(name);
    }

    private static String text(Element e) {
        return e.getTextContent().strip().replaceAll("\\s+", " ");
    }

    private static byte[] serialise(Document page) {
        try {
            Transformer t;
            synchronized (TRANSFORMERS_LOCK) {
                t = FACTORY.newTransformer();
            }
            t.setOutputProperty(OutputKeys.METHOD, "xml");
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.DOCTYPE_PUBLIC, "-//W3C//DTD XHTML 1.1//EN");
            t.setOutputProperty(OutputKeys.DOCTYPE_SYSTEM, "http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd");
            ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
            t.transform(new DOMSource(page), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot serialise an EPUB chapter", e);
        }
    }
}
