package org.clinic.handouts.readability;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Syllables as groups of vowel letters, with each language's exceptions: in Spanish a strong vowel pair (a, e, o
 * next to each other) is two syllables while a pair with an unstressed i or u is one (a diphthong); in French a
 * final e, es or ent after a consonant is silent; in German the diphthongs ei, ie, au, eu, äu and doubled vowels
 * are one. These are the written-syllable rules of each language's school grammar, which the readability
 * formulas for those languages were calibrated with.
 */
final class VowelGroups implements Syllables {
    static final VowelGroups SPANISH = new VowelGroups(Lang.ES);
    static final VowelGroups FRENCH = new VowelGroups(Lang.FR);
    static final VowelGroups GERMAN = new VowelGroups(Lang.DE);

    private enum Lang { ES, FR, DE }

    private static final Set<String> GERMAN_ONE = Set.of("ei", "ie", "au", "eu", "äu", "aa", "ee", "oo", "ai", "ey",
            "ay");

    private static final java.util.regex.Pattern NOT_LETTER = java.util.regex.Pattern.compile("[^\\p{L}]");
    private final Lang lang;

    private VowelGroups(Lang lang) {
        this.lang = lang;
    }

    @Override
    public int count(String word) {
        var acronym = Syllables.spelledOut(word);
        if (acronym.isPresent()) {
            return acronym.get();
        }
        String w = NOT_LETTER.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
        if (lang == Lang.FR) {
            w = frenchSilentEnding(w);
        }
        int n = 0;
        int i = 0;
        while (i < w.length()) {
            if (!vowel(w, i)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < w.length() && vowel(w, j)) {
                j++;
            }
            n += syllablesIn(w.substring(i, j));
            i = j;
        }
        return Math.max(1, n);
    }

    private boolean vowel(String w, int i) {
        char c = w.charAt(i);
        if (c == 'y') {
            // y is a vowel between consonants or at the end (Spanish "y", "muy"; French "type"), else a consonant.
            return i + 1 >= w.length() || !isVowelLetter(w.charAt(i + 1));
        }
        if (c == 'u' && i > 0 && (w.charAt(i - 1) == 'q' || w.charAt(i - 1) == 'g') && i + 1 < w.length()
                && "eéiíè".indexOf(w.charAt(i + 1)) >= 0 && lang != Lang.DE) {
            return false;  // que, qui, gue, gui: the u is not pronounced
        }
        return isVowelLetter(c);
    }

    private static boolean isVowelLetter(char c) {
        if (c < 128) {
            return "aeiouy".indexOf(c) >= 0;
        }
        String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        return !base.isEmpty() && "aeiouyæœ".indexOf(base.charAt(0)) >= 0;
    }

    private int syllablesIn(String group) {
        return switch (lang) {
            case ES -> spanish(group);
            case FR -> 1;
            case DE -> german(group);
        };
    }

    /** Strong vowels (a, e, o, and i or u with a written accent) each make a syllable; i, u and y join them. */
    private static int spanish(String group) {
        int strong = 0;
        for (char c : group.toCharArray()) {
            strong += "aeoáéóíú".indexOf(c) >= 0 ? 1 : 0;
        }
        return Math.max(1, strong);
    }

    /** German: diphthongs and long doubled vowels are one syllable; other vowel meetings (Museum, Idee) two. */
    private static int german(String group) {
        int n = 0;
        int k = 0;
        while (k < group.length()) {
            if (k + 1 < group.length() && GERMAN_ONE.contains(group.substring(k, k + 2))) {
                k += 2;
            } else {
                k++;
            }
            n++;
        }
        return n;
    }

    /** Silent French endings: final e, es, and the verb ending ent (after a consonant) are not spoken. */
    private static String frenchSilentEnding(String w) {
        if (w.length() > 3 && w.endsWith("ent") && !isVowelLetter(w.charAt(w.length() - 4))
                && !w.endsWith("ment")) {
            return w.substring(0, w.length() - 3);
        }
        if (w.length() > 2 && w.endsWith("es") && !isVowelLetter(w.charAt(w.length() - 3))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 2 && w.endsWith("e") && !isVowelLetter(w.charAt(w.length() - 2))) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
