package org.clinic.handouts.write;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfIndirectReference;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfStructureElement;
import org.openpdf.text.pdf.PdfStructureTreeRoot;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * The tagged PDF's structure tree, built from the XHTML before anything is painted, so that it follows the
 * source order whatever order Flying Saucer paints in. Each DOM text node is mapped to the leaf that receives
 * its marked content; links and figures to their elements. Only elements that receive content are created.
 * OpenPDF refuses an element whose kids mix content and elements, so a block with links inside holds its text
 * in spans.
 */
final class StructureTree {
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private final Map<Text, Leaf> leaves = new IdentityHashMap<>();
    private final Map<Element, StructurePart> links = new IdentityHashMap<>();
    private final Map<Element, StructurePart> figures = new IdentityHashMap<>();
    private final List<Leaf> ordered = new ArrayList<>();

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

        PdfStructureElement element() {
            return part.pdf();
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

    Leaf leaf(Text node) {
        return node == null ? null : leaves.get(node);
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
     * Gives the leaves whose painted text differs from their source text an /ActualText, and writes the marked
     * content on the element's own page as plain ids (OpenPDF writes a reference dictionary for each but the
     * first: a third of the tree's size in a long article).
     */
    void finish() {
        for (Leaf leaf : ordered) {
            PdfStructureElement element = leaf.part.created();
            if (element == null) {
                continue;
            }
            if (leaf.actualText) {
                String text = leaf.text.toString().replaceAll("\\s+", " ");
                element.put(PdfName.ACTUALTEXT, new PdfString(text, PdfString.TEXT_UNICODE));
            }
            if (element.get(PdfName.K) instanceof PdfArray kids
                    && element.get(PdfName.PG) instanceof PdfIndirectReference page) {
                for (int i = 0; i < kids.size(); i++) {
                    if (kids.getPdfObject(i) instanceof PdfDictionary mcr && PdfName.MCR.equals(mcr.get(PdfName.TYPE))
                            && mcr.get(PdfName.PG) instanceof PdfIndirectReference on
                            && on.getNumber() == page.getNumber()) {
                        kids.set(i, mcr.get(PdfName.MCID));
                    }
                }
            }
        }
    }

    private void children(Element element, StructurePart context) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
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
            case GROUP -> children(element, context.child(role.type(), language, StructurePart.Mode.GROUP));
            case BLOCK, LABEL -> children(element, context.child(role.type(), language, textMode(element)));
            case LINK -> {
                StructurePart link = context.child(PdfName.LINK, language, textMode(element));
                links.put(element, link);
                children(element, link);
            }
            case CITATION -> {
                StructurePart reference = context.child(PdfName.REFERENCE, language, StructurePart.Mode.GROUP);
                StructurePart link = reference.child(PdfName.LINK, null, textMode(element));
                links.put(element, link);
                children(element, link);
            }
            case FIGURE -> {
                StructurePart figure = context.child(PdfName.FIGURE, language, StructurePart.Mode.GROUP);
                figure.pdf().put(PdfName.ALT, new PdfString(element.getAttribute("alt"), PdfString.TEXT_UNICODE));
                figures.put(element, figure);
            }
        }
    }

    private void text(Text node, StructurePart context) {
        Leaf leaf = context.textLeaf(!node.getData().isBlank(), node.getParentNode());
        if (leaf != null) {
            if (leaf.text.isEmpty()) {
                ordered.add(leaf);
            }
            leaf.text.append(node.getData());
            leaves.put(node, leaf);
        }
    }

    /**
     * Text can be marked on the element itself only when it all lies directly inside it: Flying Saucer paints
     * an inline element's text (emphasis, a link) after the text around it, and an element's marked content is
     * read in the order it was painted. Otherwise each run of text between inline elements gets a span.
     */
    private static StructurePart.Mode textMode(Element element) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && StructureRole.of(e).kind() != StructureRole.Kind.BREAK) {
                return StructurePart.Mode.BLOCK;
            }
        }
        return StructurePart.Mode.TEXT;
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
