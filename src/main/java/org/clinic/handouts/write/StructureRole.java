package org.clinic.handouts.write;

import java.util.List;
import java.util.Set;
import org.openpdf.text.pdf.PdfName;
import org.w3c.dom.Element;

/**
 * What an XHTML element of the leaflet stands for in the tagged PDF. This is the contract with
 * {@code article.ftlx}: element names first, then the few classes that carry meaning (chapters, sections, the
 * boxes, the sources list, the running footer). Anything else is transparent: its text belongs to the nearest
 * element that has a role.
 */
record StructureRole(Kind kind, PdfName type) {

    enum Kind {
        /** Not part of the content (running footer, duplex padding, a logo beside the name it shows): artifact. */
        SKIP,
        /** Its children belong to the enclosing element. */
        TRANSPARENT,
        /** Holds other elements; text directly inside gets a paragraph of its own. */
        GROUP,
        /** A paragraph or heading: text, with spans around it when links sit inside. */
        BLOCK,
        /** A list label: goes under the list item, before its body. */
        LABEL,
        /** A link to another place: a Link element holding its text and its annotation. */
        LINK,
        /** A citation: a Reference holding the Link to the source. */
        CITATION,
        /** An image with a text alternative. */
        FIGURE,
        /** A line break: a space in the tagged text. */
        BREAK
    }

    private static final StructureRole SKIPPED = new StructureRole(Kind.SKIP, null);
    private static final StructureRole NONE = new StructureRole(Kind.TRANSPARENT, null);
    private static final Set<String> SKIPPED_CLASSES = Set.of("running-footer", "duplex-blank", "logo");
    private static final Set<String> SECTION_CLASSES = Set.of("chapter", "section", "questions", "box");

    static StructureRole of(Element element) {
        List<String> classes = List.of(element.getAttribute("class").split(" "));
        if (classes.stream().anyMatch(SKIPPED_CLASSES::contains)) {
            return SKIPPED;
        }
        return switch (element.getLocalName()) {
            case "body" -> new StructureRole(Kind.GROUP, PdfName.DOCUMENT);
            case "p" -> new StructureRole(Kind.BLOCK, PdfName.P);
            case "h1" -> new StructureRole(Kind.BLOCK, PdfName.H1);
            case "h2" -> new StructureRole(Kind.BLOCK, PdfName.H2);
            case "h3" -> new StructureRole(Kind.BLOCK, PdfName.H3);
            case "br" -> new StructureRole(Kind.BREAK, null);
            case "img" -> element.getAttribute("alt").isBlank() ? SKIPPED
                    : new StructureRole(Kind.FIGURE, PdfName.FIGURE);
            case "a" -> !element.hasAttribute("href") ? NONE
                    : classes.contains("citation") ? new StructureRole(Kind.CITATION, PdfName.REFERENCE)
                    : new StructureRole(Kind.LINK, PdfName.LINK);
            case "span" -> classes.contains("source-number") ? new StructureRole(Kind.LABEL, PdfName.LBL) : NONE;
            case "div" -> divRole(classes);
            default -> NONE;
        };
    }

    private static StructureRole divRole(List<String> classes) {
        if (classes.contains("article")) {
            return new StructureRole(Kind.GROUP, PdfName.ART);
        }
        if (classes.contains("source")) {
            return new StructureRole(Kind.GROUP, PdfName.LI);
        }
        if (classes.contains("brand")) {
            return new StructureRole(Kind.BLOCK, PdfName.P);
        }
        return classes.stream().anyMatch(SECTION_CLASSES::contains) ? new StructureRole(Kind.GROUP, PdfName.SECT)
                : NONE;
    }
}
