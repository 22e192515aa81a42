package org.clinic.handouts.write;

import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
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
 * and each figure in marked content tied to its element of the tree, everything else (backgrounds, borders,
 * rules, underlines, the logo, running footers and page numbers) as an artifact. Between pieces of content the
 * page is inside an artifact, so nothing is ever left unmarked. Links get their annotations from
 * {@link TaggedLinks} instead of Flying Saucer, which offers no way to reach the annotations it makes.
 */
final class TaggedOutputDevice extends ClippedTextOutputDevice {
    private static final PdfName ARTIFACT = new PdfName("Artifact");
    private static final PdfDictionary PAGINATION = new PdfDictionary();

    static {
        PAGINATION.put(PdfName.TYPE, new PdfName("Pagination"));
    }

    private StructureTree tree;
    private TaggedLinks links;
    private StructureTree.Leaf drawing;
    private boolean inArtifact;
    /** Where the open artifact's operator starts in the page's content, and where what it marks starts. */
    private int artifactStart;
    private int artifactBody;
    /** Until the page's content area is clipped, Flying Saucer paints the page's margins: footer, page number. */
    private boolean inMargins;
    /** The clip's bounds in layout units, kept until the clip changes: getClip() transforms an area each call. */
    private Rectangle2D clipBounds;
    private boolean clipKnown;

    TaggedOutputDevice(float dotsPerPoint) {
        super(dotsPerPoint);
    }

    /** Tags the document about to be drawn, from its first page on (the writer must be tagged). */
    void tag(StructureTree structure) {
        this.tree = structure;
        this.links = new TaggedLinks(this);
        inMargins = true;
        openArtifact();
    }

    @Override
    public void initializePage(PdfContentByte currentPage, float height) {
        super.initializePage(currentPage, height);
        if (tree != null) {
            inMargins = true;
            openArtifact();
        }
    }

    @Override
    public void finishPage() {
        closeArtifact();
        super.finishPage();
    }

    @Override
    public void setClip(Shape s) {
        // Changing the clip restores the graphics state (Q q): marked content must not straddle it.
        boolean reopen = inArtifact;
        closeArtifact();
        clipKnown = false;
        super.setClip(s);
        if (reopen) {
            openArtifact();
        }
    }

    @Override
    public void clip(Shape s) {
        clipKnown = false;
        super.clip(s);
        if (inMargins && inArtifact) {
            inMargins = false;
            closeArtifact();
            openArtifact();
        }
    }

    @Override
    public void translate(double tx, double ty) {
        clipKnown = false;  // the clip is given in the coordinates the translation changes
        super.translate(tx, ty);
    }

    @Override
    public void drawText(RenderingContext c, InlineText inlineText) {
        drawing = tree == null ? null : tree.leaf(inlineText.getTextNode());
        if (drawing != null && !inlineText.getParent().getStyle().isIdent(CSSName.TEXT_TRANSFORM, IdentValue.NONE)) {
            drawing.paintedAsTransformed();
        }
        try {
            super.drawText(c, inlineText);
        } finally {
            drawing = null;
        }
    }

    @Override
    public void drawString(String s, float x, float y, JustificationInfo info) {
        if (drawing == null || !onPage(y)) {
            super.drawString(s, x, y, info);
            return;
        }
        content(drawing.element(), () -> super.drawString(s, x, y, info));
    }

    @Override
    public void paintReplacedElement(RenderingContext c, BlockBox box) {
        PdfStructureElement figure = tree == null || box.getElement() == null ? null : tree.figure(box.getElement());
        if (figure == null) {
            super.paintReplacedElement(c, box);
        } else {
            content(figure, () -> super.paintReplacedElement(c, box));
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
            links.finish();
            tree.finish();
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

    private void content(PdfStructureElement element, Runnable paint) {
        boolean reopen = inArtifact;
        closeArtifact();
        getCurrentPage().beginMarkedContentSequence(element);
        paint.run();
        getCurrentPage().endMarkedContentSequence();
        if (reopen) {
            openArtifact();
        }
    }

    private void openArtifact() {
        artifactStart = getCurrentPage().getInternalBuffer().size();
        getCurrentPage().beginMarkedContentSequence(ARTIFACT, inMargins ? PAGINATION : null, true);
        artifactBody = getCurrentPage().getInternalBuffer().size();
        inArtifact = true;
    }

    /** Ends the open artifact, or takes it back when nothing was painted in it (most lie between two runs). */
    private void closeArtifact() {
        if (inArtifact) {
            boolean empty = getCurrentPage().getInternalBuffer().size() == artifactBody;
            getCurrentPage().endMarkedContentSequence();
            if (empty) {
                getCurrentPage().getInternalBuffer().setSize(artifactStart);
            }
            inArtifact = false;
        }
    }
}
