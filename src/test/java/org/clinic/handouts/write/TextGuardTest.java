package org.clinic.handouts.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import org.clinic.handouts.ExitCode;
import org.clinic.handouts.Format;
import org.clinic.handouts.HandoutsException;
import org.clinic.handouts.Pipeline;
import org.clinic.handouts.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text the writer cannot make fit is an article error naming the leaflet, the place and the text, and nothing is
 * written. Here a stylesheet forbids breaking a word wider than the page.
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
                text -> text.replace("\nclinic_view:", "\n  - heading: Wide\n    paragraphs:\n      - A " + word
                        + " here.\n\nclinic_view:"));
        Path out = tmp.resolve("out");
        Pipeline pipeline = new Pipeline(Optional.of(styles));
        assertThatThrownBy(() -> pipeline.build(article, EnumSet.of(Format.PDF, Format.EPUB),
                EnumSet.of(PrintOptions.Variant.STANDARD), Pipeline.PrintSettings.DEFAULT, new OutputFolder(out)))
                .isInstanceOfSatisfying(HandoutsException.class, e -> assertThat(e.exitCode())
                        .isEqualTo(ExitCode.ARTICLE_ERRORS))
                .hasMessage("the standard PDF of wide: text would run off the page in sections[5]: “"
                        + word.substring(0, 57) + "…”; shorten it or break it with spaces");
        assertThat(out.resolve("wide.pdf")).doesNotExist();
        assertThat(out.resolve("wide.epub")).doesNotExist();
    }
}
