package org.clinic.handouts.check;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.clinic.handouts.load.LoadedArticle;
import org.clinic.handouts.load.LoadedArticle.Located;
import org.clinic.handouts.model.Problems;

/**
 * Every character must be drawable by the embedded fonts: the PDF library would silently leave out any it
 * cannot draw, and a missing "≥" in a dose changes its meaning. One error per field, however many characters.
 */
final class GlyphCheck {
    /** Characters named in one message; the count says how many more there are. */
    private static final int NAMED = 5;
    private final Glyphs glyphs;

    GlyphCheck(Glyphs glyphs) {
        this.glyphs = glyphs;
    }

    void check(LoadedArticle loaded, Problems problems) {
        check(loaded.texts(), problems);
    }

    void check(List<Located<String>> texts, Problems problems) {
        for (Located<String> text : texts) {
            Set<Integer> missing = new LinkedHashSet<>();
            Set<Integer> emoji = new LinkedHashSet<>();
            Set<String> fonts = new TreeSet<>();
            text.value().codePoints().filter(GlyphCheck::isVisible).distinct().forEach(c -> {
                List<String> lacking = glyphs.lacking(c);
                if (Emoji.isEmoji(c) && !lacking.isEmpty()) {
                    emoji.add(c);
                } else if (!lacking.isEmpty() && !Emoji.isEmojiPart(c)) {
                    missing.add(c);
                    fonts.addAll(lacking);
                }
            });
            if (!missing.isEmpty()) {
                problems.error(text.at(), text.field(), message(missing, fonts));
            }
            if (!emoji.isEmpty()) {
                problems.warning(text.at(), text.field(), named(emoji) + (emoji.size() == 1 ? " is an emoji" : " are emoji")
                        + " no bundled font draws: the PDF prints " + Emoji.STAND_IN + " in " + (emoji.size() == 1 ? "its" : "their")
                        + " place (the EPUB keeps " + (emoji.size() == 1 ? "it" : "them") + ")");
            }
        }
    }

    private static String named(Set<Integer> characters) {
        String named = characters.stream().limit(NAMED).map(GlyphCheck::display).collect(Collectors.joining(", "));
        return named + (characters.size() > NAMED ? ", and " + (characters.size() - NAMED) + " more" : "");
    }

    private String message(Set<Integer> missing, Set<String> fonts) {
        String named = named(missing);
        String more = "";
        String it = missing.size() == 1 ? "it" : "them";
        String which = fonts.size() == glyphs.fonts().size()
                ? "none of the text fonts (" + fonts.stream().map(f -> f.replaceFirst("[-.].*", "")).distinct()
                        .collect(Collectors.joining(", ")) + ") nor a script font of styles/scripts.yaml has a glyph for " + it
                : (fonts.size() == 1 ? "the font " : "the fonts ") + String.join(", ", fonts)
                        + (fonts.size() == 1 ? " has" : " have") + " no glyph for " + it;
        return (missing.size() == 1 ? "1 character cannot" : missing.size() + " characters cannot") + " be printed: "
                + named + more + "; " + which;
    }

    /** Spaces, controls and invisible format characters (zero-width joiners, soft hyphens) draw nothing. */
    private static boolean isVisible(int c) {
        return !Character.isWhitespace(c) && !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT;
    }

    private static String display(int codePoint) {
        String name = Character.getName(codePoint);
        // Names of ideographs only repeat the code ("CJK UNIFIED IDEOGRAPHS 6F22").
        boolean telling = name != null && !name.endsWith(Integer.toHexString(codePoint).toUpperCase(java.util.Locale.ROOT));
        return "'" + Character.toString(codePoint) + "' U+%04X".formatted(codePoint) + (telling ? " " + name : "");
    }
}
