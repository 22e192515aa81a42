package org.clinic.handouts.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xhtmlrenderer.render.Box;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * Lets a block the layout marks {@code deferrable} (the "What we see at the clinic" box) move among the paragraphs
 * around it, as a magazine places a sidebar. Such a block is never split, so when it does not fit in what is left
 * of a page it is pushed to the next one and leaves a gap. Moving it past the next paragraph or question lets that
 * text fill the gap; when nothing it may pass follows, moving it back before the last paragraphs of the short
 * page puts it at that page's foot instead. It never passes another box (class {@code box}): the order of boxes is
 * the author's; nor the chapter's first block, the title.
 */
final class Deferral {
    private static final String DEFERRABLE = "deferrable";
    private static final String BOX = "box";
    /** A page a pushed block leaves emptier than this is worth moving the block for. */
    static final double MIN_FILL = 0.8;

    private final Element chapter;
    private final List<Element> blocks = new ArrayList<>();

    /**
     * Where each deferrable block sits in the document: its parent and the node it comes before (null: last). That
     * node is never another deferrable block, which may have moved since.
     */
    record Placement(List<Node> parents, List<Node> nextSiblings) {}

    /**
     * A deferrable block laid out at the top of a page, leaving the page before it ({@code page}) short: filled to
     * {@code fill} (0–1), {@code height} layout units left empty.
     */
    record Gap(Element block, int page, double fill, int height) {}

    Deferral(Element chapter) {
        this.chapter = chapter;
        NodeList all = chapter.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            if (hasClass((Element) all.item(i), DEFERRABLE)) {
                blocks.add((Element) all.item(i));
            }
        }
    }

    Placement placement() {
        return new Placement(blocks.stream().map(Node::getParentNode).toList(),
                blocks.stream().map(Deferral::nextInPlace).toList());
    }

    void restore(Placement placement) {
        for (int i = 0; i < blocks.size(); i++) {
            placement.parents().get(i).insertBefore(blocks.get(i), placement.nextSiblings().get(i));
        }
    }

    private static Node nextInPlace(Node block) {
        Node next = block.getNextSibling();
        while (next instanceof Element element && hasClass(element, DEFERRABLE)) {
            next = next.getNextSibling();
        }
        return next;
    }

    /** The first deferrable block that opens a body page after a page it left short, if any. */
    Optional<Gap> gap(ITextRenderer renderer, BodyPages pages) {
        for (Element block : blocks) {
            Box box = boxOf(block, renderer);
            if (box == null) {
                continue;
            }
            int page = pages.pageAt(box.getAbsY());
            if (page > 0 && page < pages.count() && pages.opens(page, box)
                    && pages.fill(page - 1) < MIN_FILL) {
                return Optional.of(new Gap(block, page - 1, pages.fill(page - 1), pages.empty(page - 1)));
            }
        }
        return Optional.empty();
    }

    /**
     * Moves {@code block} past as many of the blocks after it as it takes to fill {@code gap} (layout units) with
     * their height as now laid out, stepping into a container that may break across pages (a section, the list of
     * questions) rather than past it whole. One layout then shows the result, not one per block passed. False when
     * no block it may pass follows.
     */
    boolean moveOn(Element block, ITextRenderer renderer, int gap) {
        Node after = null;
        int passed = 0;
        for (Node cursor = block; passed < gap; ) {
            Element next = following(cursor);
            if (next == null || !mayPass(next)) {
                break;
            }
            Element target = enterable(next, renderer) ? firstChildElement(next) : next;
            Box box = boxOf(target, renderer);
            if (after == null && box != null && box.getStyle().isAvoidPageBreakInside() && box.getHeight() > gap) {
                return false;  // the first block cannot be split and is taller than the gap: it would be pushed too
            }
            passed += box == null ? 0 : box.getHeight();
            after = target;
            cursor = target;
        }
        if (after == null) {
            return false;
        }
        after.getParentNode().insertBefore(block, after.getNextSibling());
        return true;
    }

    /**
     * Moves {@code block} back to the latest place on page {@code page} where it would fit whole, before the
     * paragraph laid out there. False when there is none it may reach.
     */
    boolean moveBack(Element block, ITextRenderer renderer, BodyPages pages, int page) {
        Box box = boxOf(block, renderer);
        if (box == null) {
            return false;
        }
        int latestTop = pages.bottom(page) - box.getHeight();
        for (Element before = preceding(block, renderer); before != null; before = preceding(before, renderer)) {
            Box candidate = boxOf(before, renderer);
            if (candidate == null) {
                continue;
            }
            if (pages.pageAt(candidate.getAbsY()) < page) {
                return false;
            }
            if (candidate.getAbsY() <= latestTop) {
                before.getParentNode().insertBefore(block, before);
                return true;
            }
        }
        return false;
    }

    /** The block laid out just before {@code node}, looking into containers that may break; null at a limit. */
    private Element preceding(Node node, ITextRenderer renderer) {
        for (Node n = node; n != chapter; ) {
            Node previous = n.getPreviousSibling();
            while (previous != null && !(previous instanceof Element)) {
                previous = previous.getPreviousSibling();
            }
            if (previous instanceof Element element) {
                if (element == firstChildElement(chapter) || !mayPass(element)) {
                    return null;
                }
                while (enterable(element, renderer)) {
                    element = lastChildElement(element);
                }
                return element;
            }
            n = n.getParentNode();
            if (n != chapter) {
                return (Element) n;
            }
        }
        return null;
    }

    private static Box boxOf(Element element, ITextRenderer renderer) {
        List<Box> boxes = renderer.getRootBox().getElementBoxes(element);
        return boxes.isEmpty() ? null : boxes.getFirst();
    }

    private Element following(Node node) {
        for (Node n = node; n != null && n != chapter; n = n.getParentNode()) {
            for (Node s = n.getNextSibling(); s != null; s = s.getNextSibling()) {
                if (s instanceof Element element) {
                    return element;
                }
            }
        }
        return null;
    }

    /** Another box or deferrable block keeps its place relative to this one. */
    private static boolean mayPass(Element element) {
        return !hasClass(element, BOX) && !hasClass(element, DEFERRABLE);
    }

    /** A container whose blocks the block may go between: a div with blocks in it that may break across pages. */
    private static boolean enterable(Element element, ITextRenderer renderer) {
        if (!"div".equals(element.getLocalName()) || firstChildElement(element) == null) {
            return false;
        }
        Box box = boxOf(element, renderer);
        return box != null && !box.getStyle().isAvoidPageBreakInside();
    }

    private static Element firstChildElement(Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element element) {
                return element;
            }
        }
        return null;
    }

    private static Element lastChildElement(Element parent) {
        for (Node n = parent.getLastChild(); n != null; n = n.getPreviousSibling()) {
            if (n instanceof Element element) {
                return element;
            }
        }
        return null;
    }

    private static boolean hasClass(Element element, String name) {
        return (" " + element.getAttribute("class") + " ").contains(" " + name + " ");
    }
}
