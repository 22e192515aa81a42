package org.clinic.handouts.check;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.clinic.handouts.load.LoadedArticle;
import org.clinic.handouts.load.LoadedArticle.Located;
import org.clinic.handouts.model.Problems;
import org.clinic.handouts.render.FontSet;

/**
 * Every character must be drawable by the embedded fonts: the PDF library would silently leave out any it
 * cannot draw, and a missing "≥" in a dose changes its meaning.
 */
final class GlyphCheck {
    private final FontSet fonts;

    GlyphCheck(FontSet fonts) {
        this.fonts = fonts;
    }

    void check(LoadedArticle loaded, Problems problems) {
        check(loaded.texts(), problems);
    }

    void check(List<Located<String>> texts, Problems problems) {
        for (Located<String> text : texts) {
            Set<Integer> reported = new HashSet<>();
            text.value().codePoints()
                    .filter(c -> isVisible(c) && reported.add(c))
                    .forEach(c -> fonts.missing(c).ifPresent(font -> problems.error(text.at(), text.field(),
                            "the character %s (U+%04X) cannot be printed: the font %s has no glyph for it"
                                    .formatted(display(c), c, font))));
        }
    }

    /** Spaces, controls and invisible format characters (zero-width joiners, soft hyphens) draw nothing. */
    private static boolean isVisible(int c) {
        return !Character.isWhitespace(c) && !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT;
    }

    private static String display(int codePoint) {
        String name = Character.getName(codePoint);
        return "'" + Character.toString(codePoint) + "'" + (name == null ? "" : " " + name);
    }
}
