package org.clinic.handouts.write;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clinic.handouts.render.Labels;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Turns the shared XHTML (kept to XHTML 1.1 for print) into EPUB 3 markup before it is cut into chapters:
 * {@code section}, {@code header} and {@code aside} for the blocks, citations as note references with an id per
 * place, and the sources as end notes, each linking back to every place that cites it (pop-up notes in Apple
 * Books and Kobo need both directions). Only the EPUB's copy of the document changes.
 */
final class EpubSemantics {
    static final String XHTML = "http://www.w3.org/1999/xhtml";
    static final String OPS = "http://www.idpf.org/2007/ops";

    private EpubSemantics() {}

    /** Edits {@code document} in place. */
    static void apply(Document document, Labels.Notes labels) {
        Map<String, List<String>> citesOf = noteReferences(document);
        for (Element e : Chapter.descendants(document.getDocumentElement())) {
            if (Chapter.hasClass(e, "chapter") || Chapter.hasClass(e, "section") || Chapter.hasClass(e, "questions")) {
                rename(e, "section");
            } else if (Chapter.hasClass(e, "masthead")) {
                rename(e, "header");
            } else if (Chapter.hasClass(e, "box")) {
                labelByHeading(rename(e, "aside"));
            }
        }
        for (Element e : Chapter.descendants(document.getDocumentElement())) {
            if (Chapter.hasClass(e, "sources") && Chapter.hasClass(e, "chapter")) {
                endNotes(e, citesOf, labels);
            }
        }
    }

    /** Gives each citation an id ({@code cite-3-2}: the second place citing source 3); ids by source number. */
    private static Map<String, List<String>> noteReferences(Document document) {
        Map<String, List<String>> citesOf = new LinkedHashMap<>();
        for (Element a : Chapter.descendants(document.getDocumentElement())) {
            if (a.getLocalName().equals("a") && Chapter.hasClass(a, "citation")
                    && a.getAttribute("href").startsWith("#source-")) {
                String number = a.getAttribute("href").substring("#source-".length());
                List<String> ids = citesOf.computeIfAbsent(number, n -> new ArrayList<>());
                String id = "cite-" + number + "-" + (ids.size() + 1);
                ids.add(id);
                a.setAttribute("id", id);
                a.setAttributeNS(OPS, "epub:type", "noteref");
                a.setAttribute("role", "doc-noteref");
            }
        }
        return citesOf;
    }

    /** The sources chapter as an end-notes list, each note followed by its links back to the text. */
    private static void endNotes(Element chapter, Map<String, List<String>> citesOf, Labels.Notes labels) {
        Document document = chapter.getOwnerDocument();
        chapter.setAttributeNS(OPS, "epub:type", "endnotes");
        chapter.setAttribute("role", "doc-endnotes");
        Element list = null;
        for (Element source : Chapter.descendants(chapter)) {
            if (!Chapter.hasClass(source, "source")) {
                continue;
            }
            if (list == null) {
                list = document.createElementNS(XHTML, "ol");
                list.setAttribute("class", "source-list");
                source.getParentNode().insertBefore(list, source);
            }
            Element note = rename(source, "li");
            list.appendChild(note);
            note.setAttributeNS(OPS, "epub:type", "endnote");
            List<String> ids = citesOf.getOrDefault(note.getAttribute("id").substring("source-".length()), List.of());
            if (!ids.isEmpty()) {
                Element back = (Element) note.appendChild(document.createElementNS(XHTML, "p"));
                back.setAttribute("class", "source-back");
                for (int i = 0; i < ids.size(); i++) {
                    Element a = (Element) back.appendChild(document.createElementNS(XHTML, "a"));
                    a.setAttribute("href", "#" + ids.get(i));
                    a.setAttribute("role", "doc-backlink");
                    a.setTextContent(ids.size() == 1 ? labels.back()
                            : Labels.fill(labels.backNumbered(), Map.of("place", i + 1, "places", ids.size())));
                    if (i + 1 < ids.size()) {
                        back.appendChild(document.createTextNode(" "));
                    }
                }
            }
        }
    }

    /** An aside is named by its heading, so two boxes are told apart in a reader's list of regions. */
    private static void labelByHeading(Element aside) {
        Element heading = Chapter.descendants(aside).stream().filter(h -> h.getLocalName().matches("h[1-6]"))
                .findFirst().orElse(null);
        if (heading != null && aside.hasAttribute("id")) {
            String id = heading.hasAttribute("id") ? heading.getAttribute("id") : aside.getAttribute("id") + "-heading";
            heading.setAttribute("id", id);
            aside.setAttribute("aria-labelledby", id);
        }
    }

    private static Element rename(Element e, String name) {
        return (Element) e.getOwnerDocument().renameNode(e, XHTML, name);
    }
}
