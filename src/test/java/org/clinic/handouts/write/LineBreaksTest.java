package org.clinic.handouts.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.text.BreakIterator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xhtmlrenderer.layout.breaker.BreakPoint;
import org.xhtmlrenderer.layout.breaker.BreakPointsProvider;
import org.xhtmlrenderer.layout.breaker.LineBreakingStrategy;

/** Where lines may break: linear in the text's length, prose as Java breaks it, addresses at their joints. */
class LineBreaksTest {
    private final LineBreakingStrategy strategy = new LineBreaks();

    @Test
    void aParagraphOfAMegabyteIsBrokenInLinearTime() {
        String paragraph = "the natural killer cell trial reported early results, ".repeat(20_000);
        // Flying Saucer's own breaker looked for a slash to the end of the text at every break: hours for this.
        List<Integer> points = assertTimeoutPreemptively(Duration.ofSeconds(3), () -> breaks(paragraph));
        assertThat(points).hasSize(paragraph.split(" ").length);
    }

    @Test
    void proseBreaksWhereJavaBreaksItExceptAtAHyphenThatLeavesTwoLettersAlone() {
        String prose = "CAR-NK cells aim to do what CAR-T does — but ready-made, from donors or stem cells (iPSCs)."
                + " Here's what a 2025 review says: “promising”, not proven!";
        BreakIterator java = BreakIterator.getLineInstance();
        java.setText(prose);
        List<Integer> expected = new ArrayList<>();
        for (int b = java.next(); b != BreakIterator.DONE; b = java.next()) {
            expected.add(b);
        }
        // Java breaks "CAR-|NK" and "CAR-|T"; a typographer does not, and keeps "ready-|made".
        assertThat(expected).contains(4, 32, prose.indexOf("made"));
        expected.removeAll(List.of(4, 32));
        assertThat(breaks(prose)).isEqualTo(expected);
    }

    @Test
    void aWordWithATypographicApostropheNeverBreaksAtIt() {
        // Java's breaker would break after the apostrophe, cutting "can’" from "t".
        String text = "we can’t say they’ve ‘proven’ it";
        assertThat(breaks(text)).containsExactly(3, 9, 13, 21, 30, 32);
    }

    @Test
    void anAddressBreaksAfterItsJointsButNotInsideTheScheme() {
        String url = "https://example.org/trials/car-nk?arm=high&phase=1";
        List<String> pieces = new ArrayList<>();
        int from = 0;
        for (int b : breaks(url)) {
            pieces.add(url.substring(from, b));
            from = b;
        }
        assertThat(pieces).containsExactly("https://example.", "org/", "trials/", "car-nk?", "arm=", "high&",
                "phase=", "1");
    }

    @Test
    void aNumberKeepsItsUnitAndASignItsNumber() {
        // The renderer ties them with no-break spaces (render.Typography); "°C" and "mg/kg" must not break inside.
        for (String glued : List.of("38\u00A0°C", "100\u00A0°F", "15\u00A0mg/kg", "2\u00A0mmol/L", "1\u00A0mL",
                "4\u00A0h", "≥\u00A018", "≤\u00A02.5\u00A0mg/dL", "e-mail", "X-ray", "CAR-T", "pH-7")) {
            String text = "take " + glued + " daily";
            assertThat(breaks(text)).as(glued).containsExactly(5, 6 + glued.length(), text.length());
        }
    }

    @Test
    void aLongAddressStillBreaksAtItsJointsAndLongHyphenatedWordsAtTheirHyphens() {
        assertThat(breaks("see example.org/studies/trial")).contains("see example.org/".length());
        assertThat(breaks("anti-inflammatory")).containsExactly(5, 17);
    }

    private List<Integer> breaks(String text) {
        BreakPointsProvider provider = strategy.getBreakPointsProvider(text, "en", null);
        List<Integer> points = new ArrayList<>();
        for (BreakPoint b = provider.next(); b.getPosition() != BreakIterator.DONE; b = provider.next()) {
            points.add(b.getPosition());
        }
        return points;
    }
}
