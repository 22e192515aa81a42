package org.clinic.handouts.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.clinic.handouts.Format;
import org.clinic.handouts.Pipeline;
import org.clinic.handouts.Samples;
import org.clinic.handouts.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An English article with emoji renders: one warning per field, a visible stand-in in print, the emoji in the EPUB. */
class EmojiTest {
    @TempDir
    Path folder;

    @Test
    void emojiPrintAsAStandInWithOneWarningPerField() throws Exception {
        Path article = Samples.variant(folder, "a.yaml", s -> s
                .replace("title: \"CAR-NK Cells:", "title: \"✅ CAR-NK Cells 🚑👩🏽‍⚕️:")
                .replace("takeaway: >-\n  CAR-NK therapy", "takeaway: >-\n  💊 CAR-NK therapy"));
        Pipeline.Outcome outcome = new Pipeline(Optional.empty()).build(article, Set.of(Format.PDF, Format.EPUB),
                new OutputFolder(folder.resolve("out")));
        assertThat(outcome.failed()).isFalse();
        assertThat(outcome.problems()).extracting(Problem::field).containsExactly("title", "takeaway");
        assertThat(outcome.problems().getFirst().message()).startsWith("'✅' U+2705 WHITE HEAVY CHECK MARK, '🚑' U+1F691")
                .endsWith("are emoji no bundled font draws: the PDF prints ◊ in their place (the EPUB keeps them)");
        try (PDDocument pdf = PdfPages.open(folder.resolve("out/a.pdf"))) {
            String text = PdfPages.flatText(pdf);
            assertThat(text).contains("◊ CAR-NK Cells ◊◊: Could", "◊ CAR-NK therapy takes");
        }
        assertThat(EmojiStandIns.standIns("a 👩🏽‍⚕️ b ✅✅", c -> false)).isEqualTo("a ◊ b ◊◊");
        assertThat(EmojiStandIns.standIns("a ✅ b", c -> true)).isEqualTo("a ✅ b");
    }
}
