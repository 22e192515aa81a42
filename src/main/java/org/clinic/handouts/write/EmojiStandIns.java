package org.clinic.handouts.write;

import java.util.function.IntPredicate;
import org.clinic.handouts.check.Emoji;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/**
 * Puts {@link Emoji#STAND_IN} where the print would otherwise leave an emoji out (the checker has warned): one per
 * emoji with its modifiers and joined parts. The emoji itself stays the text of the tagged PDF (/ActualText), so
 * it is still read out and copied.
 */
final class EmojiStandIns {
    /** DOM user data on a changed text node: what it said before, for the tagged PDF. */
    static final String ORIGINAL = "handouts.original";

    private EmojiStandIns() {}

    static void replace(Document document, IntPredicate printable) {
        Node body = document.getElementsByTagNameNS("*", "body").item(0);
        if (body != null) {
            within(body, printable);
        }
    }

    private static void within(Node node, IntPredicate printable) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE) {
                String text = child.getNodeValue();
                String shown = standIns(text, printable);
                if (!shown.equals(text)) {
                    child.setUserData(ORIGINAL, text, null);
                    child.setNodeValue(shown);
                }
            } else if (child.getNodeType() == Node.ELEMENT_NODE) {
                within(child, printable);
            }
        }
    }

    static String standIns(String text, IntPredicate printable) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inEmoji = false;
        boolean joining = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Emoji.isEmoji(c) && !printable.test(c)) {
                if (!joining) {
                    out.append(Emoji.STAND_IN);
                }
                inEmoji = true;
                joining = false;
            } else if (inEmoji && (Emoji.isEmojiPart(c) || c == 0x200D)) {
                // Part of the emoji just replaced; a joiner makes the next pictograph part of it too.
                joining = c == 0x200D;
            } else {
                inEmoji = false;
                joining = false;
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }
}
