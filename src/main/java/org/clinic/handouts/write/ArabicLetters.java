package org.clinic.handouts.write;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/**
 * Arabic for print. Flying Saucer and OpenPDF neither join Arabic letters nor order right-to-left text: the
 * letters are shaped (to their joined presentation forms) in the DOM before layout, so that lines are measured
 * at their real width, and each drawn string is put in visual order when it is drawn ({@link #visual}). The
 * tagged PDF gives the base letters back as /ActualText ({@link #unshaped}), so copied text is ordinary Arabic.
 */
final class ArabicLetters {
    private static final ArabicShaping SHAPE = new ArabicShaping(ArabicShaping.LETTERS_SHAPE
            | ArabicShaping.TEXT_DIRECTION_LOGICAL | ArabicShaping.LENGTH_GROW_SHRINK);
    private static final ArabicShaping UNSHAPE = new ArabicShaping(ArabicShaping.LETTERS_UNSHAPE
            | ArabicShaping.TEXT_DIRECTION_LOGICAL | ArabicShaping.LENGTH_GROW_SHRINK);

    private ArabicLetters() {}

    /** Shapes every text of the body that has Arabic letters, in logical order. */
    static void shape(Document document) {
        Node body = document.getElementsByTagNameNS("*", "body").item(0);
        if (body != null) {
            shapeWithin(body);
        }
    }

    private static void shapeWithin(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE && hasArabic(child.getNodeValue())) {
                child.setNodeValue(apply(SHAPE, child.getNodeValue()));
            } else if (child.getNodeType() == Node.ELEMENT_NODE) {
                shapeWithin(child);
            }
        }
    }

    /** {@code text} with its Arabic letters in their joined forms (CSS-generated text, which is not in the DOM). */
    static String shaped(String text) {
        return hasArabic(text) ? apply(SHAPE, text) : text;
    }

    /** The base letters of shaped text (presentation forms undone), for /ActualText. */
    static String unshaped(String text) {
        return hasPresentationForms(text) ? apply(UNSHAPE, text) : text;
    }

    static boolean hasPresentationForms(String text) {
        return text.codePoints().anyMatch(c -> (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF));
    }

    /**
     * A drawn string (one inline box of a line) in visual order: right-to-left runs reversed with their mirrored
     * brackets, embedded numbers and Latin words, URLs left in their own order.
     */
    static String visual(String text, boolean rightToLeft) {
        if (!rightToLeft && !Bidi.requiresBidi(text.toCharArray(), 0, text.length())) {
            return text;
        }
        Bidi bidi = new Bidi(text, rightToLeft ? Bidi.RTL : Bidi.LEVEL_DEFAULT_LTR);
        return bidi.writeReordered(Bidi.DO_MIRRORING);
    }

    private static boolean hasArabic(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
    }

    private static String apply(ArabicShaping shaping, String text) {
        try {
            return shaping.shape(text);
        } catch (ArabicShapingException e) {
            throw new IllegalStateException("Arabic shaping failed", e);
        }
    }
}
