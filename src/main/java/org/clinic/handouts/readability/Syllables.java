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
            case "en" -> Optional.of(Remembered.ENGLISH);
            case "es" -> Optional.of(Remembered.SPANISH);
            case "fr" -> Optional.of(Remembered.FRENCH);
            case "de" -> Optional.of(Remembered.GERMAN);
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
        StringBuilder letters = new StringBuilder();
        word.codePoints().filter(Character::isLetter).forEach(letters::appendCodePoint);
        if (letters.length() < 2 || letters.chars().anyMatch(Character::isLowerCase)) {
            return Optional.empty();
        }
        int n = 0;
        for (char c : letters.toString().toCharArray()) {
            n += c == 'W' ? 3 : 1;
        }
        return Optional.of(n);
    }

    /** One remembering counter per language for the whole run. */
    final class Remembered {
        static final Syllables ENGLISH = new RememberedSyllables(new EnglishSyllables());
        static final Syllables SPANISH = new RememberedSyllables(VowelGroups.SPANISH);
        static final Syllables FRENCH = new RememberedSyllables(VowelGroups.FRENCH);
        static final Syllables GERMAN = new RememberedSyllables(VowelGroups.GERMAN);

        private Remembered() {}
    }
}
