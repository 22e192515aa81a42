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
    void aMissingOrUnknownKeyIsAnErrorNamingTheFile() throws IOException {
        String english = Files.readString(Layout.of(Optional.empty()).file("labels/en.yaml"));
        Files.createDirectories(styles.resolve("labels"));
        Files.writeString(styles.resolve("labels/fr.yaml"), english.replaceFirst("  links: .*\n", ""));
        Files.writeString(styles.resolve("labels/de.yaml"), english.replace("  links:", "  linsk:"));
        Layout layout = Layout.of(Optional.of(styles));
        assertThatThrownBy(() -> Labels.of(layout, "fr")).isInstanceOf(HandoutsException.class)
                .hasMessageStartingWith("layout labels/fr.yaml:").hasMessageEndingWith(": accessibility.links: missing; every key is required");
        assertThatThrownBy(() -> Labels.of(layout, "de")).isInstanceOf(HandoutsException.class)
                .hasMessageStartingWith("layout labels/de.yaml:").hasMessageContaining("accessibility.lin");
    }
}
