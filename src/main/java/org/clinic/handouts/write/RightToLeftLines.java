package org.clinic.handouts.write;

import com.ibm.icu.text.Bidi;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xhtmlrenderer.render.Box;
import org.xhtmlrenderer.render.InlineLayoutBox;
import org.xhtmlrenderer.render.InlineText;
import org.xhtmlrenderer.render.LineBox;

/**
 * Orders the pieces of each right-to-left line after layout. Flying Saucer lays every line out left to right, one
 * piece per inline box (a run of Arabic, a Latin word in another font, a link, a citation); in a line of an
 * element with dir="rtl" the pieces are mirrored within the line's extent, so the first is at the right, while a
 * sequence of left-to-right pieces (a Latin phrase in several boxes) keeps its own order. Each piece's own text
 * is ordered when drawn ({@link ArabicLetters#visual}).
 */
final class RightToLeftLines {
    private RightToLeftLines() {}

    /** A piece of a line: a text or a replaced box, what is moved with it, and where it sits. */
    private record Piece(Object movable, int left, int right, int direction) {}

    static void mirror(Box box) {
        if (box instanceof LineBox line) {
            if (isRightToLeft(line.getParent() == null ? null : line.getParent().getElement())) {
                mirrorLine(line);
            }
        }
        // Then the lines inside inline blocks of this line (span.glued: a citation with its full stop).
        for (int i = 0; i < box.getChildCount(); i++) {
            mirror(box.getChild(i));
        }
    }

    /** Whether the nearest dir attribute of the element or its ancestors says rtl. */
    static boolean isRightToLeft(Node node) {
        for (Node n = node; n instanceof Element e; n = n.getParentNode()) {
            if (e.hasAttribute("dir")) {
                return e.getAttribute("dir").equals("rtl");
            }
        }
        return false;
    }

    private static void mirrorLine(LineBox line) {
        List<Piece> pieces = new ArrayList<>();
        for (int i = 0; i < line.getChildCount(); i++) {
            collect(line.getChild(i), line.getChild(i), pieces);
        }
        if (pieces.size() < 2) {
            return;
        }
        int lineLeft = pieces.stream().mapToInt(Piece::left).min().orElseThrow();
        int lineRight = pieces.stream().mapToInt(Piece::right).max().orElseThrow();
        int start = 0;
        while (start < pieces.size()) {
            int end = start + 1;
            if (pieces.get(start).direction() == Bidi.LTR) {
                // A left-to-right group: LTR pieces and the neutral ones between them.
                int last = start;
                for (int j = start + 1; j < pieces.size() && pieces.get(j).direction() != Bidi.RTL; j++) {
                    if (pieces.get(j).direction() == Bidi.LTR) {
                        last = j;
                    }
                }
                end = last + 1;
            }
            int groupLeft = pieces.get(start).left();
            int groupRight = pieces.subList(start, end).stream().mapToInt(Piece::right).max().orElseThrow();
            int shift = lineLeft + lineRight - groupRight - groupLeft;
            for (Piece piece : pieces.subList(start, end)) {
                move(piece.movable(), shift);
            }
            start = end;
        }
        line.calcChildLocations();
    }

    /** The leaves under {@code box}, each with the highest box that holds it alone (moved with it). */
    private static void collect(Object node, Object highestAlone, List<Piece> pieces) {
        if (node instanceof InlineLayoutBox inline) {
            List<? extends Object> children = inline.getInlineChildren();
            for (Object child : children) {
                collect(child, children.size() == 1 ? highestAlone : child, pieces);
            }
        } else if (node instanceof InlineText text) {
            int left = text.getParent().getAbsX() + text.getX();
            String s = text.getSubstring();
            pieces.add(new Piece(highestAlone, left, left + text.getWidth(), direction(s)));
        } else if (node instanceof Box box) {
            pieces.add(new Piece(highestAlone, box.getAbsX(), box.getAbsX() + box.getWidth(), Bidi.MIXED));
        }
    }

    /** LTR or RTL by the first strong character; MIXED for a piece with none (spaces, digits, punctuation). */
    private static int direction(String text) {
        byte base = Bidi.getBaseDirection(text);
        return base == Bidi.NEUTRAL ? Bidi.MIXED : base;
    }

    private static void move(Object movable, int shift) {
        if (movable instanceof InlineText text) {
            text.setX(text.getX() + shift);
        } else if (movable instanceof Box box) {
            box.setX(box.getX() + shift);
        }
    }
}
