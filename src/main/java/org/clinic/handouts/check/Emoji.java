package org.clinic.handouts.check;

/**
 * Emoji a clinic may type (✅, 🚑). No monochrome emoji font with an OFL licence is packaged for us (Noto Emoji is
 * colour or not in Debian; Symbola's licence is not the OFL), so an emoji no bundled font draws is a warning, and
 * the print writer shows {@link #STAND_IN} in its place: visible, never a silent gap, never a refused article.
 * The EPUB keeps the emoji: readers have emoji fonts.
 */
public final class Emoji {
    /** A lozenge: every text font (Charis SIL, Lato) draws it, and it reads as "something was here". */
    public static final String STAND_IN = "◊";

    private Emoji() {}

    public static boolean isEmoji(int c) {
        return (Character.isExtendedPictographic(c) || Character.isEmojiPresentation(c)) && !Character.isEmojiModifier(c);
    }

    /** Variation selectors, skin-tone modifiers and tags, which only change how an emoji looks. */
    public static boolean isEmojiPart(int c) {
        return c == 0xFE0F || c == 0xFE0E || Character.isEmojiModifier(c) || (c >= 0xE0020 && c <= 0xE007F);
    }
}
