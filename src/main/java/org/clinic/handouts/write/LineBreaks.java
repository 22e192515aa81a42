package org.clinic.handouts.write;

import java.text.BreakIterator;
import java.util.ArrayDeque;
import java.util.Deque;
import org.xhtmlrenderer.css.style.CalculatedStyle;
import org.xhtmlrenderer.layout.breaker.BreakPoint;
import org.xhtmlrenderer.layout.breaker.BreakPointsProvider;
import org.xhtmlrenderer.layout.breaker.LineBreakingStrategy;

/**
 * Where a line may break: where Java's line breaker allows, and also after {@code / ? & = -} inside a word, so
 * that a web address breaks at its parts instead of running off the page (the text itself is untouched, so the
 * PDF's text and its links keep the exact address). Flying Saucer's own breaker searches for a slash to the end of
 * the paragraph at every break, which made layout time grow with the square of a paragraph's length; this one
 * looks at each character a constant number of times.
 * <p>
 * A typographer's breaks are refused ({@link #refused}): none between a degree sign and its letter ("°C"), none at
 * a hyphen that would leave one or two letters alone ("CAR-|T", "e-|mail"), and no address joints inside a short
 * run such as "mg/kg", which the renderer has already tied to its number with a no-break space.
 */
final class LineBreaks implements LineBreakingStrategy {
    /** A line may end after one of these inside a word: the joints of an address. */
    private static final String JOINTS = "/?&=-";
    /**
     * A word this long cannot fit any line of the leaflets (300 of the narrowest letter at 10 pt is wider than
     * Letter paper), so it may break anywhere. Left to the stylesheet's break-word, each of its lines would be
     * measured to the end of the word: a cost that grows with the square of the word's length.
     */
    static final int LONGER_THAN_ANY_LINE = 300;
    /** A run (between spaces, no-break spaces included) shorter than this fits any line: it is not broken at joints. */
    static final int SHORTEST_BROKEN_RUN = 16;
    /** A hyphen never leaves this many letters or fewer alone on either side of a break. */
    private static final int SHORT_PART = 2;

    @Override
    public BreakPointsProvider getBreakPointsProvider(String text, String lang, CalculatedStyle style) {
        return new Points(text);
    }

    /** The break points of one text, in order, found as they are asked for. */
    private static final class Points implements BreakPointsProvider {
        private final String text;
        private final BreakIterator words = BreakIterator.getLineInstance();
        private final Deque<Integer> pending = new ArrayDeque<>();
        /** The last break point handed out. */
        private int scanned;
        /** Where the Java breaker stands; it is asked again only from a break point it did not give. */
        private int wordsAt;
        /** Up to here, inside a word longer than any line, every character is a break point. */
        private int anywhereUntil;
        private boolean done;

        Points(String text) {
            this.text = text;
            words.setText(text);
        }

        @Override
        public BreakPoint next() {
            if (pending.isEmpty() && !done) {
                if (scanned < anywhereUntil || insideLongWord()) {
                    scanned = Character.isLowSurrogate(text.charAt(scanned + 1)) ? scanned + 2 : scanned + 1;
                    return new BreakPoint(scanned);
                }
                findNext();
            }
            return pending.isEmpty() ? BreakPoint.getDonePoint() : new BreakPoint(scanned = pending.poll());
        }

        /** Whether the next {@link #LONGER_THAN_ANY_LINE} characters hold no space; then half of them may break. */
        private boolean insideLongWord() {
            int end = scanned + LONGER_THAN_ANY_LINE;
            if (end >= text.length()) {
                return false;
            }
            for (int i = scanned; i <= end; i++) {
                if (Character.isWhitespace(text.charAt(i))) {
                    return false;
                }
            }
            anywhereUntil = scanned + LONGER_THAN_ANY_LINE / 2;
            return true;
        }

        private void findNext() {
            int next = wordsAt == scanned ? words.next() : words.following(scanned);
            while (next != BreakIterator.DONE && next < text.length() && (refused(text, next)
                    || next > 0 && (text.charAt(next - 1) == ':' && text.startsWith("//", next)
                    || isApostrophe(next - 1)))) {
                next = words.next();   // never between "https:" and "//", nor after the apostrophe of "can’t"
            }
            if (next == BreakIterator.DONE) {
                done = true;
                return;
            }
            addJoints(scanned, next);
            pending.add(next);
            wordsAt = next;
        }

        /** A typographic apostrophe between two letters (Java's breaker takes it for a closing quote). */
        private boolean isApostrophe(int i) {
            return text.charAt(i) == '’' && i > 0 && i + 1 < text.length() && Character.isLetter(text.charAt(i - 1))
                    && Character.isLetter(text.charAt(i + 1));
        }

        /**
         * Adds a break after each joint between {@code from} and {@code to} that has a letter or digit after it,
         * never inside or right after a run of joints or after "://", so that "https://" stays whole.
         */
        private void addJoints(int from, int to) {
            for (int i = from + 1; i < to - 1; i++) {
                if (JOINTS.indexOf(text.charAt(i)) >= 0 && JOINTS.indexOf(text.charAt(i + 1)) < 0
                        && !Character.isWhitespace(text.charAt(i + 1)) && !Character.isWhitespace(text.charAt(i - 1))
                        && JOINTS.indexOf(text.charAt(i - 1)) < 0 && text.charAt(i - 1) != ':' && !refused(text, i + 1)
                        && runLength(text, i) >= SHORTEST_BROKEN_RUN) {
                    pending.add(i + 1);
                }
            }
        }
    }

    /** Whether a typographer refuses a line break before {@code at} (0 < at < length). */
    static boolean refused(String text, int at) {
        char before = text.charAt(at - 1);
        if (before == '°') {
            return true;
        }
        if (before != '-' || at < 2) {
            return false;
        }
        int lettersBefore = 0;
        for (int i = at - 2; i >= 0 && Character.isLetter(text.charAt(i)); i--) {
            lettersBefore++;
        }
        int lettersAfter = 0;
        for (int i = at; i < text.length() && Character.isLetter(text.charAt(i)); i++) {
            lettersAfter++;
        }
        return lettersBefore > 0 && lettersBefore <= SHORT_PART || lettersAfter > 0 && lettersAfter <= SHORT_PART;
    }

    /**
     * The length of the run of characters around {@code at} with no space (no-break space included) in it, counted
     * up to {@link #SHORTEST_BROKEN_RUN} each way: all that matters is whether it is shorter.
     */
    static int runLength(String text, int at) {
        int start = at;
        while (start > 0 && at - start < SHORTEST_BROKEN_RUN && !isSpace(text.charAt(start - 1))) {
            start--;
        }
        int end = at;
        while (end < text.length() && end - at < SHORTEST_BROKEN_RUN && !isSpace(text.charAt(end))) {
            end++;
        }
        return end - start;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
