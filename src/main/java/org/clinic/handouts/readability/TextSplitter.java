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
    private static final Pattern EDGE = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");
    private static final Pattern ADDRESS = Pattern.compile("(?i)^(\\p{L}+://|www\\.).*|^[^@\\s]+@[^@\\s]+\\.\\p{L}+$");
    private static final Pattern CITATION = Pattern.compile("^\\[\\d+([,–-]\\s*\\d+)*\\][.,;:!?]*$");
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?]+[\"'”’»)\\]]*$");
    private static final Pattern STARTS_SENTENCE = Pattern.compile("^[\"'“‘«(\\[¿¡]*[\\p{Lu}\\p{N}].*");
    private static final Pattern CLOSING = Pattern.compile("[\"'”’»)\\]]+$");
    private static final Pattern OPENING = Pattern.compile("^[\"'“‘«(\\[]+");
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
        if (CITATION.matcher(raw).matches()) {
            return java.util.Optional.empty();
        }
        Matcher edge = EDGE.matcher(raw);
        String core = edge.replaceAll("");
        if (core.isEmpty() || ADDRESS.matcher(core).matches() || ADDRESS.matcher(raw).matches()) {
            return java.util.Optional.empty();
        }
        int lead = raw.indexOf(core);
        return java.util.Optional.of(new Word(core, offset + Math.max(0, lead), syllablesOf(core)));
    }

    private int syllablesOf(String core) {
        if (core.codePoints().noneMatch(Character::isLetter)) {
            // A number: no rule set reads numerals aloud; one syllable a digit, at most three.
            return (int) Math.clamp(core.codePoints().filter(Character::isDigit).count(), 1, 3);
        }
        return syllables.count(core);
    }

    private static boolean endsSentence(String raw) {
        if (!ENDS_SENTENCE.matcher(raw).matches()) {
            return false;
        }
        String bare = CLOSING.matcher(raw).replaceAll("");
        if (!bare.endsWith(".")) {
            return true;  // ? and ! always end a sentence
        }
        String word = OPENING.matcher(bare).replaceAll("").toLowerCase(Locale.ROOT);
        return !ABBREVIATIONS.contains(word) && !INITIALISM.matcher(word).matches();
    }
}
