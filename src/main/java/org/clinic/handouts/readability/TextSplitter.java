package org.clinic.handouts.readability;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits plain text into sentences and words the way the readability formulas count them. A sentence ends at
 * . ! or ? followed by a capital, a digit or the end of the text, except after an abbreviation (e.g., Dr., vs.)
 * or an initial; a full stop inside a number (6.5%) ends nothing. Addresses (https://…, www.…, e-mail) and
 * citation marks ([1]) are not words; a hyphenated word is one word.
 */
public final class TextSplitter {
    private static final Pattern TOKEN = Pattern.compile("\\S+");
    private static final Pattern ADDRESS = Pattern.compile("(?i)^(\\p{L}+://|www\\.).*|^[^@\\s]+@[^@\\s]+\\.\\p{L}+$");
    private static final Pattern CITATION = Pattern.compile("^\\[\\d+([,–-]\\s*\\d+)*\\][.,;:!?]*$");
    private static final Pattern STARTS_SENTENCE = Pattern.compile("^[\"'“‘«(\\[¿¡]*[\\p{Lu}\\p{N}].*");
    private static final String CLOSERS = "\"'”’»)]";
    private static final String OPENERS = "\"'“‘«([";
    private static final Pattern INITIALISM = Pattern.compile("^(\\p{L}\\.)+$");
    /** Abbreviations written with a full stop in health texts (English, Spanish, French, German). */
    private static final Set<String> ABBREVIATIONS = Set.of("dr.", "mr.", "mrs.", "ms.", "prof.", "st.", "vs.",
            "etc.", "approx.", "fig.", "nos.", "vol.", "pp.", "ed.", "eds.", "al.", "cf.", "inc.", "ltd.",
            "jan.", "feb.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "dra.", "sra.", "sr.", "pág.", "núm.", "mme.", "mlle.", "bzw.", "usw.", "ca.", "nr.",
            "vgl.", "bspw.", "sog.", "ggf.", "evtl.");

    private final Syllables syllables;

    public TextSplitter(Syllables syllables) {
        this.syllables = syllables;
    }

    /** The sentences of one paragraph; the paragraph's end always ends a sentence. Sentences without words are dropped. */
    public List<Sentence> sentences(String text) {
        List<Sentence> out = new ArrayList<>();
        List<Word> words = new ArrayList<>();
        int start = -1;
        Matcher m = TOKEN.matcher(text);
        List<int[]> tokens = new ArrayList<>();
        while (m.find()) {
            tokens.add(new int[] {m.start(), m.end()});
        }
        for (int i = 0; i < tokens.size(); i++) {
            String raw = text.substring(tokens.get(i)[0], tokens.get(i)[1]);
            if (start < 0) {
                start = tokens.get(i)[0];
            }
            word(raw, tokens.get(i)[0]).ifPresent(words::add);
            boolean last = i + 1 == tokens.size();
            boolean ends = last || (endsSentence(raw) && STARTS_SENTENCE.matcher(
                    text.substring(tokens.get(i + 1)[0], tokens.get(i + 1)[1])).matches());
            if (ends) {
                if (!words.isEmpty()) {
                    out.add(new Sentence(text.substring(start, tokens.get(i)[1]), start, words));
                }
                words = new ArrayList<>();
                start = -1;
            }
        }
        return out;
    }

    private java.util.Optional<Word> word(String raw, int offset) {
        if (raw.charAt(0) == '[' && CITATION.matcher(raw).matches()) {
            return java.util.Optional.empty();
        }
        int first = 0;
        while (first < raw.length() && !Character.isLetterOrDigit(raw.charAt(first))) {
            first++;
        }
        int last = raw.length();
        while (last > first && !Character.isLetterOrDigit(raw.charAt(last - 1))) {
            last--;
        }
        if (first == last) {
            return java.util.Optional.empty();
        }
        String core = raw.substring(first, last);
        if ((raw.indexOf(':') >= 0 || raw.indexOf('@') >= 0 || raw.regionMatches(true, first, "www.", 0, 4))
                && (ADDRESS.matcher(core).matches() || ADDRESS.matcher(raw).matches())) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Word(core, offset + first, syllablesOf(core)));
    }

    private int syllablesOf(String core) {
        if (core.codePoints().noneMatch(Character::isLetter)) {
            // A number: no rule set reads numerals aloud; one syllable a digit, at most three.
            return (int) Math.clamp(core.codePoints().filter(Character::isDigit).count(), 1, 3);
        }
        return syllables.count(core);
    }

    private static boolean endsSentence(String raw) {
        int end = raw.length();
        while (end > 0 && CLOSERS.indexOf(raw.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end == 0 || ".!?".indexOf(raw.charAt(end - 1)) < 0) {
            return false;
        }
        if (raw.charAt(end - 1) != '.') {
            return true;  // ? and ! always end a sentence
        }
        int start = 0;
        while (start < end && OPENERS.indexOf(raw.charAt(start)) >= 0) {
            start++;
        }
        String word = raw.substring(start, end).toLowerCase(Locale.ROOT);
        return !ABBREVIATIONS.contains(word) && !INITIALISM.matcher(word).matches();
    }
}
