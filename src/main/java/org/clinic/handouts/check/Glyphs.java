package org.clinic.handouts.check;

import java.util.List;

/**
 * What the embedded fonts can draw, as the glyph check needs to know it. Defined here so that checking does not
 * depend on rendering; the pipeline answers it with the layout's fonts.
 */
public interface Glyphs {
    /** The text fonts: the files a character is printed in unless a script font (styles/scripts.yaml) takes it. */
    List<String> fonts();

    /**
     * The files of the family that will print {@code codePoint} and have no glyph for it (the text fonts, when no
     * script font draws it either); empty when it prints.
     */
    List<String> lacking(int codePoint);
}
