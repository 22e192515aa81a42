package org.clinic.handouts.write;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * One EPUB chapter cut from the article's XHTML (after {@link EpubSemantics}): each chapter child of the body
 * becomes an XHTML5 file, with in-document links ({@code #source-1}, {@code #cite-1-2}) rewritten to point into
 * the file that now holds the target.
 */
record Chapter(String id, String fileName, String title, List<Heading> subheadings, boolean endNotes, byte[] bytes) {

    private static final String XHTML = EpubSemantics.XHTML;
    private static final String XML = "http://www.w3.org/XML/1998/namespace";

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
        String language = document.getDocumentElement().getAttributeNS(XML, "lang");
        List<Chapter> chapters = new ArrayList<>();
        for (Element part : parts) {
            String file = part.getAttribute("id") + ".xhtml";
            relink(part, file, fileOfId);
            List<Element> headings = headings(part);
            String title = headings.isEmpty() ? part.getAttribute("id") : text(headings.getFirst());
            List<Heading> subheadings = headings.stream().skip(1).filter(h -> h.getLocalName().equals("h2"))
                    .map(h -> new Heading(text(h), anchor(h))).filter(h -> !h.fragment().isEmpty()).toList();
            byte[] bytes = page(language, part, title, stylesheet);
            boolean endNotes = part.getAttributeNS(EpubSemantics.OPS, "type").equals("endnotes");
            chapters.add(new Chapter(part.getAttribute("id"), file, title, subheadings, endNotes, bytes));
        }
        return chapters;
    }

    private static byte[] page(String language, Element part, String title, String stylesheet) {
        EpubPage page = new EpubPage(language, title, stylesheet);
        page.body().appendChild(page.document().importNode(part, true));
        return page.bytes();
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

    static List<Element> descendants(Element root) {
        List<Element> out = new ArrayList<>();
        NodeList all = root.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            out.add((Element) all.item(i));
        }
        return out;
    }

    static boolean hasClass(Element e, String name) {
        return List.of(e.getAttribute("class").split("\\s+")).contains(name);
    }

    private static String text(Element e) {
        return e.getTextContent().strip().replaceAll("\\s+", " ");
    }
}
