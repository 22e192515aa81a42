package org.clinic.handouts.write;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfStructureElement;
import org.openpdf.text.pdf.PdfStructureTreeRoot;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * The tagged PDF's structure tree, built from the XHTML before anything is painted, so that it follows the
 * source order whatever order Flying Saucer paints in. Each DOM text node is mapped to the element that
 * receives its marked content and to its place in the source; links and figures to their elements. Only
 * elements that receive content are created.
 */
final class StructureTree {
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private final Map<Text, Mark> marks = new IdentityHashMap<>();
    private final Map<Element, StructurePart> links = new IdentityHashMap<>();
    private final Map<Element, StructurePart> figures = new IdentityHashMap<>();
    private final List<Leaf> leaves = new ArrayList<>();
    /** The elements that hold text, in the order they were met (a set of parts, which are equal only to themselves). */
    private final Set<StructurePart> textParts = new LinkedHashSet<>();
    private int order;

    /** Where a text node's content goes: its element, and its place in the source. */
    record Mark(Leaf leaf, int order) {
        PdfStructureElement element() {
            return leaf.part.pdf();
        }

        /** The content just painted was marked on the element. */
        void marked() {
            leaf.part.marked(order);
        }
    }

    /** An element that receives marked content, with the text it stands for. */
    static final class Leaf {
        final StructurePart part;
        private final StringBuilder text = new StringBuilder();
        private boolean actualText;

        Leaf(StructurePart part) {
            this.part = part;
        }

        /** A line break after the text read so far: a space in the tagged text, which the painted text lacks. */
        void lineBreak() {
            text.append(' ');
            actualText = true;
        }

        /** Painted otherwise than written (upper case by the stylesheet): the source text is what it says. */
        void paintedAsTransformed() {
            actualText = true;
        }
    }

    private StructureTree() {}

    static StructureTree of(PdfStructureTreeRoot root, org.w3c.dom.Document document) {
        StructureTree tree = new StructureTree();
        Element body = (Element) document.getElementsByTagNameNS("*", "body").item(0);
        StructurePart top = new StructurePart(root, PdfName.DOCUMENT, inheritedLanguage(body));
        tree.children(body, top);
        return tree;
    }

    Mark mark(Text node) {
        return node == null ? null : marks.get(node);
    }

    PdfStructureElement link(Element element) {
        StructurePart part = links.get(element);
        return part == null ? null : part.created();
    }

    PdfStructureElement figure(Element element) {
        StructurePart part = figures.get(element);
        return part == null ? null : part.created();
    }

    /**
     * Puts each element's kids and content in source order, and gives the elements whose painted text differs
     * from their source text an /ActualText. A line break inside an element that holds a link is left to the
     * change of line, which readers following the glyphs take as a space.
     */
    void finish() {
        textParts.forEach(StructurePart::finish);
        for (Leaf leaf : leaves) {
            // Not on an element that holds elements too: its /ActualText would hide them (a link's address).
            if (leaf.actualText && !leaf.part.holdsElements()) {
                String text = leaf.text.toString().replaceAll("\\s+", " ");
                leaf.part.pdf().put(PdfName.ACTUALTEXT, new PdfString(text, PdfString.TEXT_UNICODE));
            }
        }
    }

    private void children(Element element, StructurePart context) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            order++;
            if (child instanceof Text text) {
                text(text, context);
            } else if (child instanceof Element e) {
                element(e, context);
            }
        }
    }

    private void element(Element element, StructurePart context) {
        StructureRole role = StructureRole.of(element);
        String language = language(element, context);
        switch (role.kind()) {
            case SKIP -> { }
            case TRANSPARENT -> children(element, context);
            case BREAK -> context.lineBreak();
            case GROUP -> children(element, context.child(role.type(), language, StructurePart.Mode.GROUP, order));
            case BLOCK, LABEL -> children(element,
                    holdingText(context.child(role.type(), language, StructurePart.Mode.TEXT, order)));
            case LINK -> {
                StructurePart link = holdingText(context.child(PdfName.LINK, language, StructurePart.Mode.TEXT, order));
                links.put(element, link);
                children(element, link);
            }
            case CITATION -> {
                StructurePart reference = context.child(PdfName.REFERENCE, language, StructurePart.Mode.GROUP,
                        order);
                StructurePart link = holdingText(reference.child(PdfName.LINK, null, StructurePart.Mode.TEXT, order));
                links.put(element, link);
                children(element, link);
            }
            case FIGURE -> {
                StructurePart figure = context.child(PdfName.FIGURE, language, StructurePart.Mode.GROUP, order);
                figure.pdf().put(PdfName.ALT, new PdfString(element.getAttribute("alt"), PdfString.TEXT_UNICODE));
                figures.put(element, figure);
            }
        }
    }

    private StructurePart holdingText(StructurePart part) {
        if (part.holdsText()) {
            textParts.add(part);  // a label outside a list item is its context, which may be a group
        }
        return part;
    }

    private void text(Text node, StructurePart context) {
        Leaf leaf = context.textLeaf(!node.getData().isBlank(), order);
        if (leaf != null) {
            if (leaf.text.isEmpty()) {
                leaves.add(leaf);
            }
            textParts.add(leaf.part);
            Object original = node.getUserData(EmojiStandIns.ORIGINAL);
            leaf.text.append(original instanceof String o ? o : ArabicLetters.unshaped(node.getData()));
            if (original != null || ArabicLetters.hasPresentationForms(node.getData())) {
                leaf.paintedAsTransformed();  // drawn as joined forms in visual order: the base letters are the text
            }
            marks.put(node, new Mark(leaf, order));
        }
    }

    /** The element's own language when it differs from the one around it (the catalog holds the document's). */
    private static String language(Element element, StructurePart context) {
        String own = element.getAttributeNS(XML_NS, "lang");
        if (own.isEmpty()) {
            own = element.getAttribute("lang");
        }
        return own.isEmpty() || own.equals(context.language) ? null : own;
    }

    private static String inheritedLanguage(Element element) {
        for (Node n = element; n instanceof Element e; n = n.getParentNode()) {
            String lang = e.getAttributeNS(XML_NS, "lang");
            if (!lang.isEmpty()) {
                return lang;
            }
        }
        return "";
    }
}
