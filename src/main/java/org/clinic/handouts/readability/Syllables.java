package org.clinic.handouts.readability;

import java.util.Locale;
import java.util.Optional;

/**
 * Counts the spoken syllables of one word. A rule set per language, tested against syllable-counted word lists
 * (see the tests): hyphenation dictionaries mark where a word may break at a line end, which is not where its
 * syllables are (they suppress breaks near either end of a word), so they would need the same corrections.
 */
public interface Syllables {
    /** Syllables of a word of letters (hyphens and apostrophes allowed); at least 1. */
    int count(String word);

    /** The counter for a language tag such as {@code en-GB}; empty for a language with no rule set. */
    static Optional<Syllables> of(String languageTag) {
        return switch (primary(languageTag)) {
            case "en" -> Optional.of(new EnglishSyllables());
            case "es" -> Optional.of(VowelGroups.SPANISH);
            case "fr" -> Optional.of(VowelGroups.FRENCH);
            case "de" -> Optional.of(VowelGroups.GERMAN);
            default -> Optional.empty();
        };
    }

    static String primary(String languageTag) {
        return languageTag.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
    }

    /**
     * A word read letter by letter (an acronym such as NHS): one syllable a letter, three for W. Words of two or
     * more capitals and no lower-case letter are taken to be acronyms.
     */
    static Optional<Integer> spelledOut(String word) {
        String letters = word.replaceAll("[^\\p{L}]", "");
        if (letters.length() < 2 || !letters.equals(letters.toUpperCase(Locale.ROOT))
                || letters.chars().noneMatch(Character::isUpperCase)) {
            return Optional.empty();
        }
        int n = 0;
        for (char c : letters.toCharArray()) {
            n += c == 'W' ? 3 : 1;
        }
        return Optional.of(n);
    }
}
