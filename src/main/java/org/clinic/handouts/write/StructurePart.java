package org.clinic.handouts.write;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfIndirectReference;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfStructureElement;
import org.openpdf.text.pdf.PdfStructureTreeRoot;

/**
 * One element of the structure tree while it is built and painted. Its PDF element is made when the first
 * content under it is met, so none is left empty. An element that holds text marks it on itself, in the order
 * Flying Saucer paints it; its child elements (links, citations) are kept aside meanwhile, because OpenPDF
 * marks content only on elements whose kids are all content. {@link #finish()} then puts kids and content in
 * source order.
 */
final class StructurePart {

    /** Where the text met directly inside the element goes. */
    enum Mode {
        /** Into a paragraph of its own (the element holds only elements). */
        GROUP,
        /** Marked on the element itself. */
        TEXT
    }

    private final StructurePart parent;
    private final PdfStructureTreeRoot root;
    private final PdfName type;
    private final Mode mode;
    private final String ownLanguage;
    /** The element's place in the source: kids and content are put in this order. */
    private final int order;
    final String language;
    private PdfStructureElement pdf;
    private StructureTree.Leaf self;
    private StructureTree.Leaf last;
    private StructurePart list;
    private StructurePart body;
    private StructurePart paragraph;
    private final List<StructurePart> kept = new ArrayList<>();
    /** The source order of each piece of content marked on the element, in the order of its /K. */
    private final List<Integer> marks = new ArrayList<>();

    StructurePart(PdfStructureTreeRoot root, PdfName type, String language) {
        this(null, root, type, Mode.GROUP, null, language, 0);
    }

    private StructurePart(StructurePart parent, PdfStructureTreeRoot root, PdfName type, Mode mode,
            String ownLanguage, String language, int order) {
        this.parent = parent;
        this.root = root;
        this.type = type;
        this.mode = mode;
        this.ownLanguage = ownLanguage;
        this.language = language;
        this.order = order;
    }

    boolean holdsElements() {
        return !kept.isEmpty();
    }

    boolean holdsText() {
        return mode == Mode.TEXT;
    }

    PdfStructureElement pdf() {
        if (pdf == null) {
            if (parent == null) {
                pdf = new PdfStructureElement(root, type);
            } else {
                PdfStructureElement up = parent.pdf();
                pdf = new PdfStructureElement(up, type);
                if (parent.holdsText()) {
                    PdfArray kids = (PdfArray) up.get(PdfName.K);
                    kids.remove(kids.size() - 1);
                    if (kids.isEmpty()) {
                        up.remove(PdfName.K);
                    }
                    parent.kept.add(this);
                }
            }
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
    StructurePart child(PdfName childType, String childLanguage, Mode childMode, int childOrder) {
        StructurePart under = this;
        if (PdfName.LBL.equals(childType)) {
            under = nearest(PdfName.LI);
            if (under == null) {
                return this;
            }
        } else if (PdfName.LI.equals(childType)) {
            if (list == null) {
                list = newChild(PdfName.L, null, Mode.GROUP, childOrder);
            }
            under = list;
        } else if (PdfName.LI.equals(type)) {
            if (body == null) {
                body = newChild(PdfName.LBODY, null, Mode.GROUP, childOrder);
            }
            under = body;
        }
        StructurePart child = under.newChild(childType, childLanguage, childMode, childOrder);
        if (!PdfName.LI.equals(childType)) {
            list = null;
        }
        return child;
    }

    private StructurePart newChild(PdfName childType, String childLanguage, Mode childMode, int childOrder) {
        paragraph = null;
        return new StructurePart(this, root, childType, childMode, childLanguage,
                childLanguage == null ? language : childLanguage, childOrder);
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
     * new paragraph (it is layout, not content).
     */
    StructureTree.Leaf textLeaf(boolean content, int textOrder) {
        StructureTree.Leaf leaf;
        if (mode == Mode.TEXT) {
            leaf = self = self != null || !content ? self : new StructureTree.Leaf(this);
        } else {
            if (paragraph == null && content) {
                paragraph = child(PdfName.P, null, Mode.TEXT, textOrder);
            }
            leaf = paragraph == null ? null : paragraph.textLeaf(content, textOrder);
        }
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

    /** A piece of content of the text at {@code textOrder} was just marked on this element. */
    void marked(int textOrder) {
        marks.add(textOrder);
    }

    /** Puts the element's kids and marked content in source order. */
    void finish() {
        if (pdf == null || mode != Mode.TEXT) {
            return;
        }
        PdfObject k = pdf.get(PdfName.K);
        List<PdfObject> content = k == null ? List.of() : k.isArray() ? ((PdfArray) k).getElements() : List.of(k);
        if (content.size() != marks.size()) {
            throw new IllegalStateException(type + " has " + content.size() + " pieces of content, " + marks.size()
                    + " recorded");
        }
        record Kid(int order, int sequence, PdfObject object) {}
        List<Kid> kids = new ArrayList<>();
        for (int i = 0; i < content.size(); i++) {
            kids.add(new Kid(marks.get(i), i, onOwnPage(content.get(i))));
        }
        for (StructurePart part : kept) {
            kids.add(new Kid(part.order, 0, part.pdf()));
        }
        kids.sort(Comparator.comparingInt(Kid::order).thenComparingInt(Kid::sequence));
        PdfArray sorted = new PdfArray();
        kids.forEach(kid -> sorted.add(kid.object()));
        if (!kept.isEmpty() && sorted.getPdfObject(0).isNumber()) {
            // OpenPDF writes an element's kids only when its first kid is not a number.
            PdfDictionary reference = new PdfDictionary(PdfName.MCR);
            reference.put(PdfName.PG, pdf.get(PdfName.PG));
            reference.put(PdfName.MCID, sorted.getPdfObject(0));
            sorted.set(0, reference);
        }
        pdf.put(PdfName.K, sorted.size() == 1 && sorted.getPdfObject(0).isNumber() ? sorted.getPdfObject(0) : sorted);
    }

    /** Content on the element's own page as a plain id: OpenPDF writes a reference dictionary for each. */
    private PdfObject onOwnPage(PdfObject content) {
        if (content instanceof PdfDictionary mcr && PdfName.MCR.equals(mcr.get(PdfName.TYPE))
                && mcr.get(PdfName.PG) instanceof PdfIndirectReference on
                && pdf.get(PdfName.PG) instanceof PdfIndirectReference page && on.getNumber() == page.getNumber()) {
            return mcr.get(PdfName.MCID);
        }
        return content;
    }
}
