package org.clinic.handouts.render;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The typographer's spaces: article text goes into the XHTML with a no-break space (U+00A0) where a line must not
 * break, so neither the printed leaflet nor an e-reader's reflow parts a number from its unit ("38 °C", "1 mL",
 * "4 h", "15 mg/kg") or a comparison sign from the number after it ("≥ 18"), nor starts a line with a spaced dash
 * ("word —"). Only spaces change, so every word
 * reads and searches as written. Layouts call it as {@code typeset(text)}.
 */
public final class Typography implements TemplateMethodModelEx {
    static final char NO_BREAK_SPACE = '\u00A0';

    /**
     * Units of measure as printed after a number. Time words are included: "every 4 | hours" is as awkward a
     * break as "4 | h".
     */
    private static final String UNITS = String.join("|",
            "°[CF]", "°", "%", "‰",
            "[kmµμnp]?g", "mcg", "[kmµμdf]?[lL]", "[kcdmµμn]?m", "mmHg", "[mµμnp]?mol", "mEq", "[kMG]?Bq",
            "IU", "iU", "U", "units?", "kcal", "cal", "kJ", "J", "bpm", "Hz", "kPa", "Pa", "Gy", "cGy", "mSv", "Sv",
            "h", "hrs?", "min", "mins", "s", "sec", "ms", "seconds?", "minutes?", "hours?", "days?", "wks?",
            "weeks?", "months?", "yrs?", "years?", "doses?", "tablets?", "times", "x", "×");

    /**
     * A number, the spaces after it, and a unit that ends there: a letter or digit after it makes it a word
     * instead ("4 hospitals"), a superscript ("mm³") does not.
     */
    private static final Pattern NUMBER_UNIT = Pattern.compile(
            "(?<=\\d)[ \\t\\n\\r]+(?=(?:" + UNITS + ")(?![\\p{L}\\d]))");
    /** A comparison, approximation or multiplication sign before a number: "≥ 18", "< 5", "± 2", "× 10". */
    private static final Pattern SIGN_NUMBER = Pattern.compile("(?<=(?:^|[\\s\u00A0])[≥≤<>±≈~×])[ \\t\\n\\r]+(?=[\\d.,−-])");

    /** The space before a spaced dash, which belongs at the end of a line, never at the start of the next. */
    private static final Pattern BEFORE_DASH = Pattern.compile("(?<=\\S)[ \\t\\n\\r]+(?=[—–](?:\\s|$))");

    private Typography() {}

    static final Typography INSTANCE = new Typography();

    /** {@code text} with the breaks a typographer forbids replaced by no-break spaces. */
    public static String set(String text) {
        String glued = NUMBER_UNIT.matcher(text).replaceAll(String.valueOf(NO_BREAK_SPACE));
        glued = SIGN_NUMBER.matcher(glued).replaceAll(String.valueOf(NO_BREAK_SPACE));
        return BEFORE_DASH.matcher(glued).replaceAll(String.valueOf(NO_BREAK_SPACE));
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.size() != 1 || !(arguments.getFirst() instanceof TemplateScalarModel text)) {
            throw new TemplateModelException("typeset(text) takes one string");
        }
        return set(text.getAsString());
    }
}
