package org.clinic.handouts.readability;

/**
 * What the formulas are made of. {@code polysyllables}: words of three or more syllables (SMOG, Wiener
 * Sachtextformel); {@code longWords}: words of more than six letters; {@code monosyllables}: words of one syllable.
 */
public record Counts(int words, int sentences, int syllables, int polysyllables, int longWords, int monosyllables) {
    public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0);

    public Counts plus(Counts o) {
        return new Counts(words + o.words, sentences + o.sentences, syllables + o.syllables,
                polysyllables + o.polysyllables, longWords + o.longWords, monosyllables + o.monosyllables);
    }

    static Counts of(Sentence sentence) {
        int syllables = 0;
        int poly = 0;
        int longWords = 0;
        int mono = 0;
        for (Word w : sentence.words()) {
            syllables += w.syllables();
            poly += w.syllables() >= 3 ? 1 : 0;
            mono += w.syllables() == 1 ? 1 : 0;
            longWords += w.letters() > 6 ? 1 : 0;
        }
        return new Counts(sentence.words().size(), 1, syllables, poly, longWords, mono);
    }
}
