package org.clinic.handouts.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Wraps each run of text the text fonts cannot print in {@code <span class="script-…">}, whose CSS family has the
 * glyphs (see {@code styles/scripts.yaml}): Flying Saucer would otherwise drop them. Spaces, digits and punctuation
 * between two characters of the same run stay inside it, so an Arabic sentence is one run (shaped and ordered as
 * one) and a Chinese sentence keeps its own full-width punctuation.
 */
final class ScriptRuns {
    private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    private final ScriptFonts fonts;

    ScriptRuns(ScriptFonts fonts) {
        this.fonts = fonts;
    }

    void wrap(Document document) {
        Node body = document.getElementsByTagNameNS(XHTML_NS, "body").item(0);
        if (body != null) {
            wrapWithin(body);
        }
    }

    private void wrapWithin(Node node) {
        for (Node child = node.getFirstChild(); child != null; ) {
            Node next = child.getNextSibling();
            if (child.getNodeType() == Node.TEXT_NODE) {
                split(child);
            } else if (child.getNodeType() == Node.ELEMENT_NODE) {
                wrapWithin(child);
            }
            child = next;
        }
    }

    private void split(Node text) {
        String value = text.getNodeValue();
        int[] points = value.codePoints().toArray();
        String[] classes = classes(points);
        if (java.util.Arrays.stream(classes).allMatch(c -> c == null)) {
            return;
        }
        Node parent = text.getParentNode();
        int start = 0;
        for (int i = 1; i <= points.length; i++) {
            if (i == points.length || !java.util.Objects.equals(classes[i], classes[start])) {
                String part = new String(points, start, i - start);
                Node piece = text.getOwnerDocument().createTextNode(part);
                if (classes[start] != null) {
                    Element span = text.getOwnerDocument().createElementNS(XHTML_NS, "span");
                    span.setAttribute("class", classes[start]);
                    span.appendChild(piece);
                    piece = span;
                }
                parent.insertBefore(piece, text);
                start = i;
            }
        }
        parent.removeChild(text);
    }

    /** The run class of each character, null for the text fonts. */
    private String[] classes(int[] points) {
        String[] classes = new String[points.length];
        List<Integer> neutral = new ArrayList<>();
        for (int i = 0; i < points.length; i++) {
            Optional<String> run = fonts.classFor(points[i]);
            if (run.isPresent()) {
                classes[i] = run.get();
            } else if (isNeutral(points[i])) {
                neutral.add(i);
            }
        }
        for (int i : neutral) {
            String before = strongClass(points, classes, i, -1);
            String after = strongClass(points, classes, i, 1);
            if (before != null && before.equals(after) && fonts.runDraws(before, points[i])) {
                classes[i] = before;
            }
        }
        return classes;
    }

    /** The class of the nearest character that is not neutral, looking in {@code step}'s direction. */
    private static String strongClass(int[] points, String[] classes, int from, int step) {
        for (int i = from + step; i >= 0 && i < points.length; i += step) {
            if (classes[i] != null || !isNeutral(points[i])) {
                return classes[i];
            }
        }
        return null;
    }

    private static boolean isNeutral(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.INHERITED;
    }
}
