package org.clinic.handouts.render;

import java.util.Locale;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The language's quotation marks and spacing, as editors type neither: straight {@code "…"} and {@code '…'} become
 * the catalogue's quotes and inner quotes (labels/*.yaml, formats), an apostrophe inside or at the end of a word
 * becomes its apostrophe, and French gets a narrow no-break space inside « » and before ? ! ; (a no-break space
 * before :), so the mark never starts a line. Addresses shown as text (links to the web, source addresses) and
 * anything marked dir="ltr" are left as typed. Numbers with units are glued elsewhere.
 */
final class QuotesAndSpacing {
    private static final char NARROW_NBSP = '\u202F';
    private static final char NBSP = '\u00A0';
    private final Labels.Formats formats;
    private final boolean french;
    /** Whether a double (and a single) quote is open in the block being read: quotes may span inline elements. */
    private boolean doubleOpen;
    private boolean singleOpen;

    private QuotesAndSpacing(Labels.Formats formats, String language) {
        this.formats = formats;
        this.french = language.strip().toLowerCase(Locale.ROOT).matches("fr([-_].*)?");
    }

    static void apply(Document document, Labels.Formats formats, String language) {
        Node body = document.getElementsByTagNameNS("*", "body").item(0);
        if (body != null && formats.quotes().length() == 2 && formats.innerQuotes().length() == 2) {
            new QuotesAndSpacing(formats, language).within(body);
        }
    }

    private void within(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE) {
                child.setNodeValue(convert(child.getNodeValue(), previousChar(child)));
            } else if (child instanceof Element e && !leftAsTyped(e)) {
                if (isBlock(e)) {
                    doubleOpen = false;
                    singleOpen = false;
                }
                within(e);
            }
        }
    }

    private static boolean leftAsTyped(Element e) {
        String classes = " " + e.getAttribute("class") + " ";
        return e.getAttribute("dir").equals("ltr") || classes.contains(" external ") || classes.contains(" source-url ");
    }

    private static boolean isBlock(Element e) {
        return switch (e.getLocalName()) {
            case "p", "h1", "h2", "h3", "div", "li" -> true;
            default -> false;
        };
    }

    /** The character before a text node within its paragraph, to tell an opening quote from a closing one. */
    private static char previousChar(Node text) {
        Node n = text;
        while (true) {
            Node before = n.getPreviousSibling();
            if (before == null) {
                n = n.getParentNode();
                if (!(n instanceof Element e) || isBlock(e)) {
                    return ' ';
                }
            } else {
                n = before;
                if (n instanceof Element e && isBlock(e)) {
                    return ' ';
                }
                String inside = n.getTextContent();
                if (inside != null && !inside.isEmpty()) {
                    return inside.charAt(inside.length() - 1);
                }
            }
        }
    }

    private String convert(String text, char before) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        char prev = before;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            if (french && c == ' ' && (prev == NARROW_NBSP || prev == NBSP)) {
                continue;   // the space typed inside « or before ? is already there, unbreakable
            } else if (c == '"') {
                boolean opening = !doubleOpen && opensAfter(prev);
                doubleOpen = opening;
                appendQuote(out, formats.quotes().charAt(opening ? 0 : 1), opening);
            } else if (c == '\'') {
                if (Character.isLetterOrDigit(prev) && (Character.isLetter(next) || !singleOpen)) {
                    out.append(formats.apostrophe());   // don't, patients' (no inner quote open)
                } else {
                    boolean opening = !singleOpen && opensAfter(prev);
                    singleOpen = opening;
                    out.append(formats.innerQuotes().charAt(opening ? 0 : 1));
                }
            } else if (french && "?!;:".indexOf(c) >= 0 && !Character.isWhitespace(prev) && prev != NARROW_NBSP
                    && prev != NBSP && i > 0 && !(c == ':' && Character.isDigit(next)) && next != '/') {
                out.append(c == ':' ? NBSP : NARROW_NBSP).append(c);
            } else if (french && c == ' ' && "?!;:".indexOf(next) >= 0 && i + 2 <= text.length()) {
                out.append(next == ':' ? NBSP : NARROW_NBSP);
            } else {
                out.append(c);
            }
            prev = out.isEmpty() ? prev : out.charAt(out.length() - 1);
        }
        return out.toString();
    }

    private void appendQuote(StringBuilder out, char mark, boolean opening) {
        boolean guillemet = mark == '«' || mark == '»';
        if (french && guillemet && !opening) {
            trimSpace(out);
            out.append(NARROW_NBSP);
        }
        out.append(mark);
        if (french && guillemet && opening) {
            out.append(NARROW_NBSP);
        }
    }

    private static void trimSpace(StringBuilder out) {
        while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }

    /** Whether a quote after {@code prev} opens (a quote not yet open after a space, bracket or ideograph). */
    private static boolean opensAfter(char prev) {
        return Character.isIdeographic(prev) || Character.isWhitespace(prev) || prev == NARROW_NBSP || "([{—–-/«“‘„‚".indexOf(prev) >= 0;
    }
}
