package org.clinic.handouts.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import org.clinic.handouts.Format;
import org.clinic.handouts.Pipeline;
import org.clinic.handouts.Samples;
import org.clinic.handouts.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text the writer cannot make fit is an article error at the paragraph it came from, naming the leaflet and the
 * text, and nothing is written. Here a stylesheet forbids breaking a word wider than the page; the word is in the third paragraph
 * printed under the section, the second item of its list (the first holds two paragraphs).
 */
class TextGuardTest {
    @TempDir
    Path tmp;

    @Test
    void textThatCannotFitIsReportedAndNothingIsWritten() throws IOException {
        Path styles = Files.createDirectories(tmp.resolve("styles"));
        Files.writeString(styles.resolve("leaflet.css"), Files.readString(Path.of("styles/leaflet.css"))
                + "\n.break-word { word-wrap: normal; }\n");
        String word = "Unbreakable" + "x".repeat(150);
        Path article = Samples.variant(tmp.resolve("content"), "wide.yaml",
                text -> text.replace("\nclinic_view:", "\n  - heading: Wide\n    paragraphs:\n      - First.\n\n"
                        + "        Second.\n      - A " + word + " here.\n\nclinic_view:"));
        Path out = tmp.resolve("out");
        var outcome = new Pipeline(Optional.of(styles)).build(article, EnumSet.of(Format.PDF, Format.EPUB),
                EnumSet.of(PrintOptions.Variant.STANDARD), Pipeline.PrintSettings.DEFAULT, new OutputFolder(out));
        assertThat(outcome.failed()).isTrue();
        assertThat(outcome.problems()).filteredOn(Problem::isError).singleElement().asString()
                .endsWith("wide.yaml:83:9: error: sections[5].paragraphs[2]: text would run off the page of the"
                        + " standard PDF: “" + word.substring(0, 57) + "…”; shorten it or break it with spaces");
        assertThat(outcome.written()).isEmpty();
        assertThat(out.resolve("wide.pdf")).doesNotExist();
        assertThat(out.resolve("wide.epub")).doesNotExist();
    }
}
