package org.clinic.handouts.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.clinic.handouts.HandoutsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The label catalogue: one file per language, found by tag then primary language, every key required. */
class LabelsTest {
    @TempDir
    Path styles;

    @Test
    void aRegionalTagUsesItsLanguagesFile() {
        Labels labels = Labels.of(Layout.of(Optional.empty()), "en-GB");
        assertThat(labels.notes().back()).isEqualTo("Back to text");
        assertThat(labels.navigation().contents()).isEqualTo("Contents");
        assertThat(Labels.fill(labels.notes().backNumbered(), Map.of("place", 2, "places", 3)))
                .isEqualTo("Back to text (2 of 3)");
    }

    @Test
    void aLanguageAddedInTheStylesFolderIsUsedForItsArticles() throws IOException {
        String english = Files.readString(Layout.of(Optional.empty()).file("labels/en.yaml"));
        Files.createDirectories(styles.resolve("labels"));
        Files.writeString(styles.resolve("labels/es.yaml"), english.replace("back: Back to text", "back: Volver al texto"));
        Layout layout = Layout.of(Optional.of(styles));
        assertThat(Labels.of(layout, "es-MX").notes().back()).isEqualTo("Volver al texto");
        assertThat(Labels.of(layout, "en").notes().back()).isEqualTo("Back to text");
        assertThat(Labels.of(layout, "../../es").notes().back()).as("not a file name").isEqualTo("Back to text");
    }

    @Test
    void aMissingKeyFallsBackToEnglishAndIsListedAnUnknownKeyIsAnError() throws IOException {
        Files.createDirectories(styles.resolve("labels"));
        Files.writeString(styles.resolve("labels/it.yaml"), "print:\n  key_takeaway: Da ricordare\n");
        Files.writeString(styles.resolve("labels/de.yaml"), "accessibility:\n  linsk: Links\n");
        Layout layout = Layout.of(Optional.of(styles));
        Labels italian = Labels.of(layout, "it-CH");
        assertThat(italian.print().keyTakeaway()).isEqualTo("Da ricordare");
        assertThat(italian.print().commonQuestions()).as("English, for the key it.yaml lacks").isEqualTo("Common questions");
        assertThat(Labels.missing(layout, "it-CH")).contains("print.common_questions", "accessibility.links")
                .doesNotContain("print.key_takeaway");
        assertThat(Labels.missing(layout, "en-GB")).isEmpty();
        assertThatThrownBy(() -> Labels.of(layout, "de")).isInstanceOf(HandoutsException.class)
                .hasMessage("layout labels/de.yaml: accessibility.linsk: unknown key");
    }

    @Test
    void theBuiltInCataloguesAreComplete() {
        Layout layout = Layout.of(Optional.empty());
        for (String tag : new String[] {"en", "es", "fr", "pt", "de", "pl", "ar", "zh-Hans", "es-MX", "zh-CN", "zh"}) {
            assertThat(Labels.missing(layout, tag)).as(tag).isEmpty();
        }
        assertThat(Labels.of(layout, "zh-CN").print().keyTakeaway()).isEqualTo("要点");
        assertThat(Labels.of(layout, "es-MX").print().keyTakeaway()).isEqualTo("Mensaje clave");
        // No Italian catalogue at all: one entry for the whole catalogue (one warning), not one per key.
        assertThat(Labels.missing(layout, "it")).containsExactly("");
    }

    @Test
    void aClinicOverridesOneLabelInItsStylesFolder() throws IOException {
        Files.createDirectories(styles.resolve("labels"));
        Files.writeString(styles.resolve("labels/es.yaml"), "print:\n  key_takeaway: Lo esencial\n");
        Layout layout = Layout.of(Optional.of(styles));
        assertThat(Labels.of(layout, "es").print().keyTakeaway()).isEqualTo("Lo esencial");
        assertThat(Labels.of(layout, "es").print().sources()).as("the built-in Spanish").isEqualTo("Fuentes");
        assertThat(Labels.missing(layout, "es")).isEmpty();
    }

    @Test
    void datesAreWrittenTheLanguagesWay() {
        Layout layout = Layout.of(Optional.empty());
        java.time.LocalDate day = java.time.LocalDate.of(2026, 10, 1);
        assertThat(Labels.of(layout, "en-GB").date(day, "en-GB", "")).isEqualTo("1 Oct 2026");
        assertThat(Labels.of(layout, "es").date(day, "es", "")).isEqualTo("1 de octubre de 2026");
        assertThat(Labels.of(layout, "de").date(day, "de", "")).isEqualTo("1. Oktober 2026");
        assertThat(Labels.of(layout, "pl").date(day, "pl", "")).isEqualTo("1 października 2026");
        assertThat(Labels.of(layout, "zh-Hans").date(day, "zh-Hans", "")).isEqualTo("2026年10月1日");
        assertThat(Labels.of(layout, "ar").date(day, "ar", "arab")).startsWith("١ ").endsWith(" ٢٠٢٦");
        assertThat(Labels.of(layout, "ar").date(day, "ar", "latn")).startsWith("1 ").endsWith(" 2026");
    }
}
