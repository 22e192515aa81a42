package org.clinic.handouts.write;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xhtmlrenderer.layout.LayoutContext;
import org.xhtmlrenderer.pdf.ITextFontContext;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.render.Box;
import org.xhtmlrenderer.render.InlineLayoutBox;
import org.xhtmlrenderer.render.InlineText;
import org.xhtmlrenderer.render.LineBox;
import org.xhtmlrenderer.render.PageBox;

/**
 * After layout, finds text that would not reach the page: a run of text wider than the block that holds it or
 * reaching past the page's content area (in print that text is cut off at the paper's edge, and text extraction
 * loses it too). What the stylesheets allow is repaired (see {@link #repair}); what is left is reported, never
 * drawn half-visible.
 */
final class TextGuard {
    static final String GLUED = "glued";
    static final String BREAK_WORD = "break-word";
    /** Rounding in Flying Saucer's units (1/20 pt); less than a hair of a glyph. */
    private static final int SLACK = 2;
    /** The layout's ids (article.ftlx) that name an article field; section-n and source-n are mapped by rule. */
    private static final Map<String, String> FIELDS = Map.of("title", "title", "running-footer", "title",
            "clinic-view", "clinic_view", "takeaway", "takeaway", "questions", "questions");

    /** A run of text that does not fit, and the element it belongs to. */
    record Overflow(Element element, String text) {}

    private TextGuard() {}

    /** The text runs of {@code renderer}'s layout that stick out of their block or the page's content area. */
    static List<Overflow> overflows(ITextRenderer renderer) {
        List<PageBox> pages = renderer.getRootBox().getLayer().getPages();
        if (pages.isEmpty()) {
            return List.of();
        }
        LayoutContext context = renderer.getSharedContext().newLayoutContextInstance(new ITextFontContext());
        int pageWidth = pages.getFirst().getContentWidth(context);
        List<Overflow> found = new ArrayList<>();
        List<Box> pending = new ArrayList<>(List.of(renderer.getRootBox()));
        while (!pending.isEmpty()) {
            Box box = pending.removeLast();
            if (box instanceof LineBox line && line.getParent() instanceof BlockBox block) {
                int right = Math.min(pageWidth, block.getAbsX() + block.getWidth() - block.getRightMBP());
                int left = Math.max(0, block.getAbsX() + block.getLeftMBP());
                for (Box child : line.getChildren()) {
                    if (child instanceof InlineLayoutBox inline) {
                        addOverflows(inline, left, right, found);
                    }
                }
            } else {
                pending.addAll(box.getChildren());
            }
        }
        return found;
    }

    private static void addOverflows(InlineLayoutBox inline, int left, int right, List<Overflow> found) {
        for (Object child : inline.getInlineChildren()) {
            if (child instanceof InlineLayoutBox nested) {
                addOverflows(nested, left, right, found);
            } else if (child instanceof BlockBox atomic && atomic.getElement() != null) {
                if (atomic.getAbsX() < left - SLACK || atomic.getAbsX() + atomic.getWidth() > right + SLACK) {
                    found.add(new Overflow(atomic.getElement(), atomic.getElement().getTextContent().strip()));
                }
            } else if (child instanceof InlineText text && !text.getSubstring().isBlank()) {
                int x = inline.getAbsX() + text.getX();
                if (x < left - SLACK || x + text.getWidth() > right + SLACK) {
                    found.add(new Overflow(elementOf(text), text.getSubstring().strip()));
                }
            }
        }
    }

    private static Element elementOf(InlineText text) {
        Node node = text.getTextNode() == null ? null : text.getTextNode().getParentNode();
        return node instanceof Element element ? element : text.getParent().getElement();
    }

    /**
     * Lets each overflowing run fit where the stylesheet allows: glued punctuation loses its glue (the class
     * {@value #GLUED}), and a word wider than its line may break anywhere (the class {@value #BREAK_WORD} on its
     * element, which the stylesheets map to {@code word-wrap: break-word}). Only there: in Flying Saucer,
     * break-word also splits a word that merely fails to fit the end of a line. True when anything changed, and
     * the document must be laid out again.
     */
    static boolean repair(List<Overflow> overflows) {
        Set<Element> changed = new LinkedHashSet<>();
        for (Overflow overflow : overflows) {
            Element glued = ancestorWithClass(overflow.element(), GLUED);
            if (glued != null) {
                glued.setAttribute("class", without(glued.getAttribute("class"), GLUED));
                changed.add(glued);
            } else if (ancestorWithClass(overflow.element(), BREAK_WORD) == null) {
                overflow.element().setAttribute("class",
                        (overflow.element().getAttribute("class") + " " + BREAK_WORD).strip());
                changed.add(overflow.element());
            }
        }
        return !changed.isEmpty();
    }

    private static Element ancestorWithClass(Element element, String name) {
        for (Node n = element; n instanceof Element e; n = e.getParentNode()) {
            if (List.of(e.getAttribute("class").split(" ")).contains(name)) {
                return e;
            }
        }
        return null;
    }

    private static String without(String classes, String name) {
        return String.join(" ", List.of(classes.split(" ")).stream().filter(c -> !c.equals(name)).toList());
    }

    /** An article error for the first of {@code lost}, if any: the text would not reach the page. */
    static void requireNone(List<Overflow> lost) {
        if (!lost.isEmpty()) {
            Overflow first = lost.getFirst();
            String text = first.text().length() <= 60 ? first.text() : first.text().substring(0, 57) + "\u2026";
            Element holder = holder(first.element());
            String id = holder == null ? "" : holder.getAttribute("id");
            String field = FIELDS.getOrDefault(id, id.replaceFirst("^(section|source)-(\\d+)$", "$1s[$2]"));
            throw new UnprintableText(field, paragraphIn(holder, first.element()), "text would run off the page: \u201c"
                    + text + "\u201d" + (lost.size() > 1 ? " and " + (lost.size() - 1) + " more" : "")
                    + "; shorten it or break it with spaces");
        }
    }

    /** The nearest element with an id (the layout's ids name the article's fields; see article.ftlx). */
    private static Element holder(Element element) {
        for (Node n = element; n instanceof Element e; n = e.getParentNode()) {
            if (!e.getAttribute("id").isEmpty()) {
                return e;
            }
        }
        return null;
    }

    /** Which paragraph of {@code holder} (1-based, document order) holds {@code element}; 0 when none does. */
    private static int paragraphIn(Element holder, Element element) {
        Element paragraph = null;
        for (Node n = element; n instanceof Element e && e != holder; n = e.getParentNode()) {
            if ("p".equals(e.getLocalName())) {
                paragraph = e;
            }
        }
        if (holder == null || paragraph == null) {
            return 0;
        }
        org.w3c.dom.NodeList all = holder.getElementsByTagNameNS(paragraph.getNamespaceURI(), "p");
        for (int i = 0; i < all.getLength(); i++) {
            if (all.item(i) == paragraph) {
                return i + 1;
            }
        }
        return 0;
    }
}
