package org.clinic.handouts.readability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The syllable rules against syllable-counted word lists; the agreement is printed and bounded. */
class SyllablesTest {

    @Test
    void englishAgreesWithTheCmuPronouncingDictionaryOnTheTuningList() throws IOException {
        assertThat(agreement("/readability/en-syllables.tsv", 250)).isGreaterThanOrEqualTo(97.0);
    }

    /** The fair figure: words never used to tune the rules. */
    @Test
    void englishAgreesWithTheCmuPronouncingDictionaryOnTheHeldOutList() throws IOException {
        assertThat(agreement("/readability/en-syllables-heldout.tsv", 100)).isGreaterThanOrEqualTo(85.0);
    }

    private double agreement(String list, int atLeast) throws IOException {
        List<String> wrong = new ArrayList<>();
        int total = 0;
        try (InputStream in = getClass().getResourceAsStream(list)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                total++;
                int counted = Syllables.of("en").orElseThrow().count(cells[0]);
                if (counted != Integer.parseInt(cells[1].strip())) {
                    wrong.add(cells[0] + " " + counted + " (dictionary " + cells[1].strip() + ")");
                }
            }
        }
        double agreement = 100.0 * (total - wrong.size()) / total;
        System.out.printf("English syllables, %s: %d of %d words agree with CMUdict (%.1f%%); differ: %s%n",
                list, total - wrong.size(), total, agreement, wrong);
        assertThat(total).isGreaterThan(atLeast);
        return agreement;
    }

    /** Spanish syllables as divided by the RAE's Ortografía (2010) rules: diphthongs, hiatus, silent u in que/gui. */
    @Test
    void spanishFollowsTheAcademysSyllableDivision() {
        Map<String, Integer> words = Map.ofEntries(Map.entry("casa", 2), Map.entry("médico", 3),
                Map.entry("salud", 2), Map.entry("enfermedad", 4), Map.entry("tratamiento", 4),
                Map.entry("corazón", 3), Map.entry("paciente", 3), Map.entry("ciudad", 2), Map.entry("país", 2),
                Map.entry("aire", 2), Map.entry("poeta", 3), Map.entry("día", 2), Map.entry("información", 4),
                Map.entry("diabetes", 3), Map.entry("que", 1), Map.entry("guerra", 2), Map.entry("agua", 2),
                Map.entry("muy", 1), Map.entry("y", 1), Map.entry("leer", 2), Map.entry("cuidado", 3),
                Map.entry("ahora", 3), Map.entry("europeo", 4), Map.entry("idea", 3), Map.entry("náusea", 3),
                Map.entry("vacuna", 3), Map.entry("riesgo", 2), Map.entry("bien", 1));
        words.forEach((word, n) -> assertThat(Syllables.of("es").orElseThrow().count(word)).as(word).isEqualTo(n));
    }

    /** Spoken French syllables: final e, es and verb -ent are silent; -ment is spoken. */
    @Test
    void frenchDropsSilentEndings() {
        Map<String, Integer> words = Map.ofEntries(Map.entry("maison", 2), Map.entry("médecin", 3),
                Map.entry("santé", 2), Map.entry("maladie", 3), Map.entry("patient", 2), Map.entry("traitement", 3),
                Map.entry("cœur", 1), Map.entry("hôpital", 3), Map.entry("information", 4), Map.entry("parlent", 1),
                Map.entry("médicament", 4), Map.entry("personne", 2), Map.entry("eau", 1), Map.entry("oiseau", 2),
                Map.entry("question", 2));
        words.forEach((word, n) -> assertThat(Syllables.of("fr").orElseThrow().count(word)).as(word).isEqualTo(n));
    }

    /** German: ei, ie, au, eu, äu and doubled vowels are one syllable. */
    @Test
    void germanKeepsDiphthongsTogether() {
        Map<String, Integer> words = Map.ofEntries(Map.entry("Haus", 1), Map.entry("Arzt", 1),
                Map.entry("Krankheit", 2), Map.entry("Gesundheit", 3), Map.entry("Behandlung", 3),
                Map.entry("Krankenhaus", 3), Map.entry("Information", 5), Map.entry("Leute", 2), Map.entry("Mäuse", 2),
                Map.entry("Tee", 1), Map.entry("Idee", 2), Map.entry("Medikament", 4), Map.entry("Übelkeit", 3),
                Map.entry("Einnahme", 3), Map.entry("Therapie", 3));
        words.forEach((word, n) -> assertThat(Syllables.of("de").orElseThrow().count(word)).as(word).isEqualTo(n));
    }

    @Test
    void acronymsAreReadLetterByLetterAndOtherLanguagesHaveNoRules() {
        assertThat(Syllables.of("en-GB").orElseThrow().count("NHS")).isEqualTo(3);
        assertThat(Syllables.of("en").orElseThrow().count("WHO")).isEqualTo(5);
        assertThat(Syllables.of("nl")).isEmpty();
    }
}
