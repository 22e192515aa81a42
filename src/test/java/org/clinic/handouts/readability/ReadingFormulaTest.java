package org.clinic.handouts.readability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The formulas, and the counting behind them, against published worked examples. */
class ReadingFormulaTest {
    private final TextSplitter english = new TextSplitter(Syllables.of("en").orElseThrow());

    private Counts counts(TextSplitter splitter, String text) {
        return splitter.sentences(text).stream().map(Counts::of).reduce(Counts.NONE, Counts::plus);
    }

    /**
     * Kincaid, Fishburne, Rogers and Chissom (1975), Derivation of new readability formulas for Navy enlisted
     * personnel, Research Branch Report 8-75: grade = 0.39 (words/sentences) + 11.8 (syllables/words) − 15.59. The
     * worked example in the English Wikipedia article "Flesch–Kincaid readability tests": this sentence has 13
     * words and 24 syllables, grade 11.3.
     */
    @Test
    void fleschKincaidMatchesThePlatypusExample() {
        Counts c = counts(english,
                "The Australian platypus is seemingly a hybrid of a mammal and reptilian creature.");
        assertThat(c.words()).isEqualTo(13);
        assertThat(c.sentences()).isEqualTo(1);
        assertThat(c.syllables()).isEqualTo(24);
        assertThat(ReadingFormula.FLESCH_KINCAID.grade(c)).isCloseTo(11.3, within(0.5));
    }

    /**
     * McLaughlin (1969), SMOG Grading — a New Readability Formula, Journal of Reading 12(8): 639–646. The grade
     * is about 3 + √(polysyllables in 30 sentences); his regression is 1.0430 √(polysyllables) + 3.1291. His
     * worked figures: 36 polysyllables in 30 sentences → grade 9; 100 → 13; 9 → 6.
     */
    @Test
    void smogMatchesMcLaughlinsFigures() {
        assertThat(ReadingFormula.smog(new Counts(300, 30, 400, 36, 0, 0))).isCloseTo(9, within(0.5));
        assertThat(ReadingFormula.smog(new Counts(300, 30, 400, 9, 0, 0))).isCloseTo(6, within(0.5));
        assertThat(ReadingFormula.smog(new Counts(300, 30, 400, 100, 0, 0))).isCloseTo(13, within(0.6));
        // Fewer than 30 sentences: the count is scaled up to 30, as his instructions for short texts say.
        assertThat(ReadingFormula.smog(new Counts(100, 10, 150, 12, 0, 0))).isCloseTo(9, within(0.5));
    }

    @Test
    void smogCountsPolysyllablesFromTheText() {
        Counts c = counts(english, "Your doctor will explain the treatment. Ask about every medicine. "
                + "Diabetes needs careful management.");
        // medicine, diabetes, management: three words of three syllables or more, in three sentences.
        assertThat(c.polysyllables()).isEqualTo(3);
        assertThat(c.sentences()).isEqualTo(3);
        assertThat(ReadingFormula.smog(c)).isCloseTo(1.0430 * Math.sqrt(30) + 3.1291, within(0.001));
    }

    /**
     * Fernández Huerta (1959), Medidas sencillas de lecturabilidad, Consigna 214: L = 206.84 − 0.60 P − 1.02 F,
     * P syllables and F sentences per 100 words; Flesch's table makes 70–80 grade 7 at most. Worked by hand:
     * "El médico te explica el tratamiento. Toma la medicina cada día." 11 words, 2 sentences, 24 syllables
     * (el, mé-di-co, te, ex-pli-ca, el, tra-ta-mien-to / to-ma, la, me-di-ci-na, ca-da, dí-a): P = 218.2,
     * F = 18.2, L = 206.84 − 130.9 − 18.5 = 57.4 → the 50–60 band (grades 10–12 by Flesch), grade 9.8 here.
     */
    @Test
    void fernandezHuertaWorkedByHand() {
        Counts c = counts(new TextSplitter(Syllables.of("es").orElseThrow()),
                "El médico te explica el tratamiento. Toma la medicina cada día.");
        assertThat(List.of(c.words(), c.sentences(), c.syllables())).containsExactly(11, 2, 24);
        double ease = 206.84 - 0.60 * 100 * 24 / 11 - 1.02 * 100 * 2 / 11;
        assertThat(ease).isCloseTo(57.4, within(0.05));
        assertThat(ReadingFormula.FERNANDEZ_HUERTA.grade(c)).isCloseTo(FleschScale.grade(ease), within(1e-9))
                .isCloseTo(9.8, within(0.05));
    }

    /** Flesch's table (1949) at its band edges; Kandel and Moles (1958): L = 207 − 1.015 ASL − 73.6 ASW. */
    @Test
    void easeScoresBecomeGradesByFleschsTable() {
        assertThat(FleschScale.grade(95)).isCloseTo(4.5, within(0.01));
        assertThat(FleschScale.grade(75)).isCloseTo(6.5, within(0.01));
        assertThat(FleschScale.grade(65)).isCloseTo(8, within(0.01));
        assertThat(FleschScale.grade(40)).isCloseTo(14, within(0.01));
        assertThat(FleschScale.grade(-20)).isEqualTo(18);
        // 10 words a sentence, 1.5 syllables a word: 207 − 10.15 − 110.4 = 86.45 → grade 5.4.
        assertThat(ReadingFormula.KANDEL_MOLES.grade(new Counts(100, 10, 150, 0, 0, 0))).isCloseTo(5.355, within(0.01));
    }

    /**
     * Bamberger and Vanecek (1984), Lesen–Verstehen–Lernen–Schreiben: WSTF1 = 0.1935 MS + 0.1672 SL + 0.1297 IW
     * − 0.0327 ES − 0.875. With MS 10 %, SL 12, IW 20 %, ES 50 %: 1.935 + 2.006 + 2.594 − 1.635 − 0.875 = 4.03.
     */
    @Test
    void wienerSachtextformelWorkedByHand() {
        assertThat(ReadingFormula.WIENER_SACHTEXTFORMEL.grade(new Counts(120, 10, 200, 12, 24, 60)))
                .isCloseTo(4.03, within(0.01));
    }

    @Test
    void formulasByLanguageAndNoneForOthers() {
        assertThat(ReadingFormula.forLanguage("en-GB")).contains(ReadingFormula.FLESCH_KINCAID);
        assertThat(ReadingFormula.forLanguage("es-MX")).contains(ReadingFormula.FERNANDEZ_HUERTA);
        assertThat(ReadingFormula.forLanguage("fr")).contains(ReadingFormula.KANDEL_MOLES);
        assertThat(ReadingFormula.forLanguage("de-AT")).contains(ReadingFormula.WIENER_SACHTEXTFORMEL);
        assertThat(ReadingFormula.forLanguage("ar")).isEmpty();
    }
}
