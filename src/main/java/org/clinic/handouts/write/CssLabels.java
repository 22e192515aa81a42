package org.clinic.handouts.write;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinic.handouts.ExitCode;
import org.clinic.handouts.HandoutsException;
import org.clinic.handouts.render.Labels;
import org.clinic.handouts.render.ScriptFonts;

/**
 * Puts the language's words into the print stylesheets: {@code label(page)} and {@code label(blank_page)} stand
 * where CSS generates text (the page number, the blank page's note), since CSS cannot read the label catalogue.
 * In {@code page}, {@code {page}} and {@code {pages}} become the page counters. A label in a script the text
 * fonts lack (Arabic, Chinese) also sets the family of that script, since generated text is not split into runs.
 */
final class CssLabels {
    private static final Pattern LABEL = Pattern.compile("label\\(\\s*([a-z_]+)\\s*\\)");
    private static final Pattern COUNTER = Pattern.compile("\\{(pages?)}");

    private CssLabels() {}

    static String apply(String css, Labels labels, ScriptFonts scripts) {
        Map<String, String> words = Map.of("page", labels.print().page(), "blank_page", labels.print().blankPage());
        Matcher m = LABEL.matcher(css);
        StringBuilder out = new StringBuilder(css.length() + 64);
        while (m.find()) {
            String text = words.get(m.group(1));
            if (text == null) {
                throw new HandoutsException(ExitCode.FAILURE, "layout stylesheet: label(" + m.group(1)
                        + "): unknown label; the print CSS may use " + String.join(", ", words.keySet().stream().sorted().toList()));
            }
            // Generated text is not segmented into script runs: the whole label takes the family its script needs.
            String family = scripts.familyFor(text).map(f -> "; font-family: \"" + f + "\" !important").orElse("");
            m.appendReplacement(out, Matcher.quoteReplacement(content(text) + family));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * A CSS content value: the text as strings, with counter(page) and counter(pages) for the placeholders. The
     * pieces of a right-to-left label go in reverse order: the margin box lays them out left to right.
     */
    static String content(String text) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        boolean rightToLeft = com.ibm.icu.text.Bidi.getBaseDirection(text) == com.ibm.icu.text.Bidi.RTL;
        Matcher m = COUNTER.matcher(text);
        int from = 0;
        while (m.find()) {
            quoted(parts, text.substring(from, m.start()), rightToLeft);
            parts.add("counter(" + m.group(1) + ")");
            from = m.end();
        }
        quoted(parts, text.substring(from), rightToLeft);
        if (rightToLeft) {
            java.util.Collections.reverse(parts);
        }
        return parts.isEmpty() ? "\"\"" : String.join(" ", parts);
    }

    private static void quoted(java.util.List<String> parts, String part, boolean rightToLeft) {
        if (!part.isEmpty()) {
            // Reversed, a space at a piece's edge collapses against the counter beside it: keep it, unbreakable.
            String kept = rightToLeft ? part.replaceAll("^ | $", "\u00A0") : part;
            String escaped = ArabicLetters.shaped(kept).replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\A ");
            parts.add('"' + escaped + '"');
        }
    }
}
