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
 */
final class LineBreaks implements LineBreakingStrategy {
    /** A line may end after one of these inside a word: the joints of an address. */
    private static final String JOINTS = "/?&=-";

    @Override
    public BreakPointsProvider getBreakPointsProvider(String text, String lang, CalculatedStyle style) {
        return new Points(text);
    }

    /** The break points of one text, in order, found as they are asked for. */
    private static final class Points implements BreakPointsProvider {
        private final String text;
        private final BreakIterator words = BreakIterator.getLineInstance();
        private final Deque<Integer> pending = new ArrayDeque<>();
        private int scanned;
        private boolean done;

        Points(String text) {
            this.text = text;
            words.setText(text);
        }

        @Override
        public BreakPoint next() {
            if (pending.isEmpty() && !done) {
                int next = words.next();
                while (next != BreakIterator.DONE && next > 0 && text.charAt(next - 1) == ':'
                        && text.startsWith("//", next)) {
                    next = words.next();   // never between "https:" and "//"
                }
                if (next == BreakIterator.DONE) {
                    done = true;
                } else {
                    addJoints(scanned, next);
                    pending.add(next);
                    scanned = next;
                }
            }
            return pending.isEmpty() ? BreakPoint.getDonePoint() : new BreakPoint(pending.poll());
        }

        /**
         * Adds a break after each joint between {@code from} and {@code to} that has a letter or digit after it,
         * never inside or right after a run of joints or after "://", so that "https://" stays whole.
         */
        private void addJoints(int from, int to) {
            for (int i = from + 1; i < to - 1; i++) {
                if (JOINTS.indexOf(text.charAt(i)) >= 0 && JOINTS.indexOf(text.charAt(i + 1)) < 0
                        && !Character.isWhitespace(text.charAt(i + 1)) && !Character.isWhitespace(text.charAt(i - 1))
                        && JOINTS.indexOf(text.charAt(i - 1)) < 0 && text.charAt(i - 1) != ':') {
                    pending.add(i + 1);
                }
            }
        }
    }
}
