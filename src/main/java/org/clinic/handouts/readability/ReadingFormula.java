package org.clinic.handouts.readability;

import java.util.Optional;

/**
 * The readability formula for a language, as a school grade (US grades; years of schooling elsewhere).
 * Flesch–Kincaid (Kincaid et al., 1975) for English; for Spanish Fernández-Huerta (1959) and for French
 * Kandel–Moles (1958), both adaptations of Flesch's Reading Ease, turned into a grade with Flesch's own table;
 * for German the first Wiener Sachtextformel (Bamberger and Vanecek, 1984), which gives a grade directly.
 */
public enum ReadingFormula {
    FLESCH_KINCAID("Flesch–Kincaid") {
        @Override
        public double grade(Counts c) {
            return 0.39 * perSentence(c) + 11.8 * syllablesPerWord(c) - 15.59;
        }
    },
    FERNANDEZ_HUERTA("Fernández-Huerta") {
        @Override
        public double grade(Counts c) {
            double ease = 206.84 - 0.60 * 100 * syllablesPerWord(c) - 1.02 * 100.0 / perSentence(c);
            return FleschScale.grade(ease);
        }
    },
    KANDEL_MOLES("Kandel–Moles") {
        @Override
        public double grade(Counts c) {
            double ease = 207 - 1.015 * perSentence(c) - 73.6 * syllablesPerWord(c);
            return FleschScale.grade(ease);
        }
    },
    WIENER_SACHTEXTFORMEL("Wiener Sachtextformel") {
        @Override
        public double grade(Counts c) {
            double words = c.words();
            return 0.1935 * 100 * c.polysyllables() / words + 0.1672 * perSentence(c)
                    + 0.1297 * 100 * c.longWords() / words - 0.0327 * 100 * c.monosyllables() / words - 0.875;
        }
    };

    private final String title;

    ReadingFormula(String title) {
        this.title = title;
    }

    /** The grade for these counts; the counts must have at least one word and one sentence. */
    public abstract double grade(Counts counts);

    public String title() {
        return title;
    }

    public static Optional<ReadingFormula> forLanguage(String languageTag) {
        return switch (Syllables.primary(languageTag)) {
            case "en" -> Optional.of(FLESCH_KINCAID);
            case "es" -> Optional.of(FERNANDEZ_HUERTA);
            case "fr" -> Optional.of(KANDEL_MOLES);
            case "de" -> Optional.of(WIENER_SACHTEXTFORMEL);
            default -> Optional.empty();
        };
    }

    /**
     * SMOG (McLaughlin, 1969), the grade health-literacy guides ask for in English: polysyllables scaled to 30
     * sentences, 1.0430 × √(that) + 3.1291.
     */
    public static double smog(Counts c) {
        return 1.0430 * Math.sqrt(c.polysyllables() * 30.0 / c.sentences()) + 3.1291;
    }

    static double perSentence(Counts c) {
        return (double) c.words() / c.sentences();
    }

    static double syllablesPerWord(Counts c) {
        return (double) c.syllables() / c.words();
    }
}
