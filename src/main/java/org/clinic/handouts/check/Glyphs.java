package org.clinic.handouts.check;

import java.util.List;

/**
 * What the embedded fonts can draw, as the glyph check needs to know it. Defined here so that checking does not
 * depend on rendering; the pipeline answers it with the layout's fonts.
 */
public interface Glyphs {
    /** Every font file a character may be printed in (each must draw it: styles choose among them). */
    List<String> fonts();

    /** The font files that have no glyph for {@code codePoint}; empty when all of them draw it. */
    List<String> lacking(int codePoint);
}
