package org.clinic.handouts.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.clinic.handouts.Pipeline;
import org.clinic.handouts.Samples;
import org.clinic.handouts.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A paragraph longer than the bound is refused at its field; one at the bound passes. */
class ParagraphLengthTest {
    @TempDir
    Path tmp;

    @Test
    void aParagraphOverTheBoundIsAnErrorAtItsField() {
        assertThat(problemsWith(ParagraphLength.MAX_CHARACTERS)).noneMatch(Problem::isError);
        assertThat(problemsWith(ParagraphLength.MAX_CHARACTERS + 1)).filteredOn(Problem::isError)
                .singleElement().asString().endsWith("long.yaml:27:9: error: sections[1].paragraphs[2]: the paragraph is"
                        + " 100001 characters; at most 100000 fit in a leaflet: split it with blank lines");
    }

    private java.util.List<Problem> problemsWith(int characters) {
        String words = "x".repeat(characters);
        Path article = Samples.variant(tmp.resolve("c" + characters), "long.yaml",
                text -> text.replaceFirst("    paragraphs:\n", "    paragraphs:\n      - x\n      - " + words + "\n"));
        return new Pipeline(Optional.empty(), LocalDate.of(2026, 7, 1)).check(article).problems();
    }
}
