package org.clinic.handouts.write;

import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfStructureElement;
import org.openpdf.text.pdf.PdfStructureTreeRoot;

/**
 * One element of the structure tree while it is built. Its PDF element is made when the first content under it
 * is met, so elements appear in source order and none is left empty.
 */
final class StructurePart {

    /** Where the text met directly inside the element goes. */
    enum Mode {
        /** Into a paragraph of its own (the element holds only elements). */
        GROUP,
        /** Into spans, one for each run of text between inline elements (emphasis, links, citations). */
        BLOCK,
        /** Marked on the element itself. */
        TEXT
    }

    private final StructurePart parent;
    private final PdfStructureTreeRoot root;
    private final PdfName type;
    private final Mode mode;
    private final String ownLanguage;
    final String language;
    private PdfStructureElement pdf;
    private StructureTree.Leaf self;
    private StructureTree.Leaf span;
    /** The DOM element whose text the open span holds. */
    private org.w3c.dom.Node spanSource;
    private StructureTree.Leaf last;
    private StructurePart list;
    private StructurePart body;
    private StructurePart paragraph;

    StructurePart(PdfStructureTreeRoot root, PdfName type, String language) {
        this(null, root, type, Mode.GROUP, null, language);
    }

    private StructurePart(StructurePart parent, PdfStructureTreeRoot root, PdfName type, Mode mode,
            String ownLanguage, String language) {
        this.parent = parent;
        this.root = root;
        this.type = type;
        this.mode = mode;
        this.ownLanguage = ownLanguage;
        this.language = language;
    }

    PdfStructureElement pdf() {
        if (pdf == null) {
            pdf = parent == null ? new PdfStructureElement(root, type) : new PdfStructureElement(parent.pdf(), type);
            pdf.remove(PdfName.TYPE);  // optional, and written for every element
            if (ownLanguage != null) {
                pdf.put(PdfName.LANG, new PdfString(ownLanguage));
            }
        }
        return pdf;
    }

    /** The PDF element, or null when nothing was put under it. */
    PdfStructureElement created() {
        return pdf;
    }

    /**
     * A new element under this one (or where it belongs: a list item in a list, a label before the item's body,
     * anything else in an item in its body). A label outside a list item is no element: returns this.
     */
    StructurePart child(PdfName childType, String childLanguage, Mode childMode) {
        StructurePart under = this;
        if (PdfName.LBL.equals(childType)) {
            under = nearest(PdfName.LI);
            if (under == null) {
                return this;
            }
        } else if (PdfName.LI.equals(childType)) {
            if (list == null) {
                list = newChild(PdfName.L, null, Mode.GROUP);
            }
            under = list;
        } else if (PdfName.LI.equals(type)) {
            if (body == null) {
                body = newChild(PdfName.LBODY, null, Mode.GROUP);
            }
            under = body;
        }
        StructurePart child = under.newChild(childType, childLanguage, childMode);
        if (!PdfName.LI.equals(childType)) {
            list = null;
        }
        return child;
    }

    private StructurePart newChild(PdfName childType, String childLanguage, Mode childMode) {
        span = null;
        paragraph = null;
        last = null;
        return new StructurePart(this, root, childType, childMode, childLanguage,
                childLanguage == null ? language : childLanguage);
    }

    private StructurePart nearest(PdfName wanted) {
        for (StructurePart p = this; p != null; p = p.parent) {
            if (wanted.equals(p.type)) {
                return p;
            }
        }
        return null;
    }

    /**
     * The leaf a text node directly inside this element belongs to, or null for white space that would open a
     * new leaf (it is layout, not content).
     */
    StructureTree.Leaf textLeaf(boolean content, org.w3c.dom.Node source) {
        StructureTree.Leaf leaf = switch (mode) {
            case TEXT -> self = self != null || !content ? self : new StructureTree.Leaf(this);
            case BLOCK -> {
                // White space joins the open span: where it is painted changes no word.
                if (content && (span == null || spanSource != source)) {
                    span = new StructureTree.Leaf(newChild(PdfName.SPAN, null, Mode.TEXT));
                    spanSource = source;
                }
                yield span;
            }
            case GROUP -> {
                if (paragraph == null && content) {
                    StructurePart p = child(PdfName.P, null, Mode.TEXT);
                    paragraph = p;
                }
                yield paragraph == null ? null : paragraph.textLeaf(content, source);
            }
        };
        if (leaf != null) {
            leaf.part.pdf();
            last = leaf;
        }
        return leaf;
    }

    /** A line break: the text before it and after it are separate words. */
    void lineBreak() {
        if (last != null) {
            last.lineBreak();
        }
    }
}
