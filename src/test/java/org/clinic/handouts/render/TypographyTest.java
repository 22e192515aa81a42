package org.clinic.handouts.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The no-break spaces the renderer puts into article text, and the spaces it leaves alone. */
class TypographyTest {
    private static String set(String text) {
        return Typography.set(text).replace('\u00A0', '~');
    }

    @Test
    void aNumberKeepsItsUnit() {
        assertThat(set("a fever of 38 °C or 100.4 °F")).isEqualTo("a fever of 38~°C or 100.4~°F");
        assertThat(set("1 mL every 4 h, 15 mg/kg, 2,5 mmol/L, 5 µg and 10 %")).isEqualTo(
                "1~mL every 4~h, 15~mg/kg, 2,5~mmol/L, 5~µg and 10~%");
        assertThat(set("for 3 days, twice in 2 weeks, 120 mmHg, 40 IU")).isEqualTo(
                "for 3~days, twice in 2~weeks, 120~mmHg, 40~IU");
        assertThat(set("take 2\n  tablets")).isEqualTo("take 2~tablets");
        assertThat(set("3 nmol/L, 40 fL, 2 mm³ and 5 × 10⁹/L")).isEqualTo("3~nmol/L, 40~fL, 2~mm³ and 5~×~10⁹/L");
    }

    @Test
    void aSignKeepsTheNumberAfterIt() {
        assertThat(set("if ≥ 18 years, ≤ 2.5 mg, < 5 or ± 0.5")).isEqualTo("if ≥~18~years, ≤~2.5~mg, <~5 or ±~0.5");
        assertThat(set("≥ −2 °C")).isEqualTo("≥~−2~°C");
    }

    @Test
    void aSpacedDashStaysAtTheEndOfTheLine() {
        assertThat(set("ready-made — from donors, 2–4 weeks – or more")).isEqualTo(
                "ready-made~— from donors, 2–4~weeks~– or more");
    }

    @Test
    void wordsThatMerelyStartLikeAUnitAreLeftAlone() {
        for (String prose : new String[] {"in 2025 many patients", "38 hospitals", "2 large trials", "4 mice",
                "after 12 sessions", "≥ more", "a ≥ b", "5 minutesago", "CAR-T cells"}) {
            assertThat(Typography.set(prose)).as(prose).isEqualTo(prose);
        }
    }
}
