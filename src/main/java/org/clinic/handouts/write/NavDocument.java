package org.clinic.handouts.write;

import java.util.List;
import org.clinic.handouts.render.Labels;
import org.w3c.dom.Element;

/**
 * The EPUB 3 navigation document: the table of contents (the same entries as the EPUB 2 NCX, which stays for
 * older readers) and the landmarks readers offer as "go to" shortcuts: cover, start, sources. (A landmark may
 * point only into the reading order, which the navigation document itself is not part of.)
 */
final class NavDocument {
    static final String FILE_NAME = "nav.xhtml";

    private NavDocument() {}

    static byte[] of(List<Chapter> chapters, String coverPage, String language, String stylesheet,
                     Labels.Navigation labels) {
        EpubPage page = new EpubPage(language, labels.contents(), stylesheet);
        Element toc = nav(page.body(), "toc", "doc-toc", labels.contents());
        toc.setAttribute("id", "toc");
        Element entries = EpubPage.append(toc, "ol");
        for (Chapter chapter : chapters) {
            Element item = entry(entries, chapter.fileName(), chapter.title(), null);
            if (!chapter.subheadings().isEmpty()) {
                Element sub = EpubPage.append(item, "ol");
                for (Chapter.Heading heading : chapter.subheadings()) {
                    entry(sub, chapter.fileName() + "#" + heading.fragment(), heading.title(), null);
                }
            }
        }
        // Landmarks are a menu for reading systems, not part of the text: hidden from the page.
        Element landmarks = nav(page.body(), "landmarks", null, labels.landmarks());
        landmarks.setAttribute("hidden", "hidden");
        Element marks = EpubPage.append(landmarks, "ol");
        entry(marks, coverPage, labels.cover(), "cover");
        entry(marks, chapters.getFirst().fileName(), labels.start(), "bodymatter");
        chapters.stream().filter(Chapter::endNotes).findFirst()
                .ifPresent(c -> entry(marks, c.fileName(), labels.sources(), "endnotes"));
        return page.bytes();
    }

    private static Element nav(Element body, String type, String role, String heading) {
        Element nav = EpubPage.append(body, "nav");
        nav.setAttributeNS(EpubSemantics.OPS, "epub:type", type);
        if (role != null) {
            nav.setAttribute("role", role);
        }
        EpubPage.append(nav, "h2").setTextContent(heading);
        return nav;
    }

    private static Element entry(Element list, String href, String text, String type) {
        Element item = EpubPage.append(list, "li");
        Element a = EpubPage.append(item, "a");
        a.setAttribute("href", href);
        a.setTextContent(text);
        if (type != null) {
            a.setAttributeNS(EpubSemantics.OPS, "epub:type", type);
        }
        return item;
    }
}
