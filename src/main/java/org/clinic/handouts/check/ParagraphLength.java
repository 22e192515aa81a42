package org.clinic.handouts.check;

import org.clinic.handouts.load.LoadedArticle;
import org.clinic.handouts.load.LoadedArticle.Located;
import org.clinic.handouts.model.Inline;
import org.clinic.handouts.model.Paragraph;
import org.clinic.handouts.model.Problems;

/**
 * Refuses a paragraph too long to lay out in reasonable time. Print layout grows a little faster than the
 * paragraph (Flying Saucer copies the rest of the paragraph at every line), and no leaflet needs a paragraph of
 * twenty pages; the bound is stated in the README.
 */
public final class ParagraphLength {
    /** Characters of printed text in one paragraph (about 15,000 words, twenty A4 pages). */
    public static final int MAX_CHARACTERS = 100_000;

    private ParagraphLength() {}

    public static void check(LoadedArticle loaded, Problems problems) {
        for (Located<Paragraph> p : loaded.paragraphs()) {
            long length = length(p.value().content());
            if (length > MAX_CHARACTERS) {
                problems.error(p.at(), p.field(), "the paragraph is " + length + " characters; at most "
                        + MAX_CHARACTERS + " fit in a leaflet: split it with blank lines");
            }
        }
    }

    private static long length(Iterable<Inline> inlines) {
        long n = 0;
        for (Inline inline : inlines) {
            n += switch (inline) {
                case Inline.Text t -> t.text().length();
                case Inline.Citation c -> String.valueOf(c.number()).length() + 2;
                case Inline.LineBreak b -> 1;
                case Inline.Emphasis e -> length(e.children());
                case Inline.Strong s -> length(s.children());
                case Inline.Link l -> length(l.children());
            };
        }
        return n;
    }
}
