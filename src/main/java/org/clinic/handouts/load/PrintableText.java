package org.clinic.handouts.load;

import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Characters that XML 1.0 forbids (control characters other than tab and line ends, lone surrogate halves,
 * U+FFFE and U+FFFF), C1 controls and the line and paragraph separators cannot be put in a leaflet's XHTML or EPUB at all, so they are refused where they were
 * written, whether typed, written as a YAML escape ({@code "\e"}) or as an entity ({@code &#x1b;}).
 */
final class PrintableText {
    private PrintableText() {}

    /** What is wrong with {@code text}, if it holds such characters: each one named once, with where it first is. */
    static Optional<String> problem(String text) {
        return problem(text, true);
    }

    /** The same for text decoded from markup, whose character positions are not those the editor typed. */
    static Optional<String> decodedProblem(String text) {
        return problem(text, false).map(m -> m.replace(": U+", ", written as a character reference: U+"));
    }

    private static Optional<String> problem(String text, boolean places) {
        var found = new java.util.LinkedHashMap<Integer, Integer>();
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!isXmlChar(c)) {
                found.putIfAbsent(c, text.codePointCount(0, i) + 1);
            }
            i += Character.charCount(c);
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String list = found.entrySet().stream().limit(5)
                .map(e -> "U+%04X%s".formatted(e.getKey(), name(e.getKey()))
                        + (places ? " (character %d)".formatted(e.getValue()) : ""))
                .collect(Collectors.joining(", "));
        return Optional.of((found.size() == 1 ? "contains a character that cannot be printed: "
                : "contains " + found.size() + " characters that cannot be printed: ") + list
                + "; remove " + (found.size() == 1 ? "it" : "them"));
    }

    private static String name(int c) {
        String name = Character.getName(c);
        return name == null || Character.isSurrogate((char) c) && c <= 0xFFFF ? surrogate(c) : " " + name;
    }

    private static String surrogate(int c) {
        return c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE ? " half of a surrogate pair" : "";
    }

    /**
     * XML's characters, less the C1 controls (U+007F to U+009F) and the line and paragraph separators: XML
     * carries those, but the layout takes NEL and the separators for a break, drops them and the spaces beside
     * them, and runs the words together.
     */
    private static boolean isXmlChar(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c < 0x7F) || (c > 0x9F && c <= 0xD7FF && c != 0x2028
                && c != 0x2029) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
