package org.clinic.handouts.write;

import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfStructureElement;
import org.xhtmlrenderer.css.constants.CSSName;
import org.xhtmlrenderer.css.constants.IdentValue;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.render.Box;
import org.xhtmlrenderer.render.InlineText;
import org.xhtmlrenderer.render.JustificationInfo;
import org.xhtmlrenderer.render.RenderingContext;

/**
 * Paints as its parent does and, once given a {@link StructureTree}, tags what it paints: each piece of text
 * and each figure in marked content tied to its element of the tree, everything else as an artifact
 * ({@link PageArtifacts}). Links get their annotations from {@link TaggedLinks} instead of Flying Saucer,
 * which offers no way to reach the annotations it makes.
 */
final class TaggedOutputDevice extends ClippedTextOutputDevice {
    private StructureTree tree;
    private TaggedLinks links;
    private final PageArtifacts artifacts = new PageArtifacts();
    private StructureTree.Mark drawing;
    /** The clip's bounds in layout units, kept until the clip changes: getClip() transforms an area each call. */
    private Rectangle2D clipBounds;
    private boolean clipKnown;
    /** Whether the text being drawn belongs to a right-to-left element (its pieces are ordered right to left). */
    private boolean rightToLeft;

    TaggedOutputDevice(float dotsPerPoint) {
        super(dotsPerPoint);
    }

    /** Tags the document about to be drawn, from its first page on (the writer must be tagged). */
    void tag(StructureTree structure) {
        this.tree = structure;
        this.links = new TaggedLinks(this);
        artifacts.startPage(getCurrentPage());
    }

    @Override
    public void initializePage(PdfContentByte currentPage, float height) {
        super.initializePage(currentPage, height);
        if (tree != null) {
            artifacts.startPage(currentPage);
        }
    }

    @Override
    public void finishPage() {
        if (tree != null) {
            artifacts.endPage();
        }
        super.finishPage();
    }

    @Override
    public void setClip(Shape s) {
        clipKnown = false;
        if (tree == null) {
            super.setClip(s);
        } else {
            artifacts.outside(() -> super.setClip(s));
        }
    }

    @Override
    public void clip(Shape s) {
        clipKnown = false;
        super.clip(s);
        if (tree != null) {
            artifacts.marginsPainted();
        }
    }

    @Override
    public void translate(double tx, double ty) {
        clipKnown = false;  // the clip is given in the coordinates the translation changes
        super.translate(tx, ty);
    }

    @Override
    public void drawText(RenderingContext c, InlineText inlineText) {
        drawing = tree == null ? null : tree.mark(inlineText.getTextNode());
        rightToLeft = RightToLeftLines.isRightToLeft(inlineText.getTextNode() == null ? null
                : inlineText.getTextNode().getParentNode());
        if (drawing != null && !inlineText.getParent().getStyle().isIdent(CSSName.TEXT_TRANSFORM, IdentValue.NONE)) {
            drawing.leaf().paintedAsTransformed();
        }
        try {
            super.drawText(c, inlineText);
        } finally {
            drawing = null;
            rightToLeft = false;
        }
    }

    @Override
    public void drawString(String logical, float x, float y, JustificationInfo info) {
        String s = ArabicLetters.visual(logical, rightToLeft);
        if (drawing == null || !onPage(y)) {
            super.drawString(s, x, y, info);
            return;
        }
        artifacts.content(drawing.element(), () -> super.drawString(s, x, y, info));
        drawing.marked();
    }

    @Override
    public void paintReplacedElement(RenderingContext c, BlockBox box) {
        PdfStructureElement figure = tree == null || box.getElement() == null ? null : tree.figure(box.getElement());
        if (figure == null) {
            super.paintReplacedElement(c, box);
        } else {
            artifacts.content(figure, () -> super.paintReplacedElement(c, box));
        }
    }

    @Override
    public void paintBackground(RenderingContext c, Box box) {
        PdfStructureElement link = tree == null || box.getElement() == null ? null : tree.link(box.getElement());
        if (link == null) {
            super.paintBackground(c, box);
            return;
        }
        // What the parent class paints for the box, without the annotation it would add: ours carries the tags.
        if (box.getStyle().isVisible()) {
            java.awt.Rectangle edge = box.getPaintingBorderEdge(c);
            paintBackground(c, box.getStyle(), edge, edge, box.getStyle().getBorder(c));
        }
        links.annotate(c, box, link);
    }

    @Override
    public void finish(RenderingContext c, Box root) {
        super.finish(c, root);
        if (tree != null) {
            tree.finish();  // before the links' annotations join their elements, after the content
            links.finish();
        }
    }

    /**
     * Whether text at this baseline is drawn on this page: {@link ClippedTextOutputDevice} skips what lies
     * outside the clip, and an empty marked-content sequence would add a stray piece to its element.
     */
    boolean onPage(float y) {
        if (!clipKnown) {
            Shape clip = getClip();
            clipBounds = clip == null ? null : clip.getBounds2D();
            clipKnown = true;
        }
        return clipBounds == null || y >= clipBounds.getMinY() && y <= clipBounds.getMaxY();
    }
}
