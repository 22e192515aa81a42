package org.clinic.handouts.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Deterministic English-like text from a seeded {@link Random}: the same seed gives the same words on every JDK
 * (Random's algorithm is specified), so two benchmark runs lay out identical articles. Words are plain ASCII
 * letters and apostrophes, which the embedded fonts can always draw, and which no markup parser reads as syntax.
 */
final class PseudoText {
    private static final String[] WORDS = ("""
            the a of and to in is that for with as on by this are be it was at from or an not have which their
            but can more may these has its they were also than been other when some most into after such about
            patients cells cell therapy treatment trial trials study studies immune response results evidence
            doctor clinic dose doses risk risks benefit benefits cancer blood tissue donor donors stem effect
            effects review data early phase small large safety side early months years weeks people careful
            researchers clinical approved standard option options question questions outcome outcomes group
            groups compared placebo reported measured follow long short term common rare severe mild gentle
            therapies receptor engineered natural killer protein signal body bone marrow repair growth factor
            infusion injection recovery symptoms pain function quality life daily normal higher lower faster
            slower cheaper promising useful modest strong weak limited clear unclear likely unlikely known
            unknown new older younger healthy expected surprising important practical reasonable honest
            don't isn't patient's it's we're doesn't can't there's team teams nurse specialist centre centres
            laboratory model models mice animal human first second third level levels rate rates change changes
            """).strip().split("\\s+");
    private static final String[] QUESTION_STARTS = {"What did", "How does", "Why do", "Is there", "Can the",
            "What could", "How strong is", "Who might", "When should", "What does"};

    private final Random random;

    PseudoText(long seed) {
        this.random = new Random(seed);
    }

    Random random() {
        return random;
    }

    /** A whole number in [min, max], both included. */
    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    <T> T pick(T[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    String word() {
        return pick(WORDS);
    }

    List<String> words(int count) {
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(word());
        }
        return out;
    }

    /** Words with a capital first letter and no full stop, e.g. for titles, headings and source titles. */
    String phrase(int minWords, int maxWords) {
        return capitalise(String.join(" ", words(between(minWords, maxWords))));
    }

    /** A heading or a question: sometimes a question, since the sample article's headings are. */
    String heading() {
        return chance(0.5) ? pick(QUESTION_STARTS) + " " + String.join(" ", words(between(2, 7))) + "?"
                : phrase(2, 8);
    }

    /** Sentence words without the closing full stop, so a caller can put a citation before it. */
    String sentenceBody() {
        StringBuilder s = new StringBuilder(capitalise(word()));
        int count = between(6, 24);
        for (int i = 1; i < count; i++) {
            s.append(i == count / 2 && chance(0.15) ? " — " : i > 2 && chance(0.06) ? ", " : " ").append(word());
        }
        return s.toString();
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
