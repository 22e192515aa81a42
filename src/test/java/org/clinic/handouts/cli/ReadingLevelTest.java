package org.clinic.handouts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading level as an editor meets it: warnings in check and build, check --report, the profile's target. */
class ReadingLevelTest {
    @TempDir
    Path tmp;

    /** The sample article with the default target (the sample profile's own line removed). */
    private Path sampleAtDefaultTarget() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("content"));
        Files.copy(Path.of("content/car-nk-cells.yaml"), folder.resolve("car-nk-cells.yaml"));
        Files.copy(Path.of("content/logo.svg"), folder.resolve("logo.svg"));
        Files.writeString(folder.resolve("clinic.yaml"), Files.readString(Path.of("content/clinic.yaml"))
                .replaceAll("(?m)^reading_grade:.*\n", ""));
        return folder;
    }

    @Test
    void anArticleAboveTheTargetIsWarnedAtItsHardestPartsWithLineAndColumn() throws IOException {
        Path folder = sampleAtDefaultTarget();
        Run run = Run.of("check", folder.toString());
        assertThat(run.exitCode()).isZero();
        String file = folder.resolve("car-nk-cells.yaml").toString();
        assertThat(run.err()).contains(file + ":3:8: warning: title: reads at grade 13.1 (Flesch–Kincaid; SMOG 14.9), "
                + "above the clinic's target of 8; hardest: takeaway 19.3, intro 14.8, sections[2] 14.7\n");
        // The takeaway's longest sentence starts on line 101 at column 51: "A 2025 review shows it genuinely…".
        assertThat(run.err()).contains(file + ":101:51: warning: takeaway: reads at grade 19.3; longest sentences at "
                + "101:51 (48 words), 100:3 (25 words); rare long words: `replacement` 104:3");
        assertThat(run.err()).contains("1 article: 1 passed, 0 failed, 4 warnings");
        assertThat(Run.of("check", "--fail-on-warnings", folder.toString()).exitCode()).isEqualTo(1);
    }

    @Test
    void theProfilesTargetSilencesTheWarningAndIsValidated() throws IOException {
        Path folder = sampleAtDefaultTarget();
        Path profile = folder.resolve("clinic.yaml");
        Files.writeString(profile, Files.readString(profile) + "reading_grade: 14\n");
        assertThat(Run.of("check", "--fail-on-warnings", folder.toString()).exitCode()).isZero();
        Files.writeString(profile, Files.readString(profile).replace("reading_grade: 14", "reading_grade: 19"));
        Run run = Run.of("check", folder.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("clinic.yaml:", ": error: reading_grade: `19` is not a school grade; write a "
                + "whole number from 1 to 18, e.g. 8");
    }

    @Test
    void aLanguageWithoutAFormulaGetsNoWarningAndTheReportSaysSo() throws IOException {
        Path folder = sampleAtDefaultTarget();
        Path article = folder.resolve("car-nk-cells.yaml");
        // Polish has a label catalogue but no readability formula here.
        Files.writeString(article, Files.readString(article).replace("language: en-GB", "language: pl"));
        Run run = Run.of("check", "--report", "--fail-on-warnings", folder.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(article + ": no reading grade: no formula for language `pl` (there are for en, "
                + "es, fr and de)\n");
    }

    @Test
    void checkReportPrintsATablePerArticle() throws IOException {
        Path folder = sampleAtDefaultTarget();
        Run run = Run.of("check", "--report", folder.toString());
        String file = folder.resolve("car-nk-cells.yaml").toString();
        assertThat(run.out()).startsWith(file + ": Flesch–Kincaid grade 13.1, SMOG 14.9 (target 8)\n"
                + "  part            grade  words  sentences\n"
                + "  article          13.1 ")
                .contains("\n  takeaway         19.3     73          2\n")
                .contains("  reading time: 5 min\n  hardest sentences:\n    " + file + ":101:51: grade 23.3")
                .contains(", 48 words: \"A 2025 review shows it genuinely crossing from the lab into…\"\n")
                .contains(":47:35: grade 19.7, 30 words: \"Second, and importantly, CAR-NK has tended to come with a…\"\n");
        assertThat(run.out().lines().filter(l -> l.startsWith("    " + file + ":"))).hasSize(3);
    }
}
